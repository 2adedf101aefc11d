import { spokenWords } from './voice.js';

/**
 * Shanghainese and Cantonese words residents type, as the Mandarin the recognisers read: 阿拉 我,
 * 侬 你, 伐 吗, 勿 不, 冇 没有, 咗 了, 嘅 的, 係 是… Only words that mean nothing else in a chat are
 * rewritten (伊 only before what he or she does). Applied to what recognisers read, never to what is
 * stored or shown. Pure.
 */
const ANY = /[冇咗嘅係喺唔郁识啲佢勿覅侬伐伊额啥搿嚟嘢俾畀攞睇咩喇瞓侪伲弗]|(?<=[\u4e00-\u9fff])格(?=$|[\s,,。!!??~、])|(?<=[倒队组])格|落楼|白车|跌亲|仆亲|流紧|边个|边位|乜嘢|点样|哪能|今朝|屋里|晓得|老豆|阿拉|辰光|食|晒|返|呢|嗰|𠮶|听日|而家|屋企|街坊|同埋|搞掂|快啲|志工|物事|还好(?:吃|用|滴|喷|吸|贴|擦|抹|涂|搽)|[吃用打断滴喷]脱|点算|甚么|仲|晕低|跌低|得返|净返|剩返|明朝|呒没|呒得|琴日|寻日|边度|揸|搵|系咪|[我你佢他她都就真唔不仲也还但]系|[俺咱咋]|莫得|送拢|[没么幺]得(?:了|啦|咯)|嘎哈|干哈|[配吃用要缺买开断打]格[是药]|[新旧]格(?![个列子外式局林兰调言])|[今昨明]儿|(?<=没有|冇得|完|光)哒|[我你们都也天午上里末]好(?:去|开车|帮|做|值班|守夜|巡逻|跑腿|送|搬|扛|翻译|陪|统计|登记|教|修|照顾)/;

const WORDS: [RegExp, string][] = [
  // 崇明话 (and Wu further out): 唔笃 is 你们 (before Cantonese 唔 is read as 不).
  [/唔笃/g, '你们'],
  // Cantonese: 「講唔到嘢」 is 说不出话, 「冇晒」 none left, 「食完咗」 eaten up, 「交返出嚟」 handed back.
  [/(?:讲|说)唔(?:到|出)嘢/g, '说不出话'],
  // 「唔該幫我配藥」, 「唔該同阿婆講聲」: before what is asked, 唔該 is please, not thanks.
  [/唔该(?=帮|借|买|配|带|拿|攞|问|你|大家|各位|有冇|有没有|边位|哪位|边个|谁|可唔可以|可以|同|话|讲|叫)/g, '请'],
  [/唔该(?:晒|哂)?|多谢晒/g, '谢谢'],
  [/唔(?:识|会)郁|郁唔(?:到|得)/g, '动不了'],
  [/唔郁/g, '不动'],
  // 「琴日」 (yesterday) says an event is past.
  [/琴日|寻日/g, '昨天'],
  // 「揸车」 is driving, 「搵」 finding, 「边度」 where.
  [/揸(?:车|的士|货车|面包车)/g, '开车'],
  [/搵/g, '找'],
  [/边度/g, '哪里'],
  [/识(?=急救|开车|讲|说|英文|英语|做|用|打针)/g, '会'],
  [/唔(?:识|晓)应/g, '不应'],
  [/冇力/g, '没力气'],
  [/跌低/g, '摔倒'],
  // 「跌亲」 fell and got hurt, 「叫极都唔醒」 however much one calls, 「叫白车」 call an ambulance.
  [/跌亲|仆亲/g, '摔倒了'],
  [/(?<=[叫拍喊])极(?=都|也)/g, '了半天'],
  [/(?<=[叫打call])白车/g, '救护车'],
  [/流紧血/g, '在流血'],
  [/瞓/g, '睡'],
  [/起唔(?:到|返)?身|起唔到/g, '起不来'],
  // 「就嚟冇」, 「就嚟食晒」: about to run out, 就快.
  [/就嚟(?=冇|无|食|吃|用)/g, '就快'],
  [/冇晒/g, '没有了'],
  // None left, said as 「冇得食喇」, 「冇得用啦」 (Cantonese), 「伐有了」, 「勿有了」 (Shanghainese), 「没得了」, 「么得了」 (Sichuanese; 么 arrives as 幺 after the conversion):
  // 没有了 — only before 了 and its kin, never 怎么得了 (how dreadful) or 有伐 (is there).
  [/冇得(?:食|用|吃)?(?:喇|了|啦|咯|嘞)/g, '没有了'],
  [/(?<!有)[伐勿]有(?:了|啦|嘞)/g, '没有了'],
  [/(?<![怎什这那多要])[没么幺]得(?:了|啦|咯)/g, '没有了'],
  [/(?:食|吃)晒/g, '吃完了'],
  [/用晒/g, '用完了'],
  [/(?:饮|飲)晒/g, '喝完了'],
  [/食(?=完|咗|了|药|嘢|饭|晒|过|多|少|一|两|二|三|几|\d)/g, '吃'],
  [/(?<=[\u4e00-\u9fff])喇(?=$|[\s,,。!!??~])/g, '了'],
  [/嚟/g, '来'],
  [/交返|还返/g, '交还'],
  [/返(?=去|来|工|屋企|公司|家)/g, '回'],
  [/呢(?=[个单次件度些份位趟])/g, '这'],
  // (The conversion to simplified writes 嗰 as 𠮶: both are 那.)
  [/嗰|𠮶/g, '那'],
  // 「講嘢」 is speaking: 「講嘢唔清楚」 is 讲话不清楚.
  [/讲嘢/g, '讲话'],
  // 乜嘢 before 嘢, or it reads 乜东西.
  [/乜嘢/g, '什么'],
  [/嘢/g, '东西'],
  [/[俾畀]/g, '给'],
  // 「落樓」 is going downstairs, 「攞」 fetching.
  [/落(?=楼|嚟|来)/g, '下'],
  [/攞/g, '拿'],
  [/睇/g, '看'],
  [/听日/g, '明天'],
  [/而家/g, '现在'],
  [/屋企/g, '家里'],
  [/街坊/g, '邻居'],
  [/同埋/g, '和'],
  [/搞掂/g, '搞定'],
  [/快啲/g, '快点'],
  [/点算/g, '怎么办'],
  [/咩/g, '什么'],
  [/晕低/g, '晕倒'],
  [/得返|净返|剩返/g, '只剩'],
  [/甚么/g, '什么'],
  // (係 arrives as 系 after the conversion to simplified: 「仲係痛」 is 还是痛.)
  [/仲(?=有|要|够|未|係|系|是|可以|在|喺)/g, '还'],
  // Taiwan: 志工 are volunteers.
  [/志工/g, '志愿者'],
  // Shanghainese: 搿 is 这, 物事 东西, 「还好吃一礼拜」 还能吃.
  [/搿/g, '这'],
  [/物事/g, '东西'],
  // 「还好贴两天」, 「还好滴三天」: before the verb of a medicine's form too; 「还好滴了眼药水」 (verb and 了) is "luckily".
  [/还好(?=(?:吃|用|滴|喷|吸|贴|擦|抹|涂|搽)(?![了过完]))/g, '还能'],
  // 「吃脱了」, 「用脱了」, 「断脱三天了」: 脱 after the verb is its completion (完; 断了); never 脱衣裳, 脱脱, 虚脱, 摆脱.
  [/断脱(?!了)/g, '断了'],
  [/断脱/g, '断'],
  [/(?<=[吃用打滴喷])脱/g, '完'],
  // Northern workers' Mandarin (河南, 安徽, 山东, 东北, 四川): 俺 and 咱 are 我, 咋 怎么, 莫得 没有, 啥子 什么, 嘎哈 干什么.
  [/俺|咱(?!们)/g, '我'],
  [/咱们/g, '我们'],
  [/咋(?:整|弄|搞)/g, '怎么弄'],
  [/咋/g, '怎么'],
  [/莫得/g, '没有'],
  [/啥子/g, '什么'],
  [/嘎哈|干哈/g, '干什么'],
  // 四川: 「送拢了」 is delivered (送到了).
  [/送拢/g, '送到'],
  // 东北 and the north: 今儿 (个) is 今天, 昨儿 昨天, 明儿 明天 (never the 明 of 聪明儿子, 说明儿, 光明儿童).
  [/今儿(?:个)?/g, '今天'],
  [/昨儿(?:个)?/g, '昨天'],
  [/(?<![聪光说证发文精透高申声表简开分鲜英清失黎标注神贤圣严])明儿(?:个)?(?!童|女|子|科)/g, '明天'],
  [/阿拉/g, '我'],
  [/侬/g, '你'],
  [/屋里厢|屋里向|屋里/g, '家里'],
  [/哪能/g, '怎么'],
  [/今朝/g, '今天'],
  [/明朝/g, '明天'],
  [/呒没|呒得/g, '没有'],
  [/啥人/g, '谁'],
  // Shanghainese 额 is 的 between words (「阿拉姆妈额左旋多巴」, 「青光眼额那个」), never in 额外, 额头, 金额, 名额, 配额….
  [/(?<=[\u4e00-\u9fff])(?<![金余限名定数超差份总全巨面税配])额(?=[\u4e00-\u9fff])(?![外度头定满角])/g, '的'],
  // 「老太婆格阿司匹林」, 「伊格降压药」: 格 is 的 after who owns it.
  [/(?<=阿拉|侬|伊|老太婆|老头子|屋里向|屋里厢|屋里)格(?=[\u4e00-\u9fff])(?![列子外式局林兰调])/g, '的'],
  // 「阿拉登记过格药」, 「报好格地址」: 格 is 的 after a verb done (过, 好, 掉), before what was done; never 格个 (this).
  [/(?<=(?:登记|报|配|买|订|填|写|接|拿|送|留|开|寄|交|付|吃|用)(?:过|好|掉))格(?=[\u4e00-\u9fff])(?![个列子外式局林兰调])/g, '的'],
  // 「要配格是 恩替卡韦」, 「吃格药是…」: 格 is 的 after what one takes or needs, before 是 or 药; 「配一瓶新格」: a new one (never 价格是, 格列美脲).
  [/(?<=配|吃|用|要|缺|买|开|断|打)格(?=是|药)|(?<=[新旧])格(?![个列子外式局林兰调言])/g, '的'],
  // 崇明话: 伲 is I (「伲要」, 「借伲两粒」), never in 伲福达 (nifedipine) or 伲子 (son). 弗 is 不 (「弗会动」, 「要弗要紧」), never in
  // 优思弗 or 弗隆, nor before 要了, 买了, 跟了 (under a chain 「老白酒伲弗买了」 read 不买了 would cancel one's order). 格 is 的 before
  // a pause (「老头子用格 三包」, 「罗氏格 一盒」), never in 价格, 网格, 表格; before a word only after 伲 (read 我), a 队 or 组, or 倒
  // (「伲格降压药」, 「八组格陈阿婆」, 「晕倒格阿伯」): 「送菜格三轮车」, 「多余格塑料袋」 are left as they are.
  [/伲(?!福达|子)/g, '我'],
  [/(?<!优思)弗(?!隆|兰|洛伊|(?:要|买|跟|参加|拼)(?:了|哉|再))/g, '不'],
  // 「有啥毛病来寻伲」, 「孙子讲寻侬可以配药」: 寻 before who is sought is 找.
  [/寻(?=侬|你|伊|伲|我|他|她|人|医生|居委|网格)/g, '找'],
  [/(?<=[\u4e00-\u9fff])(?<![价表合资风严规性人品体网方空定升破及吡美替])格(?=$|[\s,,。!!??~、])/g, '的'],
  [/(?<=我|倒|[队组])格(?=[\u4e00-\u9fff])(?![列子外式局林兰调言个雷鲁瑞华哥隆])/g, '的'],
  [/晓得/g, '知道'],
  [/辰光/g, '时候'],
  [/覅/g, '不要'],
  [/勿/g, '不'],
  // Shanghainese 侪 is 都, all (「侪快没了」), never in 同侪, 吾侪.
  [/(?<![同吾])侪/g, '都'],
  // 「拨伊」, 「拨侬」: given to him, to you.
  [/拨伊/g, '给他'],
  [/拨(?=侬|阿拉)/g, '给'],
  // 「我好帮忙配药」, 「阿拉爷叔好开车」, 「配药好报伐」, 「夜里我好值班」, 「啥都好做」, 「侬好做啥」: 好 before what one does, after who or
  // what it is said of (or 都/也, a time), is 可以 (can) — never 你好 the greeting, 还好, 好想, 好开心, 不好做. (Only in words already
  // read as dialect; not after 伊/他/她 — 「讲伊好帮人家打针」 retells what another says he can.)
  [/(?<=[我你们公婆叔爷娘儿女子药购里人也都](?:到底|也|还|就|都|今天|明天|上午|下午|晚上|夜里|上半天|下半天|周末|礼拜[一二三四五六天日])?|到底)好(?=帮(?!手)|开车|配|报|接|登记|送|直接|跟你|同你|去|做|值班|守夜|巡逻|跑腿|搬|扛|翻译|陪|统计|教|修|照顾)/g, '可以'],
  [/(?<=[\u4e00-\u9fff])伐(?=$|[\s,,。!!??~])/g, '吗'],
  [/(?<=[\u4e00-\u9fff])额(?=$|[\s,,。!!??~])/g, '的'],
  // (「伊只剩两天了」, 「伊已经断了」, 「伊住56弄」: before an adverb or 住 too, or 伊只 reads as a name.)
  [/伊(?=讲|说|叫|血糖|血压|老|的|还|也|在|要|吃|不|就|刚|现在|只|剩|已经|一直|每(?:天|顿|餐|日|晚|次)|天天|平时|今天|明天|昨天|住|$|[\s,,。])/g, '他'],
  // 湖南, 四川: 「冇得了」 is 没有了 (none left), 「冇得事」 没有事; 哒 after it, or after what is used up, is 了 (「冇得哒」, 「吃完哒」).
  [/冇得/g, '没有'],
  [/(?<=没有|完|光)哒/g, '了'],
  [/冇咗/g, '没有了'],
  [/冇(?:有)?/g, '没有'],
  [/啥/g, '什么'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/係咪|系咪/g, '是不是'],
  [/係/g, '是'],
  // Simplified, 係 arrives as 系 (as in 系统, 关系): the copula only after a subject or an adverb (我系护士).
  [/(?<=[我你佢他她都就真唔不仲也还但])系(?![统列数着好上])/g, '是'],
  [/喺/g, '在'],
  // 「唔得」 is 不行 (not 「唔得閒」, not free; not 「得唔得」, asking whether it is all right).
  [/(?<!得)唔得(?!闲)/g, '不行'],
  [/唔/g, '不'],
  [/啲/g, '些'],
  [/佢/g, '他'],
  [/边个/g, '谁'],
  [/边位/g, '哪位'],
  [/点样/g, '怎么'],
  [/老豆/g, '爸爸'],
];

/**
 * Pinyin typed where a phone has no Chinese input (「wo zhu 5 hao lou 302」, 「zen me yong」): whole
 * phrases only, never a lone syllable that is also an English word (me, lou, dong).
 */
const PINYIN_ANY = /\b(?:zen ?me|cai ?dan|bang ?zhu|hao ?lou|zhi ?yuan ?zhe|men ?pai|di ?zhi|wo (?:zhu|jia|xiang|yao|de)|ni (?:neng|hui|ke))\b/i;
const PINYIN: [RegExp, string][] = [
  [/\bzen ?me ?(?:shi ?)?yong\b/gi, '怎么用'],
  [/\bcai ?dan\b/gi, '菜单'],
  [/\bbang ?zhu\b/gi, '帮助'],
  [/\bni (?:neng|hui|ke ?yi) (?:gan|zuo) ?(?:sha|shen ?me)\b/gi, '你能做什么'],
  [/\bwo (?:zhu|jia) (?:zai )?(?=\d)/gi, '我住'],
  [/(\d+) ?hao ?lou\b/gi, '$1号楼'],
  [/\bzhi ?yuan ?zhe\b/gi, '志愿者'],
  [/\bmen ?pai(?: ?hao)?\b/gi, '门牌'],
  [/\bdi ?zhi\b/gi, '地址'],
  [/\bwo (?:xiang|yao) (?:dang|zuo) /gi, '我想当'],
  [/\bwo de (?:xin ?xi|zi ?liao)\b/gi, '我的信息'],
];

/** A slow typist's 「我 的 药 吃 完 了」: four or more single characters, each followed by a space. */
const SPACED = /(?:[\u4e00-\u9fff\d+] ){3,}[\u4e00-\u9fff\d+]/g;

/** The text in plain Mandarin words, for reading (normalised text in, normalised text out). */
export function plainWords(text: string): string {
  let t = text.includes(' ') ? text.replace(SPACED, (run) => run.replace(/ /g, '')) : text;
  if (PINYIN_ANY.test(t)) for (const [re, word] of PINYIN) t = t.replace(re, word);
  if (ANY.test(t)) for (const [re, word] of WORDS) t = t.replace(re, word);
  // What voice input made of the words said (a repeat, 盒 heard as 和), once the dialect is Mandarin.
  return spokenWords(t);
}
