/**
 * What residents call their medicines, in simplified Chinese (the router converts traditional) and
 * English: generic names, the brands sold in Shanghai, supplies the medicine team buys, and the
 * category words people use when they do not know the name (降压药, painkillers). A name missing
 * here is still read from how it is written (beside a quantity, after 配/买/开, or ending like a
 * generic: 地平, 沙坦, 他汀…): see mentions.ts.
 */

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Chinese generic and brand names, without salt or form ("氨氯地平", not "苯磺酸氨氯地平片"); brands of Taiwan and Hong Kong too (脉优, 保栓通, 必理痛). */
export const ZH_NAMES = words(`
  氨氯地平 左旋氨氯地平 左氨氯地平 施慧达 硝苯地平 非洛地平 拉西地平 贝尼地平 尼群地平 西尼地平 乐卡地平 尼莫地平
  缬沙坦 氯沙坦 厄贝沙坦 替米沙坦 坎地沙坦 奥美沙坦 阿利沙坦 沙库巴曲缬沙坦
  培哚普利 贝那普利 依那普利 卡托普利 福辛普利 雷米普利 赖诺普利
  美托洛尔 比索洛尔 阿替洛尔 普萘洛尔 卡维地洛 阿罗洛尔 拉贝洛尔 索他洛尔
  氢氯噻嗪 吲达帕胺 螺内酯 呋塞米 托拉塞米 特拉唑嗪 多沙唑嗪 哌唑嗪
  络活喜 拜新同 波依定 压氏达 施慧达 代文 科素亚 安博维 美卡素 必洛斯 傲坦 雅施达 洛汀新 蒙诺 开博通
  倍他乐克 康忻 安内真 寿比山 纳催离 海捷亚 复代文 安博诺 诺欣妥 络德 玄宁 欣然 伲福达
  阿司匹林 拜阿司匹灵 阿士匹灵 阿乐 氯吡格雷 波立维 泰嘉 替格瑞洛 倍林达 华法林 利伐沙班 拜瑞妥 阿哌沙班 艾乐妥 达比加群 泰毕全
  阿托伐他汀 瑞舒伐他汀 辛伐他汀 普伐他汀 氟伐他汀 匹伐他汀 洛伐他汀 立普妥 利普妥 可定 舒降之 力平之 来适可 依折麦布 益适纯 非诺贝特 血脂康
  地高辛 单硝酸异山梨酯 硝酸异山梨酯 欣康 依姆多 异乐定 硝酸甘油 曲美他嗪 万爽力 伊伐布雷定 尼可地尔
  速效救心丸 救心丸 复方丹参滴丸 丹参滴丸 麝香保心丸 通心络 稳心颗粒 银杏叶片 脑心通
  二甲双胍 格华止 阿卡波糖 拜糖平 卡博平 伏格列波糖 倍欣 格列美脲 亚莫利 格列齐特 达美康 格列吡嗪 格列喹酮 糖适平
  瑞格列奈 诺和龙 那格列奈 西格列汀 捷诺维 沙格列汀 维格列汀 利格列汀 达格列净 安达唐 恩格列净 欧唐静 吡格列酮
  胰岛素 诺和灵 诺和锐 诺和平 来得时 优泌林 优泌乐 甘舒霖 长秀霖 诺和达 利拉鲁肽 诺和力 司美格鲁肽 诺和泰 度拉糖肽
  左甲状腺素 优甲乐 雷替斯 加衡 甲巯咪唑 赛治 丙硫氧嘧啶
  奥美拉唑 洛赛克 兰索拉唑 泮托拉唑 雷贝拉唑 埃索美拉唑 耐信 铝碳酸镁 达喜 莫沙必利 多潘立酮 吗丁啉 蒙脱石 思密达
  乳果糖 杜密克 益生菌 妈咪爱 培菲康 整肠生 开塞露 聚乙二醇 硫糖铝 替普瑞酮 瑞巴派特
  布洛芬 芬必得 美林 对乙酰氨基酚 泰诺 必理通 扑热息痛 塞来昔布 西乐葆 洛索洛芬 乐松 双氯芬酸 扶他林
  吗啡 美施康定 羟考酮 奥施康定 芬太尼 多瑞吉 曲马多 氨酚羟考酮 泰勒宁 普瑞巴林 乐瑞卡 加巴喷丁 散利痛 去痛片
  黄体酮 地屈孕酮 达芙通 秋水仙碱 别嘌醇 非布司他 苯溴马隆 甲氨蝶呤 来氟米特 羟氯喹 硫酸羟氯喹
  左乙拉西坦 开浦兰 丙戊酸钠 德巴金 卡马西平 奥卡西平 拉莫三嗪 苯妥英钠 托吡酯
  多巴丝肼 美多芭 卡左双多巴 息宁 普拉克索 森福罗 金刚烷胺 司来吉兰
  左旋多巴 卡比多巴 恩他卡朋 柯丹 达灵复 雷沙吉兰 吡贝地尔 泰舒达 苯海索 罗匹尼罗
  舍曲林 左洛复 氟西汀 百忧解 帕罗西汀 赛乐特 艾司西酞普兰 来士普 西酞普兰 文拉法辛 度洛西汀 米氮平
  奥氮平 再普乐 喹硫平 思瑞康 利培酮 维思通 阿立哌唑 氯氮平 碳酸锂
  艾司唑仑 阿普唑仑 地西泮 劳拉西泮 氯硝西泮 佐匹克隆 右佐匹克隆 唑吡坦 思诺思 多奈哌齐 安理申 美金刚 甲钴胺 弥可保
  沙丁胺醇 万托林 舒利迭 信必可 布地奈德 普米克令舒 普米克都保 普米克 孟鲁司特 顺尔宁 噻托溴铵 思力华 茶碱 氨茶碱 氨溴索 沐舒坦 乙酰半胱氨酸 富露施
  川贝枇杷膏 枇杷膏 急支糖浆 复方甘草 连花清瘟 莲花清瘟 感冒灵 板蓝根 双黄连 奥司他韦 达菲 蒲地蓝
  坦索罗辛 哈乐 非那雄胺 保列治 普适泰 舍尼通 托特罗定
  他克莫司 环孢素 吗替麦考酚酯 骁悉 碳酸镧 司维拉姆 骨化三醇 罗盖全 促红素 促红细胞生成素 复方α酮酸 开同 金水宝 百令胶囊 尿毒清
  泼尼松 强的松 甲泼尼龙 美卓乐 地塞米松 氢化可的松
  碳酸钙 醋酸钙 钙尔奇 维生素D 维生素 维他命 鱼肝油 鱼油 叶酸 琥珀酸亚铁 速力菲 阿法骨化醇
  阿莫西林 头孢 左氧氟沙星 莫西沙星 阿奇霉素 异烟肼 利福平 乙胺丁醇 吡嗪酰胺 恩替卡韦 替诺福韦
  六味地黄丸 逍遥丸 保济丸 牛黄解毒片 狗皮膏药 狗皮膏 伤湿止痛膏 膏药 跌打酒 药酒 风油精 驱风油 红花油 活络油 清凉油 白花油 万金油 正骨水 藿香正气水 安宫牛黄丸 三七粉 云南白药
  人工泪液 玻璃酸钠 托吡卡胺
  针咀 探热针 血糖机
  血压计 电子血压计 血压仪 血糖仪 血糖计 制氧机 氧气瓶 雾化器 雾化机 额温枪 耳温枪 体温枪 血氧仪 指夹式血氧仪
  碘伏 纱布 创可贴 OK绷 棉签 体温计 酒精棉片 酒精棉球 棉球 血糖试纸 试纸 采血针 胰岛素针头 针头 造口袋 造瘘袋 尿袋 导尿管 绷带 医用胶布 敷贴 酒精棉 医用酒精 铁剂 钙剂
  钙片 中药 中成药 眼药水
  隐形眼镜药水 隐形眼镜护理液 隐形眼镜液 眼镜护理液
  抗原试剂 抗原检测试剂 抗原试剂盒 抗原检测盒
  尿不湿 成人尿不湿 纸尿裤 成人纸尿裤 纸尿片 成人纸尿片 护理垫 隔尿垫 助听器电池
  脉优 保栓通 普拿疼 必理痛 百服宁 冠脂妥
  福避痛 佳糖维 克流感
  来曲唑 弗隆 阿那曲唑 瑞宁得 依西美坦 阿诺新 他莫昔芬 三苯氧胺 托瑞米芬 卡培他滨 希罗达 替吉奥 奥希替尼 泰瑞沙 吉非替尼 易瑞沙 厄洛替尼 特罗凯
  埃克替尼 凯美纳 甲地孕酮 比卡鲁胺 康士得 阿比特龙 恩扎卢胺 普乐可复 新山地明 骁悉 西罗莫司 丙戊酸镁 褪黑素
  达克宁 皮炎平 马应龙 西瓜霜 金嗓子 金嗓子喉片 草珊瑚 润喉糖 喉糖 念慈菴 京都念慈菴 黄连素 小檗碱 诺氟沙星 氟哌酸 氯雷他定 开瑞坦 西替利嗪 仙特明 息斯敏 扑尔敏 氯苯那敏
  泰诺林 小柴胡 银翘 维C银翘 清开灵 蓝芩 肠炎宁 健胃消食 斯达舒 三九胃泰 胃康灵 胃复安 甲氧氯普胺 雷尼替丁 法莫替丁 红霉素 金霉素 百多邦 莫匹罗星 炉甘石 京万红 湿润烧伤膏
  正红花油 双氧水 碘酒 红药水 紫药水 片仔癀 口服补液盐 小儿豉翘 易坦静 护彤
  松龄血脉康 牛黄降压丸 天麻丸 参松养心 芪苈强心 血塞通 血栓通 复方血栓通 血府逐瘀 地奥心血康 银丹心脑通 心可舒 丹七片 消渴丸 津力达 安神补脑液
  乌鸡白凤丸 知柏地黄丸 杞菊地黄丸 补中益气丸 香砂养胃丸 附子理中丸 归脾丸 天王补心丸 柴胡舒肝丸 保和丸 壮骨关节丸 麝香痔疮膏
  特布他林 异丙托溴铵 可必特 沙美特罗 氟替卡松 辅舒良 雷诺考特 内舒拿 茚达特罗 格隆溴铵 乌美溴铵 欧乐欣 倍择瑞 全再乐
  拉坦前列素 适利达 噻吗洛尔 布林佐胺 派立明 溴莫尼定 阿法根 妥布霉素 托百士 典必殊 氧氟沙星 泰利必妥 珍视明 新乐敦 乐敦 卡替洛尔 美开朗
  辅酶 辅酶Q10 消心痛 心痛定 速尿 北京降压0号 降压0号 心宝丸 优立通 恩必普 丁苯酞 可达龙 可多华
  薄荷膏 正露丸 和露丸 双飞人 黄道益 斧标
  龙角散 太田胃散 表飞鸣 胃仙U 史蒂诺斯 安佳热 氨酚黄那敏
  薄荷油 跌打油 万花油 松节油 瑞百安 依洛尤单抗 伊可新 迪巧 善存 钙尔奇D
  优思明 屈螺酮炔雌醇 左炔诺孕酮 毓婷 安婷 依托考昔
  复方罗布麻片 罗布麻 复方降压片 复方利血平 保心安油 保心安 撒隆巴斯 骨通贴膏 麝香壮骨膏 耐绞宁
  阿仑膦酸钠 福善美 氨基葡萄糖 氨糖 维固力 倍他司汀 敏使朗 氟桂利嗪 西比灵 谷维素 黛力新 曲唑酮 坦度螺酮 胺碘酮 可达龙 氯化钾 托伐普坦 捷诺达
`);

/** Salts and kinds written before a name: 苯磺酸氨氯地平, 门冬胰岛素, 盐酸二甲双胍. */
export const ZH_PREFIXES = words(`
  一次性 苯磺酸 马来酸 甲磺酸 盐酸 硫酸氢 硫酸 酒石酸 琥珀酸 富马酸 枸橼酸 单硝酸 左旋 复方 吸入用 注射用 外用 口服 门冬 甘精 地特 德谷 赖脯 精蛋白 重组人 生物合成人 小儿 儿童
`);

/** Forms written after a name: 片, 缓释片, 胶囊, 注射液, 喷雾… (longest first when used). */
export const ZH_FORMS = words(`
  钙片 钠片 钾片 缓释片 控释片 肠溶片 分散片 咀嚼片 泡腾片 含片 滴丸 软胶囊 缓释胶囊 肠溶胶囊 胶囊 颗粒 冲剂
  眼膏 眼用凝胶 凝胶贴膏 凝胶 滴剂 混悬滴剂 干混悬剂 混悬剂 滴鼻液 滴耳液 栓剂 雾化液 雾化吸入液 吸入溶液 吸入液 洗剂 乳胶剂 搽剂 酊剂 鼻喷剂 喷剂
  乳膏 软膏 贴膏 膏 贴剂 贴 喷雾剂 喷雾 气雾剂 吸入剂 粉吸入剂 都保 准纳器 吸入器 滴眼液 眼药水 注射液 注射剂 特充 预填充 注射笔 笔芯 针头 针 笔
  口服溶液 口服液 糖浆 混悬液 栓 片 丸 散 水 钾 钠 钙
`);

/** How generic names end, for names not in the list (a prefix of one to four characters before). */
export const ZH_ENDINGS = words(`
  地平 沙坦 普利 洛尔 他汀 双胍 列奈 列汀 列净 拉唑 硝唑 曲唑 他滨 昔芬 沙星 西林 霉素 替尼 西坦 西泮 唑仑 曲林 西汀 莫司 塞米 嘌醇 洛芬 昔布 沙班
  他定 利嗪 司特 前列素 卡韦 洛韦 他韦 环素 康唑 替丁 鲁肽 米松 尼松 奈德 溴铵 西平 吡坦 克隆 普仑 法辛 氮平 哌酮 膦酸 格雷 瑞林 单抗
  特罗 卡松 脲 糖铁 亚铁 蝶呤 氯喹 米特 帕明 西丁 卡因 托品 司汀 利嗪 溴铵 布汀
`);

/** Category words: kept as written when no name is given ("我的降压药快吃完了"), dropped beside a name. */
export const ZH_CATEGORY = new RegExp(
  '(?:(?:控制|控)(?:血压|血糖|血脂)|降血压|降血糖|降血脂|降尿酸|薄血|高血压|糖尿病?|心脏病|冠心病|哮喘|气喘|晕车|晕船|腹泻|拉肚子|便秘|鼻炎|咽炎|湿疹|皮肤|风湿|关节|跌打|烫伤|骨质疏松|贫血|补铁|补钙|咳嗽?|癫痫|抗癫痫|甲状腺|前列腺|痛风|胃|精神科|抗抑郁|抑郁症?|抗忧郁|忧郁症?|失眠|助眠|安眠|利尿|降压|降糖|降脂|止痛|止疼|镇痛|止咳|止吐|退烧|退热|感冒|消炎|抗过敏|过敏|心脏|血压|血糖|抗癌|化疗|通便|护肝|保肝|抗凝|治帕金森|帕金森|避孕|紧急避孕|驱虫|打虫)' +
    '(?:的)?(?:药片|药物|药水|药膏|药)|(?:哮喘|气喘|止咳|止痛|止疼|镇痛|感冒|退烧|退热|止痒|消炎|止泻|通便|降压|降糖|助眠|安眠|湿疹|皮炎|烫伤|痔疮|脚气|冻疮|鼻炎|鼻塞|通鼻|洗鼻|海盐水|生理盐水|晕车|润喉)(?:的)?(?:喷雾剂|喷雾|喷剂|滴剂|糖浆|冲剂|颗粒|胶囊|贴|膏|片|水|露)|(?:退烧|退热|止痛|止疼|镇痛|痔疮|通便|消炎)栓(?:剂)?|(?:哮喘|气喘)(?:泵|喷剂|吸入器)' +
    // (「小儿退热栓」, 「痔疮栓」: a suppository named by what it does is a class with its form, as 退烧贴 is; never 血栓 or 门栓.)
    // 「治痛风的药」, 「治疗胃病的药」: what it treats, said with 治, names any class.
    '|治疗?(?:(?![这那个的我你他她])[\\u4e00-\\u9fff]){1,4}的(?:药片|药物|药水|药膏|药)' +
    // 「止痒的药膏」, 「驱蚊的药膏」, 「补钙的药」: what it does, said before 的.
    '|(?:驱|止|消|抗|防|祛|去|补|护|清|润)(?:(?![这那个的我你他她])[\\u4e00-\\u9fff]){1,2}的(?:药片|药物|药水|药膏|药)' +
    // 「化痰药」, 「止泻药」, 「抗排异药」, 「平喘药」: the same with no 的 (never 为止药, 停止药物; no errand's verb inside).
    '|(?<![停禁防截阻休中变为不到])(?:化|祛|止|抗)(?:(?![这那个的我你他她药配买拿送开吃用点发交领取寄报登上下了])[\\u4e00-\\u9fff]){1,4}?(?:药片|药物|药水|药膏|药)|平喘(?:的)?(?:药片|药物|药水|药膏|药)' +
    // 「降磷药」, 「降钾的药」, 「降眼压药水」: a class said by what it lowers, whatever that is.
    '|(?<![下升沉霜投空])降(?:(?![这那个的我你他她药了])[\\u4e00-\\u9fff]){1,3}(?:的)?(?:药片|药物|药水|药膏|药)' +
    // 「配点降压的」, 「降糖的那个」: the class said with 的 and no 药 after it.
    // 「擦的药膏用完了」: an ointment whose name is forgotten is the item.
    '|(?<=的|^|\\s)药膏' +
    // 「就是那个控制血糖的」: 控制 (控) before 血糖/血压/血脂 is the class as 降 is (never 控制血糖的关键: only before 那个 or a stop).
    '|(?:(?:控制|控)(?:血压|血糖|血脂)|降血压|降血糖|降血脂|降尿酸|降压|降糖|降脂|止痛|止疼|退烧|退热|安眠|助眠|抗凝|止咳)的(?=那个|那种|这个|$|[\\s,,。!!??~])' +
    // 「他的他汀」, 「沙坦类的药」, 「他汀类」: a class named by its generics' ending, standing alone (not the end of 阿托伐他汀).
    '|(?<=^|[的是吃\\s,,。::、])(?:他汀|沙坦|地平|普利|洛尔|双胍)(?:类)?(?:的)?(?:药片|药物|药)?(?=$|[\\s,,。!!??、]|[的吃没用快已都也还剩就只了降])',
  'g',
);

/** English names, lower case. */
export const EN_NAMES = words(`
  amlodipine nifedipine felodipine losartan valsartan irbesartan telmisartan candesartan olmesartan
  perindopril enalapril captopril lisinopril ramipril benazepril metoprolol bisoprolol atenolol propranolol carvedilol
  hydrochlorothiazide indapamide spironolactone furosemide lasix norvasc cozaar diovan
  aspirin clopidogrel plavix ticagrelor brilinta warfarin coumadin rivaroxaban xarelto apixaban eliquis dabigatran pradaxa
  atorvastatin rosuvastatin simvastatin pravastatin lipitor crestor zocor ezetimibe fenofibrate
  digoxin nitroglycerin isosorbide
  carbidopa entacapone rasagiline ropinirole selegiline amantadine
  metformin glucophage acarbose glimepiride gliclazide glipizide sitagliptin januvia dapagliflozin empagliflozin jardiance
  insulin lantus novorapid humalog levemir tresiba ozempic victoza trulicity
  levothyroxine euthyrox synthroid thyroxine methimazole
  omeprazole losec prilosec esomeprazole nexium lansoprazole pantoprazole rabeprazole famotidine domperidone
  ibuprofen advil nurofen paracetamol acetaminophen tylenol panadol naproxen celecoxib diclofenac tramadol morphine oxycodone oxycontin fentanyl
  colchicine allopurinol febuxostat
  levetiracetam keppra valproate depakote carbamazepine lamotrigine phenytoin topiramate levodopa madopar sinemet
  sertraline zoloft fluoxetine prozac paroxetine escitalopram lexapro citalopram venlafaxine duloxetine mirtazapine
  olanzapine quetiapine risperidone aripiprazole lithium
  letrozole anastrozole exemestane tamoxifen capecitabine osimertinib tagrisso gefitinib erlotinib melatonin
  alprazolam xanax diazepam lorazepam clonazepam zolpidem donepezil memantine
  salbutamol albuterol ventolin seretide symbicort budesonide montelukast singulair tiotropium
  tamsulosin finasteride tacrolimus cyclosporine prednisone prednisolone methylprednisolone dexamethasone
  amoxicillin azithromycin levofloxacin oseltamivir tamiflu epipen
  loratadine cetirizine claritin zyrtec
  advair flovent flixotide spiriva pulmicort atrovent berodual xalatan timolol systane calpol voltaren daktarin gaviscon imodium loperamide smecta strepsils buscopan ranitidine metoclopramide
  betaloc concor exforge amaryl diamicron galvus janumet trajenta forxiga toujeo humulin novomix mixtard basaglar
  yasmin rhinocort nasonex flixonase
  motrin benadryl sudafed mucinex robitussin dayquil nyquil aleve excedrin tums pepcid zantac dramamine
  sevelamer renvela renagel lanthanum fosrenol calcitriol cinacalcet
`);

/** How English generics end, for names not in the list. */
export const EN_ENDINGS = /^[a-z]{3,}(?:dipine?|sartan|pril|olol|statin|formin|prazole|azole|cillin|mycin|floxacin|tidine|triptan|xaban|parin|racetam|azepam|zolam|oxetine|traline|lukast|semide|gliptin|gliflozin|dronate|thyroxine|terol|sone|olone|mab|tinib|prost|vir|cycline|conazole|apine|glutide|profen|coxib|setron|triptyline|citalopram|faxine|idone|grel|tadine|tirizine|dronate)e?$/;

/** English category phrases, kept without the possessive: "blood pressure pills", "painkillers". */
export const EN_CATEGORY =
  /\b(?:(?:blood pressure|bp|heart|thyroid|diabetes|diabetic|epilepsy|seizure|cold|flu|allergy|sleeping|pain|asthma|stomach|cholesterol|anxiety|fever|cough|gout|eczema|skin|parkinson'?s)\s+(?:pills|meds|medicine|medicines|medication|medications|tablets|drugs|syrup|cream|drops)|asthma inhalers?|folic acid|(?:iron|calcium) (?:tablets|pills|supplements)|painkillers|pain killers|antacids?|laxatives?|decongestants?|(?:throat |cough )?lozenges|(?:heat|pain relief) patch(?:es)?|antibiotic (?:ointment|cream)|antidepressants|antibiotics|antihistamines|(?:painkiller|pain killer|antibiotic|antidepressant|antihistamine)(?=\s*(?:$|[,.;:!?)]|(?:and|or|for|please|pls|too|from|to|as well)\b))|statins|blood thinners?|inhalers?|insulin pens|(?:(?:glucose|blood sugar|sugar) )?test strips|contact lens (?:solution|cleaner)|(?:covid |rapid )?antigen (?:tests?|test kits?)|eye drops|cough syrup|bandages|band-aids|plasters|gauze|iodine|antiseptic(?: (?:cream|wipes|solution|spray|liquid|ointment))?|burn (?:cream|gel|ointment)|alcohol (?:wipes|swabs|pads)|cotton swabs|thermometer|(?:blood pressure|bp|blood sugar|glucose|oxygen|pulse) (?:monitor|meter|machine|concentrator|cuff)s?|oxygen (?:tank|cylinder)s?|glucometers?|nebuli[sz]ers?|(?:pulse )?oximeters?|syringes|lancets|insulin needles|pen needles|dressings|adult diapers|incontinence pads|bed pads|hearing aid batteries|catheter bags|urine bags|(?:prenatal |pregnancy |kids'? |children'?s )?(?:vitamins|multivitamins|supplements)|(?:ors|oral rehydration|rehydration) (?:sachets|salts|solution)|electrolyte (?:sachets|powder|drinks?))\b/gi;

/** A name that is only a kind of medicine (「高血压的药」, 降压药, "blood pressure pills"), not the medicine itself. */
const WHOLE_CATEGORY = new RegExp(`^(?:${ZH_CATEGORY.source}|${EN_CATEGORY.source})$`, 'i');
export const isCategoryName = (name: string): boolean => WHOLE_CATEGORY.test(name.trim());

/** Words that are never a medicine's name, though they sit where one would (配个东西, 买点菜). */
export const NOT_NAMES = new Set(
  words(`
  很多 好多 不少 交关 蛮多 挺多 多着 够用 够吃
  借用 借来 数量 药品 药名 姓名 门牌 规格 备注 应急 急用 备用
  东西 办法 时间 电话 医院 药店 药房 社区 小区 医生 护士 老人 阿姨 叔叔 爷爷 奶奶 一下 一点 帮忙 登记 病历 病历本 医保卡 现金 零钱
  感恩 谢谢 多谢 感谢 辛苦 拜托 同埋 以及 另外 还有 加上 然后 再来 直接 马上 赶紧 尽快 一直 已经 还是 可能 应该 手机 电脑 微信 网络 二维码 全部 所有 全都 这些 那些 其他 别的 家里 屋里 剩下 统统 一共 方子 处方 盒子 东西 快递 物资 蔬菜 水果 鸡蛋 套餐 口罩 谢谢 麻烦 大家 邻居 志愿者 居委 书记 药 药物 药品 什么 那个 这个 哪个
  可乐 汽水 雪碧 奶茶 咖啡 维达 清风 心相印 洁柔
  something anything medicine medicines meds pills tablets some more it them this that one each both all every total maybe about around roughly approximately just almost nearly
`),
);

/**
 * What kind of medicine a name is, for the category words people use for it: 「降压药…医生开的是缬沙坦」
 * names one medicine, not two. Each class: the category words, and how its names are written
 * (a generic's ending, or the brand).
 */
export const CLASSES: [category: RegExp, names: RegExp][] = [
  [/胰岛素|insulin/i, /诺和|优泌|来得时|甘舒霖|长秀霖|门冬|甘精|地特|德谷|赖脯|lantus|novorapid|novomix|humalog|humulin|levemir|tresiba|toujeo/i],
  [/降压|降血压|血压|高血压|blood pressure|\bbp\b|hypertension|^(?:沙坦|地平|普利|洛尔)/i, /地平|沙坦|普利|洛尔|噻嗪|帕胺|螺内酯|络活喜|拜新同|波依定|压氏达|施慧达|代文|科素亚|安博维|美卡素|倍他乐克|康忻|诺欣妥|dipine|sartan|pril\b|olol\b|norvasc|cozaar|diovan/i],
  [/降糖|降血糖|血糖|糖尿病|diabet|^双胍/i, /双胍|格列|列奈|列汀|列净|波糖|胰岛素|诺和|优泌|来得时|甘舒霖|拜糖平|格华止|亚莫利|达美康|捷诺维|安达唐|欧唐静|鲁肽|metformin|glipi|glicl|glime|gliptin|gliflozin|insulin|januvia|lantus|novorapid|humalog|ozempic|trulicity|glutide/i],
  [/降脂|降血脂|血脂|胆固醇|cholesterol|statin|^他汀/i, /他汀|立普妥|可定|舒降之|依折麦布|非诺贝特|血脂康|statin|lipitor|crestor|zocor|ezetimibe/i],
  [/止痛|止疼|镇痛|疼痛|pain/i, /洛芬|昔布|芬必得|对乙酰氨基酚|泰诺|必理通|必理痛|普拿疼|百服宁|扑热息痛|吗啡|羟考酮|奥施康定|美施康定|芬太尼|多瑞吉|曲马多|泰勒宁|散利痛|去痛片|普瑞巴林|加巴喷丁|profen|coxib|paracetamol|acetaminophen|tylenol|panadol|naproxen|tramadol|morphine|oxycodone|oxycontin|fentanyl/i],
  [/退烧|退热|发烧|fever/i, /洛芬|美林|对乙酰氨基酚|泰诺|必理通|必理痛|普拿疼|百服宁|扑热息痛|profen|paracetamol|acetaminophen|calpol|tylenol|panadol|advil|nurofen/i],
  [/安眠|助眠|失眠|睡眠|sleeping|sleep/i, /唑仑|西泮|佐匹克隆|唑吡坦|思诺思|zolpidem|zepam|zolam|zopiclone/i],
  [/眼药水|眼药|滴眼液|eye drops?/i, /前列素|玻璃酸钠|托吡卡胺|人工泪液|滴眼液|适利达|派立明|布林佐胺|阿法根|溴莫尼定|噻吗洛尔|卡替洛尔|美开朗|托百士|妥布霉素|典必殊|泰利必妥|氧氟沙星|珍视明|乐敦|prost\b|timolol|xalatan|systane/i],
  [/抗凝|血稀释|blood thinner|anticoagul/i, /华法林|利伐沙班|阿哌沙班|达比加群|拜瑞妥|艾乐妥|泰毕全|沙班|xaban|warfarin|coumadin|eliquis|xarelto|dabigatran|pradaxa/i],
  [/甲状腺|thyroid/i, /优甲乐|左甲状腺素|雷替斯|加衡|甲巯咪唑|赛治|丙硫氧嘧啶|thyrox|euthyrox|synthroid|methimazole/i],
  [/过敏|抗过敏|allerg/i, /他定|利嗪|开瑞坦|仙特明|驴得新|氯苯那敏|扑尔敏|loratadine|cetirizine|claritin|zyrtec|antihistamine/i],
  [/抑郁|忧郁|精神科|焦虑|antidepress|anxiety|psychiatr/i, /西汀|曲林|普仑|法辛|氮平|哌酮|哌唑|喹硫平|左洛复|百忧解|来士普|赛乐特|再普乐|思瑞康|维思通|碳酸锂|oxetine|traline|citalopram|faxine|apine\b|idone\b|lithium/i],
  [/心脏|冠心病|心绞痛|heart|angina/i, /救心丸|硝酸甘油|硝酸异山梨酯|单硝酸|丹参|保心丸|地高辛|欣康|依姆多|曲美他嗪|nitroglycerin|isosorbide|digoxin/i],
  [/止咳|咳嗽|cough/i, /枇杷|急支|复方甘草|甘草片|氨溴索|沐舒坦|右美沙芬|可待因|川贝|蛇胆|强力枇杷露|cough|ambroxol|dextromethorphan/i],
  [/胃|stomach|acid/i, /拉唑|达喜|吗丁啉|铝碳酸镁|莫沙必利|硫糖铝|瑞巴派特|替丁|prazole|tidine|domperidone/i],
  [/哮喘|平喘|asthma|inhaler/i, /特罗|溴铵|可必特|欧乐欣|倍择瑞|全再乐|沙丁胺醇|万托林|舒利迭|信必可|布地奈德|普米克|孟鲁司特|顺尔宁|噻托溴铵|思力华|ventolin|seretide|symbicort|salbutamol|albuterol|budesonide|montelukast|tiotropium/i],
  [/癫痫|抗癫痫|epilep|seizure/i, /西坦|丙戊酸|卡马西平|奥卡西平|拉莫三嗪|托吡酯|苯妥英|开浦兰|德巴金|racetam|valpro|depakote|keppra|carbamazepine|lamotrigine|topiramate/i],
  [/痛风|gout/i, /秋水仙碱|别嘌醇|非布司他|苯溴马隆|colchicine|allopurinol|febuxostat/i],
  [/帕金森|parkinson/i, /多巴|美多芭|息宁|普拉克索|森福罗|金刚烷胺|司来吉兰|levodopa|madopar|sinemet|pramipexole/i],
  [/铁剂|补铁|贫血|iron/i, /铁$|iron|ferrous/i],
  [/钙剂|补钙|钙片|calcium/i, /钙|calcium/i],
  [/消炎|抗生素|antibiotic/i, /西林|头孢|霉素|沙星|环素|cillin|mycin|floxacin|cycline|cef/i],
  // (The classes said by what they do, 化痰药, 抗结核药…: a name of theirs beside them is that class's medicine.)
  [/化痰|祛痰|expectorant/i, /氨溴索|沐舒坦|乙酰半胱氨酸|富露施|司坦|溴己新|ambroxol|acetylcysteine|carbocisteine/i],
  [/抗结核|结核|tuberculosis/i, /异烟肼|利福平|乙胺丁醇|吡嗪酰胺|isoniazid|rifamp|ethambutol|pyrazinamide/i],
  [/抗排异|排异|排斥|transplant/i, /他克莫司|环孢素|吗替麦考酚酯|骁悉|西罗莫司|普乐可复|新山地明|tacrolimus|cyclosporin|mycophenol|sirolimus/i],
  [/止泻|腹泻|拉肚子|diarrh/i, /蒙脱石|思密达|洛哌丁胺|易蒙停|黄连素|小檗碱|loperamide|smecta/i],
];

/**
 * Whether a category word and a name are the same kind of medicine. A brand is of its generic's kind (「降压药…玄宁」: 玄宁 is
 * amlodipine), whether or not the class lists the brand itself.
 */
export function sameClass(category: string, name: string): boolean {
  return CLASSES.some(([c, n]) => c.test(category) && (n.test(name) || [...genericsOf(name)].some((g) => n.test(g))));
}

/**
 * Characters that sound alike in the syllables medicine names are made of, first the one the
 * lexicon writes. Voice input and Taiwanese transliteration write a name by its sound (胰道素 for
 * 胰岛素, 拜唐苹 for 拜糖平, 阿斯匹靈 for 阿司匹林, 降雅药 for 降压药): a name is looked up with each
 * character folded to the first of its group, and kept as the resident wrote it.
 */
const SOUND_ALIKE = words(`
  司斯思丝 林灵琳淋临麟 糖唐堂塘 平苹萍评 岛道导到倒 压雅鸭丫 降将江酱 地的第帝 沙莎纱 坦谈探 他她它塔 汀听厅亭婷
  匹皮疲 素速苏塑 洛络落罗骆 尔耳儿 普谱浦 利力立丽历 格哥隔 列烈 双霜爽 胍瓜刮 芬分纷粉 欣新心辛芯
  康抗 氨安胺按 氯绿律 酸算蒜 奥澳傲 美镁 拜败百摆 通同痛铜 保宝 妥托拓 克客刻 华化花 法发 钙盖
  维唯微韦威 莫魔模 密蜜 替提体 西希昔溪息 唑座坐 舒书输 诺懦 胰姨夷移依伊宜医一以衣 脉麦 栓拴 硝消销 酯脂
  噻塞赛 嗪秦琴 哌派 吡比 啶定 咪米迷 唑 贝倍 曲屈 肟 膦磷 钠纳 钾甲 韦伟
`);
const FOLD = new Map<string, string>();
for (const group of SOUND_ALIKE) for (const c of group.slice(1)) if (!FOLD.has(c)) FOLD.set(c, group[0]!);

/** A text with every character folded to its sound group's first: same length, so places hold. */
export const foldSound = (text: string): string => text.replace(/[\u4e00-\u9fff]/g, (c) => FOLD.get(c) ?? c);

/** Brands and the generic each is sold as: 「阿卡波糖 拜唐苹」 beside each other name one medicine. */
const BRAND_OF: [generic: string, brands: string][] = [
  ['氨氯地平 amlodipine', '络活喜 施慧达 压氏达 玄宁 脉优 norvasc'], ['硝苯地平 nifedipine', '拜新同 伲福达 adalat'], ['非洛地平', '波依定'],
  ['缬沙坦 valsartan', '代文 diovan'], ['氯沙坦 losartan', '科素亚 cozaar'],
  ['厄贝沙坦', '安博维'], ['替米沙坦', '美卡素'], ['奥美沙坦', '傲坦'], ['美托洛尔 metoprolol', '倍他乐克 betaloc'], ['比索洛尔 bisoprolol', '康忻 concor'], ['培哚普利', '雅施达'],
  ['阿司匹林', '拜阿司匹灵 阿士匹灵'], ['氯吡格雷 clopidogrel', '波立维 泰嘉 保栓通 plavix'], ['替格瑞洛 ticagrelor', '倍林达 brilinta'], ['利伐沙班 rivaroxaban', '拜瑞妥 xarelto'], ['阿哌沙班 apixaban', '艾乐妥 eliquis'],
  ['华法林 warfarin', 'coumadin'],
  ['阿托伐他汀 atorvastatin', '立普妥 利普妥 阿乐 lipitor'], ['瑞舒伐他汀 rosuvastatin', '可定 冠脂妥 crestor'], ['辛伐他汀 simvastatin', '舒降之 zocor'], ['依折麦布', '益适纯'], ['非诺贝特', '力平之'],
  ['二甲双胍 metformin', '格华止 glucophage'], ['阿卡波糖', '拜糖平 卡博平'], ['格列美脲 glimepiride', '亚莫利 amaryl'], ['格列齐特 gliclazide', '达美康 diamicron'], ['瑞格列奈', '诺和龙'],
  ['西格列汀 sitagliptin', '捷诺维 januvia'], ['达格列净 dapagliflozin', '安达唐 forxiga'], ['恩格列净 empagliflozin', '欧唐静 jardiance'], ['左甲状腺素 levothyroxine', '优甲乐 雷替斯 加衡 euthyrox synthroid eltroxin letrox'], ['甲巯咪唑', '赛治'],
  ['奥美拉唑 omeprazole', '洛赛克 losec prilosec'], ['埃索美拉唑 esomeprazole', '耐信 nexium'], ['铝碳酸镁', '达喜'], ['多潘立酮', '吗丁啉'], ['蒙脱石', '思密达 smecta'], ['乳果糖', '杜密克'],
  ['布洛芬 ibuprofen', '芬必得 美林 advil nurofen motrin'], ['对乙酰氨基酚 paracetamol acetaminophen', '泰诺 必理通 扑热息痛 普拿疼 必理痛 tylenol panadol calpol'], ['塞来昔布', '西乐葆'], ['洛索洛芬', '乐松'], ['双氯芬酸', '扶他林 voltaren'],
  ['羟考酮', '奥施康定'], ['吗啡', '美施康定'], ['芬太尼', '多瑞吉'], ['普瑞巴林', '乐瑞卡'], ['左乙拉西坦', '开浦兰 keppra'], ['丙戊酸钠', '德巴金 depakote'],
  ['多巴丝肼 levodopa', '美多芭 madopar'], ['普拉克索', '森福罗'], ['舍曲林 sertraline', '左洛复 zoloft'], ['氟西汀 fluoxetine', '百忧解 prozac'], ['帕罗西汀', '赛乐特'], ['艾司西酞普兰', '来士普'],
  ['奥氮平', '再普乐'], ['喹硫平', '思瑞康'], ['利培酮', '维思通'], ['唑吡坦', '思诺思'], ['多奈哌齐', '安理申'], ['甲钴胺', '弥可保'],
  ['沙丁胺醇 salbutamol albuterol', '万托林 ventolin'], ['布地奈德 budesonide', '普米克 pulmicort rhinocort'], ['孟鲁司特 montelukast', '顺尔宁 singulair'], ['噻托溴铵', '思力华 spiriva'], ['氨溴索', '沐舒坦'], ['乙酰半胱氨酸', '富露施'],
  ['奥司他韦 oseltamivir', '达菲 tamiflu'], ['坦索罗辛', '哈乐'], ['非那雄胺', '保列治'], ['吗替麦考酚酯', '骁悉'], ['骨化三醇', '罗盖全'], ['甲泼尼龙', '美卓乐'],
  // Insulins by their makers' names: 「甘精胰岛素（来得时）」 is one insulin.
  ['甘精胰岛素 glargine', '来得时 长秀霖 来优时 lantus toujeo'], ['门冬胰岛素 aspart', '诺和锐 novorapid novolog'], ['地特胰岛素 detemir', '诺和平 levemir'],
  ['德谷胰岛素 degludec', '诺和达 tresiba'], ['赖脯胰岛素 lispro', '优泌乐 humalog'],
  // Round 17: more generics beside their brands (「氯雷他定 开瑞坦」, 「美金刚 易倍申」, "claritin (loratadine)").
  ['氯雷他定 loratadine', '开瑞坦 claritin'], ['西替利嗪 cetirizine', '仙特明 zyrtec'], ['左西替利嗪', '优泽 xyzal'], ['地氯雷他定', '恩理思 aerius'],
  ['莫匹罗星 mupirocin', '百多邦 bactroban'], ['沙美特罗替卡松', '舒利迭 seretide'], ['布地奈德福莫特罗', '信必可 symbicort'], ['糠酸莫米松', '内舒拿 nasonex'],
  ['屈螺酮炔雌醇', '优思明 yasmin'], ['左炔诺孕酮', '毓婷 安婷'], ['沙库巴曲缬沙坦', '诺欣妥 entresto'], ['缬沙坦氨氯地平', '倍博特'], ['氨氯地平阿托伐他汀', '多达一'],
  ['利拉鲁肽 liraglutide', '诺和力 victoza'], ['司美格鲁肽 semaglutide', '诺和泰 ozempic'], ['度拉糖肽 dulaglutide', '度易达 trulicity'],
  ['非布司他', '优立通'], ['美金刚 memantine', '易倍申'], ['卡左双多巴', '息宁 sinemet'], ['依托考昔', '安康信 arcoxia'], ['加巴喷丁 gabapentin', '迭力 neurontin'],
  ['雷贝拉唑', '波利特'], ['兰索拉唑 lansoprazole', '达克普隆'], ['泮托拉唑 pantoprazole', '泰美尼克'], ['艾司唑仑', '舒乐安定'], ['螺内酯 spironolactone', '安体舒通'],
  ['吲达帕胺 indapamide', '纳催离'], ['拉莫三嗪 lamotrigine', '利必通 lamictal'], ['奥卡西平', '曲莱 trileptal'], ['卡马西平', '得理多 tegretol'], ['呋塞米 furosemide', '速尿 lasix'],
  ['碳酸钙', '钙尔奇'], ['司维拉姆 sevelamer', 'renvela renagel'], ['碳酸镧 lanthanum', 'fosrenol'], ['琥珀酸亚铁', '速力菲'], ['单硝酸异山梨酯', '欣康 依姆多'], ['曲美他嗪', '万爽力'],
];
const GENERIC_OF = new Map<string, string[]>();
for (const [generics, brands] of BRAND_OF) for (const brand of words(brands)) GENERIC_OF.set(foldSound(brand), words(generics));

/** The generics a name written is or is sold as: its brand's (heard by its sound too), and any generic it says. */
function genericsOf(name: string): Set<string> {
  const lower = name.toLowerCase();
  const heard = foldSound(lower);
  const out = new Set<string>();
  for (const [k, gs] of GENERIC_OF) {
    if (heard.includes(k)) for (const g of gs) out.add(g);
    for (const g of gs) if (lower.includes(g)) out.add(g);
  }
  return out;
}

/**
 * Whether two names written are one medicine: a brand and its generic, in either order, or two brands of
 * one generic in two languages (「Betaloc 倍他乐克」).
 */
export function sameDrug(a: string, b: string): boolean {
  const ga = genericsOf(a);
  if (ga.size === 0) return false;
  const gb = genericsOf(b);
  return [...ga].some((g) => gb.has(g));
}
