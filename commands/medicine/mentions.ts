import { EN_CATEGORY, EN_ENDINGS, EN_NAMES, foldSound, isCategoryName, NOT_NAMES, sameClass, sameDrug, ZH_CATEGORY, ZH_ENDINGS, ZH_FORMS, ZH_NAMES, ZH_PREFIXES } from './lexicon.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** A medicine named in a message, where it was written. */
export interface Mention {
  /** As written (normalised: simplified Chinese); English in its case. */
  name: string;
  index: number;
  /** How much of the text it spans (a name said with a pause, "硝苯地平 对 控释片", spans more than its name). */
  length: number;
  /** A name (氨氯地平, 拜新同, lipitor), or a category word (降压药, painkillers) that stands for one. */
  kind: 'name' | 'category';
}

/** How a mention was found: from the lexicon (trusted most), by how generics end, or by where it stands. */
type Source = 'lexicon' | 'ending' | 'place';
type Found = Mention & { source: Source };
const RANK: Record<Source, number> = { lexicon: 3, ending: 2, place: 1 };

/** Names of a class that other names belong to: beside a brand ("诺和灵 … 胰岛素不能断") they are its category. */
const CLASS_NAMES = new Set(['胰岛素', 'insulin', '中药', 'insulin pens', '眼药水', '滴眼液', '益生菌', '维生素', '维他命', '铁剂', '钙剂', '钙片', '药膏', '膏药']);
// (「胰岛素笔 来得时」: the pen, as the cartridge, is the class the brand after it names.)
const CLASS_WITH_FORM = /^(?:胰岛素|眼药水|滴眼液)(?:笔芯|注射液|针|笔|注射笔)$/;
/**
 * A name that stands for a kind, for which a brand said later is the medicine meant ("insulin", then "Novorapid pens"):
 * the category phrases (降压药, "blood pressure pills") and the classes kept as names (胰岛素, insulin, 眼药水).
 */
export const isKindName = (name: string): boolean => isCategoryName(name) || CLASS_NAMES.has(name.trim().toLowerCase()) || CLASS_WITH_FORM.test(name.trim());

const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A salt said after the name ("孟鲁司特钠咀嚼片", "氯沙坦钾片") and then its form.
// 「胰岛素笔用针头」: what a supply is for, then the supply.
const FORM = `(?:(?:钠|钾|钙|镁|二乙胺)?(?:${alternation(ZH_FORMS)})(?:用?(?:针头|笔芯|试纸))?)?`;
const FORM_AT = new RegExp(`^${FORM}`);
const HEARD_YAO = /(?:降血压|降血糖|降血脂|降压|降糖|降脂|止痛|止疼|止咳|退烧|退热|安眠)要(?=\s*(?:快|都|已经)?(?:吃完|用完|没了|没有了|断了|只剩|还剩|快没))/g;
/** How a pill looks, said after its class: 「那个白色小药片」, 「那种黄色的胶囊」, 「小白片」. */
const LOOKS = /^\s?(?:那个|那种|这个|这种)?\s?((?:(?:白|黄|红|粉|蓝|绿|橙|紫|棕|灰)色?(?:的)?(?:小|大|圆|扁|长)?|(?:小|大|圆|扁|长)(?:的)?(?:白|黄|红|粉|蓝|绿|橙|紫|棕|灰)色?(?:的)?)(?:药片|药丸|片子|片|丸子|丸|胶囊))/;
/** Makers whose name residents say as part of the medicine's. */
const MAKER_BEFORE = /(?:步长|同仁堂|北京同仁堂|白云山|江中|修正|仁和|哈药|九芝堂|雷允上|胡庆余堂|达仁堂|以岭|天士力|三九|999|太极|马应龙|敬修堂|陈李济)$/;
const PROPER_BEFORE = /(?:^|[^\u4e00-\u9fff]|[的了是个那这就要配买开吃和跟还有我你她们里及与也都在把给让叫点些盒瓶支粒包帮请问能可想需说先再又没剩用够断快对下])([\u4e00-\u9fff]{2,4})$/;
const PURPOSE_BEFORE = /(?:跌打|风湿|止痛|镇痛|活血|关节|消炎|伤湿|骨痛|腰痛)$/;
const TOILETRY = /^(?:牙膏|牙刷|洗发水|沐浴露|香皂|洗面奶)/;
const PREFIX_AT = new RegExp(`(?:${alternation(ZH_PREFIXES)}|[\\u4e00-\\u9fff]{1,3}酸氢?)+$`);

/** The lexicon's names by their first character as it sounds, longest first: one look per character of a message. */
const BY_FIRST = new Map<string, string[]>();
const KNOWN = new Set(ZH_NAMES);
for (const name of [...ZH_NAMES].sort((a, b) => b.length - a.length)) {
  const folded = foldSound(name);
  const list = BY_FIRST.get(folded[0]!) ?? [];
  list.push(folded);
  BY_FIRST.set(folded[0]!, list);
}

/**
 * The lexicon's names in a text, with the salt written before and the form after: "苯磺酸氨氯地平片".
 * A name written by its sound (「胰道素」, 「阿斯匹灵」) counts when it is three characters or more and
 * keeps the characters the resident wrote.
 */
function* lexiconNames(text: string): Generator<{ name: string; index: number }> {
  const heard = foldSound(text);
  for (let i = 0; i < text.length; i++) {
    const length = BY_FIRST.get(heard[i]!)?.find((n) => heard.startsWith(n, i) && (n.length >= 3 || KNOWN.has(text.slice(i, i + n.length))))?.length;
    if (length === undefined) continue;
    // 「云南白药牙膏」 is toothpaste.
    if (TOILETRY.test(text.slice(i + length))) continue;
    const name = text.slice(i, i + length);
    // A salt is written right before the name; the words before it (「那个」, 「配个」) are not part of it.
    // (「跌打膏药」, 「风湿膏药」, 「止痛膏药」: what a plaster or a medicinal wine is for is part of its name.)
    let prefix = (/^(?:膏药|药膏|药酒)$/.test(name) ? PURPOSE_BEFORE.exec(text.slice(Math.max(0, i - 2), i))?.[0] : undefined) ?? PREFIX_AT.exec(text.slice(Math.max(0, i - 8), i))?.[0] ?? '';
    // (Nor a count: 「一支丁酸氢化可的松」 is 一支 and 丁酸氢化可的松.)
    // (Nor the verb's end: 「配一下苯磺酸…」, 「代购盐酸…」, 「帮忙富马酸…」: no salt begins so.)
    while (prefix !== '' && (STOP.test(prefix[0]!) || /[一二两三四五六七八九十几\d片颗下购忙给来带送找问替]/.test(prefix[0]!)) && !ZH_PREFIXES.some((p) => prefix.startsWith(p))) prefix = prefix.slice(1);
    // (Nor what the writer says before it: 「她的药膏是丁酸氢化可的松」 — after 是, 的, 个 no salt goes on.)
    // (Nor after 有: 「谁家有盐酸氨溴索」 asks who has it; no salt begins after 有.)
    const said = /[的了是个那这就我你她在把给让叫有]/.exec([...prefix].reverse().join(''));
    if (said) prefix = prefix.slice(prefix.length - said.index);
    const formed = DEVICE_NAME.test(name) ? '' : FORM_AT.exec(text.slice(i + name.length))?.[0] ?? '';
    // (A device takes no form: 「血糖机针咀」 is the device and its needles.)
    // (「膏药贴完了」: a one-character form before 完/光 is the verb of using it up.)
    const form = formed.length === 1 && /^[完光]/.test(text.slice(i + name.length + 1)) ? '' : formed;
    // A brand's number (three of one digit, not a room) before the name and a variant after it are the name's: 「999感冒灵」, 「诺和灵30R」, 「维生素B12」, 「维生素AD」,
    // and an edition: 「美林儿童装」, 「善存银片」.
    // (And a maker's name: 「步长脑心通」, 「同仁堂安宫牛黄丸」.)
    const brand = prefix === '' ? /(?<![\dA-Za-z.])(\d)\1\1$/.exec(text.slice(Math.max(0, i - 4), i))?.[0] ?? MAKER_BEFORE.exec(text.slice(Math.max(0, i - 5), i))?.[0] ?? '' : '';
    // (A name ending in a letter takes its number too: 「维生素D3」.)
    const variant = form === '' ? (/[A-Za-z]$/.test(name) ? /^\d{1,2}(?![\d.]|\s*(?:mg|g|ml|u|iu|毫克|克|毫升|单位))/i : /^(?![xX]\d)(?:[A-Za-z]{1,2}\d{0,3}族?|\d{1,3}[A-Za-z])(?![A-Za-z\d])|^(?:儿童|婴儿|幼儿|小儿|成人|老年)(?:装|版|型)|^[银金](?=片|装)/).exec(text.slice(i + name.length))?.[0] ?? '' : '';
    const unit = /^\d+(?:mg|g|ml|u|iu)$/i.test(variant);
    // 「维生素C泡腾片」: the variant, then its form.
    const after = unit || variant === '' ? '' : FORM_AT.exec(text.slice(i + name.length + variant.length))?.[0] ?? '';
    // 「沙美特罗替卡松」: a known name and a generic the lexicon lacks, written together, are one compound.
    // (Not where another known name begins: 「妥布霉素地塞米松」 is two known names, joined later.)
    const next = i + name.length;
    const known = BY_FIRST.get(heard[next] ?? '')?.some((n) => heard.startsWith(n, next)) ?? false;
    const compound = form === '' && variant === '' && !known ? COMPOUND_AFTER.exec(text.slice(next))?.[0] ?? '' : '';
    // (「地高辛同呋塞米」: 同 is "and" in Shanghainese and Cantonese, as 跟 and 与 are: two names joined, no compound.)
    const tail = compound !== '' && ![...compound].some((c) => STOP.test(c)) && !/^[同跟与及或]/.test(compound) ? compound : '';
    yield { name: brand + prefix + name + form + (unit ? '' : variant) + after + tail, index: i - prefix.length - brand.length };
    i += name.length + form.length + (unit ? 0 : variant.length + after.length) + tail.length - 1;
  }
}
const COMPOUND_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{1,3}?(?:${alternation(ZH_ENDINGS)})${FORM}`);
const ZH_ENDING = new RegExp(`(?:${alternation(ZH_ENDINGS)})${FORM}`, 'g');
/**
 * A name not in the lexicon read by its form, as pharmacies write it: "克拉维酸钾片",
 * "复方甘草口服溶液", "氨糖软骨素胶囊". Forms that only medicines have are enough; the short ones
 * (片, 丸, 膏, 贴) also end foods and things (薯片, 肉丸, 牙膏), so they count only where medicine is the talk.
 */
const STRONG_FORMS = words('眼膏 滴剂 混悬滴剂 干混悬剂 胶囊 软胶囊 缓释胶囊 肠溶胶囊 颗粒 注射液 注射剂 口服液 口服溶液 滴眼液 眼药水 喷雾剂 气雾剂 吸入剂 都保 准纳器 吸入器 缓释片 控释片 肠溶片 分散片 咀嚼片 泡腾片 含片 滴丸 软膏 乳膏 贴剂 冲剂 糖浆 混悬液 栓剂 滴鼻液 滴耳液 凝胶 凝胶贴膏 贴膏 雾化液 雾化吸入液 吸入溶液 洗剂 乳胶剂 搽剂 酊剂 鼻喷剂');
const WEAK_FORMS = words('片 丸 膏 贴 喷雾 水 散');
const BY_FORM = new RegExp(alternation(STRONG_FORMS), 'g');
const FORM_END = new RegExp(`(?:${alternation(STRONG_FORMS)})$`);
/** 「硝苯地平 对 控释片」, 「左乙拉西坦 口服液」: a form said after a pause is the name's. */
// (「氨氯地平 片剂」: the word 片剂 too. 「二甲双胍（缓释片）」: in brackets it only describes the name before it, which stays as it
// is, as 「阿莫西林（胶囊）」 always read — never a second medicine.)
const FORMS_AFTER = alternation([...STRONG_FORMS, '片剂']);
const FORM_AFTER = new RegExp(`^(?:\\s*(?:对|就是|是)?\\s+(${FORMS_AFTER})|\\s*[(（]\\s*(${FORMS_AFTER})\\s*[)）])`);
// (「保济丸同埋一樽驱风油」: a list goes on after it.)
// (A voice run-on's particles after the name end it too: 「舒心丸啊吃完了啊」, 「活络丸呀只剩三天」.)
const BY_WEAK_FORM = new RegExp(`(?:${alternation(WEAK_FORMS)})(?:(?![\\u4e00-\\u9fff])|(?=同埋|和|跟|及|还有|以及|都|也|全|快|已经|没|吃完|用完|吃光|用光|啊|呀|哦|嘛|只剩|只有|就剩|还剩|还有))`, 'g');

const ZH_ANY = new RegExp([ZH_ENDING.source, ZH_CATEGORY.source, BY_FORM.source, BY_WEAK_FORM.source].join('|'));

/**
 * Each ending (a generic's, a form's) found in a text with the Chinese characters written right
 * before it, up to `most` of them: the ending is looked for first, so most text costs one scan.
 */
function* withPrefix(text: string, ending: RegExp, most: number, lettersFirst = false): Generator<{ prefix: string; ending: string; index: number }> {
  for (const m of text.matchAll(ending)) {
    let start = m.index;
    for (;;) {
      while (start > 0 && m.index - start < most && /[\u4e00-\u9fff]/.test(text[start - 1]!)) start--;
      // 「维C泡腾片」, 「维D钙咀嚼片」, 「碳酸钙D3片」: a letter (and its number) written between characters is the name's.
      const glued = m.index - start < most ? LETTERS_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[0] : undefined;
      if (glued === undefined || UNIT.test(glued)) break;
      start -= glued.length;
    }
    // 「VC泡腾片」, 「AD滴剂」: before a form of its own, capitals (and their number) begin the name.
    const first = lettersFirst ? LETTERS_FIRST.exec(text.slice(Math.max(0, start - 5), start))?.[0] : undefined;
    if (first !== undefined && m.index - start < most) start -= first.length;
    yield { prefix: text.slice(start, m.index), ending: m[0], index: start };
  }
}
const EN_VITAMIN = /\bvitamin\s?(?:[a-ek]\d{0,2}|b[- ]?complex)(?![a-z\d])|\bcoq-?10\b/gi;
/** A variant's letters and number (C, D3, Q10, B12), glued to the characters before it: not a dose's unit (「500mg片」). */
const LETTERS_BEFORE = /(?<=[\u4e00-\u9fff])[A-Za-z]{1,2}\d{0,3}$/;
const UNIT = /^(?:mg|g|ml|u|iu|ug|kg)$/i;
const LETTERS_FIRST = /(?<![A-Za-z\d.])[A-Z]{1,2}\d{0,3}$/;
/** What a short form also ends that is no medicine. */
// (麝香 begins medicine names: 麝香壮骨膏, 麝香追风膏.)
const NOT_BY_FORM = /薯|虾|糕|肉|鱼|面包|饼|土豆|照|图|名|卡|刀|纸|玻璃|牙|芯|雪|瓦|木|铁|菜|果|米|(?<!麝)香|豆|药|海报|贴纸|春联|福/;

/** Characters that never begin a medicine's name: the words around it ("就是那个", "帮我配", 「求点」); not 他, which begins 他克莫司 and stands inside 倍他司汀. */
const STOP = /[的了是个那这就要配买开吃和跟还有我你她们里及与也都在把给让叫点些盒瓶支粒包帮请问能可想需药说讲报啊呀嗯先再又没剩用够断快什么对下求]/;
/** 可 stops a name only as a word of its own (可以, 可能, 可不): 可乐必妥, 可达龙, 可多华 begin with it. */
const stopsAt = (text: string, i: number) => STOP.test(text[i]!) && !(text[i] === '可' && i + 1 < text.length && !/[以能不是]/.test(text[i + 1]!));
const EN_WORD = /[a-z][a-z-]{2,}/gi;
const EN_SET = new Set(EN_NAMES);
/** Whether a word is a known English name typed one letter wrong, missing, added, or two letters swapped. */
function typedFor(word: string): boolean {
  if (word.length < 6 || NOT_NAMES.has(word)) return false;
  return EN_NAMES.some((name) => Math.abs(name.length - word.length) <= 1 && name[0] === word[0] && oneEdit(word, name));
}
function oneEdit(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
/** "kids ibuprofen", "children's paracetamol": the edition said before an English name is part of it. */
const CHILD_BEFORE = /(?:小儿|儿童|婴儿|婴幼儿)$/;
const EN_AGE_BEFORE = /\b(?:kids'?|children'?s|child(?:ren)?|baby|infant|adult)\s+$/i;
const EN_FORM = /^\s+(?:pen needles|pens?|needles|lancets|inhalers?|turbuhalers?|accuhalers?|evohalers?|diskus|respimat|nebules|granules|drops|nasal spray|spray|patch(?:es)?|cream|ointment|gel|syrup|suspension|injections?|strips)\b/i;

const QTY = '(?:\\d{1,3}|[一二两三四五六七八九十几])\\s*(?:盒|瓶|支|粒|包|板|袋|片|颗|罐|个)';
/** "配两盒脉优吗", "帮我带两盒倍他乐克": a name right after the verb (and a quantity). */
const AFTER_VERB = new RegExp(
  `(?:(?:配|买|开(?=点|些|一下|\\d|[一二两三四五六七八九十几]\\s*(?:盒|瓶|支))|带|拿|备|匀|弄)(?:一下|点儿?|些|个)?(?:${QTY})?|(?:需要|要)(?:${QTY}))\\s*([\\u4e00-\\u9fff]{2,8}?)(?=吗|呢|吧|啊|呀|了|,|。|!|\\?|\\s|$|和|、|跟|及|还有|各|也|都|${QTY})`,
  'g',
);
/**
 * After a medicine word: 「是X跟Y」 to the end of the clause, or (X) in brackets. At most eight
 * names: 跟, 和, 、 and 及 are Chinese characters too, so an unbounded list cut a long run of them
 * into names in exponentially many ways (70 characters took minutes).
 */
const NAMED_AFTER = /药(?:[^。,,!!??\n]{0,12}?(?:(?<![真还可但都也不要于总倒算我你他她伊佢老若凡硬正])是|(?<=药)系|叫做|叫)\s*|\s*[((]\s*)((?:[\u4e00-\u9fff]{2,6}(?:跟|和|、|及)){0,7}[\u4e00-\u9fff]{2,6})(?=\s*[))]|$|[\s,,。!!??])/g;
/** Capitalised brands after a request verb in English ("get Calpol for", "refill my Exforge"). */
const EN_BRAND = /\b(?:get|buy|refill|pick up|bring|fetch|order|needs?|spare)\s+(?:me\s+|him\s+|her\s+|us\s+)?(?:some\s+|more\s+|my\s+|his\s+|her\s+|the\s+|a\s+box\s+of\s+)?([A-Z][a-z]{3,14})\b/g;
const EN_BRAND_SAID = /(?:\b(?:my|his|her|our|their|[A-Za-z]+'s)\s+|\bcalled\s+|\bout of\s+|\bname\b[^.,;!?]{0,16}?\b(?:is|was)\s+|(?:吃的是|用的是|吃|用|写的|药名(?:是|叫)?|药(?:叫|是))\s*)([A-Z][a-z]{3,14})\b/g;
// (A place owned by a name — "Children's Hospital", "Huashan's Pharmacy" — is where someone goes, never a brand.)
const EN_NOT_BRAND = /^(?:Stock|Time|Control|Breath|Range|Order|Town|Money|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Chinese|English|Building|Block|Room|Flat|Please|Thanks|Wife|Husband|Son|Daughter|Father|Mother|Kids|Children|Baby|Neighbour|Neighbor|Doctor|Friend|Ayi|Maid|Helper|Aunt|Auntie|Aunty|Uncle|Granny|Nana|Mr|Mrs|Ms|Miss|Dr|Apartment|Compound|Hello|Sorry|Sir|Madam|France|China|Germany|Japan|Korea|Shanghai|Gubei|WeChat|Thank|Some|More|Medicine|Help|Food|Groceries|Water|Milk|Eggs|Bread|Rice|Someone|Anyone|Everyone|Mum|Mom|Dad|Grandma|Grandpa|Tissues|Masks|Gloves|Wipes|Diapers|Nappies|Cookies|Biscuits|Noodles|Chocolates?|Candy|Coffee|Beer|Juice|Cereal|Apples|Oranges|Bananas|Vegetables|Fruit|Batteries|Paper|Toilet|Hospital|Pharmacy|Clinic|Centre|Center|Store|Shop|Supermarket|Market|Office|Station|School)$/;
/**
 * A capitalised word read by its place that is a person's name (Emma, Grace, Aunt Mei): written after a
 * title, owning something ("Grace's blood pressure pills"), given something ("bring Emma her inhaler",
 * "fetch Oliver 2 boxes of Panadol") or having something ("my Sophie has a cough"). A brand is taken,
 * refilled or bought; it owns, receives and catches nothing.
 */
const EN_TITLE_BEFORE = /\b(?:aunt(?:ie|y)?|uncle|mr|mrs|ms|miss|dr|doctor|granny|grandma|grandpa|nana|madam|auntie|little|baby|brother|sister|cousin)\.?\s+$/i;
const EN_PERSON_AFTER = /^(?:['’]s\b|\s+(?:her|his|their|them|him|me|us)\b|\s+(?:some|more|a|an|one|two|three|\d{1,2})\s+(?:(?:boxes|box|packs?|packets?|bottles?|tubes?|strips?|pens?)\s+of\b|[a-z]+\s+(?:pills|medicine|meds|syrup|inhaler|insulin|tablets|drops|cream)\b|(?:pills|medicine|meds|syrup|inhaler|insulin|tablets|drops|cream)\b)|\s+(?:has|had|got|caught)\s+(?:a|an|the|fever|flu|covid|asthma|diabetes|been)\b|\s+(?:is|was|feels?|gets?|got)\s+(?:sick|ill|unwell|coughing|feverish|poorly|not (?:well|feeling))\b)/i;
const personNamed = (text: string, at: number, end: number): boolean => EN_TITLE_BEFORE.test(text.slice(Math.max(0, at - 10), at)) || EN_PERSON_AFTER.test(text.slice(end, end + 40));
const EN_SALTED = /\b([a-z]{4,})\s+(?:succinate|sulfate|sulphate|fumarate|gluconate|carbonate|citrate|besylate|besilate|hydrochloride|tartrate|maleate|mesylate|bisulfate|acetate|lactate)\b/gi;
const EN_NOT_SALTED = /^(?:some|need|needs|with|from|have|more|that|this|what|which|your|their|buy|get|and|the|any|of)$/i;
/** English words that say a medicine is needed now. */
const NEED_EN = /ran out|run out|running out|runs out|out of|refill|days? left|prescription|pharmacy|chemist|medicine|meds\b|pills|tablets/i;
const EN_BRACKETED = /(?:pills|meds|medicine|medication|tablets|inhaler|drops|insulin)\s*\(\s*([A-Za-z][a-z]{3,14})\s*\)/gi;
/** "2 packs of Betaloc", "one box of euthyrox": a name after a count of packs. */
const EN_PACKS_OF = /\b(?:\d{1,2}|one|two|three|four|five|a)\s+(?:boxes|box|packs?|packets?|bottles?|tubes?|pens?|strips?)\s+of\s+([A-Za-z][a-z]{3,14})\b/gi;

const MED_QTY = '(?:\\d{1,3}|[一二两三四五六七八九十几])\\s*(?:盒|瓶|支|粒|包|板|袋|片|颗|罐)';
const MED_QTY_AT = new RegExp(MED_QTY);
/** A count right after a name, its own (「二甲双胍要三盒」). */
const OWN_COUNT_AFTER = new RegExp(`^\\s*(?:要|配|买|拿)?\\s*${MED_QTY}`);
const COUNTED_BEFORE = new RegExp(`(?:\\d{1,3}|[一二两三四五六七八九十几])\\s*(?:盒|瓶|支|包|袋|罐)[\\u4e00-\\u9fff]{2,5}$`);
const NAME_END = `(?=吗|呢|吧|啊|呀|了|,|。|!|\\?|\\s|$|和|、|跟|及|还有|各|也|都|${MED_QTY})`;
/** A name owned (or said first) and running out: 「我爸的复方利血平吃完了」, 「老头子的保栓通只剩三天」, 「陈伯伯 保栓通吃完了」. */
// (「我爸的优思弗」: the name never holds 的, so the owner before it is not read as part of it; 「家里金双歧吃完了」, 「信立坦还能吃五天」.)
const OWNED_RUNNING_OUT = /(?:的|药|家里|屋里|^|[\s,,。!!?:])((?:(?!的)[\u4e00-\u9fff]){2,6}?)(\s*(?:昨天|今天|前天|明天|后天|大后天|这两天|刚刚|刚才|早就)?(?:快|都|已经|只|就|还)?(?:吃完|用完|打完|吃光|用光|没了|没有了|断了|只剩|只有|还剩|剩下?|就剩|快没|(?:还|只)?(?:能|可以)(?:吃|用)(?=\s*(?:\d|[一二两三四五六七八九十几半]))|还够|只够|还有(?=\s*(?:\d{1,3}|[一二两三四五六七八九十几半]{1,3})\s*天)))/g;
/**
 * A person's name (小林, 老周, 王建平, 张志康): where medicine is not otherwise the talk, someone who 吃完了 has finished
 * a meal — a name ending as brands do (平, 康, 林) is no brand when it has a person's shape: 小/老 and one character, or a
 * common surname and one or two. (Known brands that begin so — 黄连素 — are found by the lexicon, not here.)
 */
const PERSONAL_NAME = /^(?:小|老)[\u4e00-\u9fff]$|^[王李张刘陈杨黄赵吴周徐孙胡朱高林何郭罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊陆郝孔崔邱秦史顾侯邵孟段钱汤尹黎易乔贺赖龚][\u4e00-\u9fff]{1,2}$/;
/** How Chinese brand names end (保栓通, 脉优, 心可舒, 迈之灵): where medicine is not otherwise the talk, an owned thing running out is one only if it ends so. */
// and how generics end (左旋多巴, 甲氨蝶呤, 泼尼松, 左氧氟沙星, 阿昔洛韦).
const BRAND_LIKE = /[通宁平康乐舒灵安素欣定克妥喜泰力优林达坦特清丸片啉胺酮醇酯嗪唑芬辛敏巴呤松星韦复弗爽歧瑞赛邦酶停诺]$/;
// (In a run-on with no pause, the next clause's time or stock words end it too: 「叫做妥泰现在只剩…」, 「叫做必可酮而家得返…」.)
const NAME_BOUNDARY = '(?=\\s|$|[,，。!！?？、]|的|只|还|快|已经|吃完|用完|打完|滴完|没|剩|就|都|也|现在|而家|宜家|目前|今天|最近|大概|差不多|每天|平时|仲|得返|净)';
const CALLED = new RegExp(`(?:叫做|名叫|名字叫|名字是|药名是|药名叫|(?:药|药水|的|那个|个)\\s*叫(?:(?:什么|啥)(?=[\\u4e00-\\u9fff]))?(?!做)|(?:^|[\\s,,])叫(?:什么|啥)(?=[\\u4e00-\\u9fff]))\\s*((?:(?!的)[\\u4e00-\\u9fff]){2,6}?)${NAME_BOUNDARY}`, 'g');
// (「胃藥係耐適恩」: the Cantonese 係 is the 是 before the name.)
const NAME_AFTER_CLASS = new RegExp(`^\\s?(?:系\\s?)?((?:(?!的)[\\u4e00-\\u9fff]){2,5}?)${NAME_BOUNDARY}`);
const ZH_CATEGORY_AT = new RegExp(`^(?:${ZH_CATEGORY.source})`);
const DAYS_THEN_NAME = /^\s?(?:还|只|就)?(?:剩|有|够|能吃)?[^\s,，。!！?？]{0,6}?(?:天|完了|光了|没了|吃完|用完)(?:了)?\s+((?:(?!的)[\u4e00-\u9fff]){2,7}?)(?=\s|$|[,，。!！?？])/;
/** Who it is for, said where a name would stand after a class word: 「降压药老头子…」. */
const PERSON = /^(?:老(?:头|伴|公|婆|太|爷|人|王|李|张|陈|周)|小(?:孩|朋友|李|王|张|陈|宝))|[爸妈婆爷奶伴儿女姐哥弟妹叔姨伯舅]|平时|平常|一直|经常/;
const TAKEN = /(?:吃|用|打|服)的(?:是|那个|这个|就是)?\s*((?:(?!的)[\u4e00-\u9fff]){2,5}?)(?=\s|$|[,，。!！?？]|就是|也|都|还|快|只|每天|一天|现在|而家|目前|已经|大概)/g;
/** A name right after its count, written together: 「还有一盒保栓通」, 「两盒脉优」 (「一瓶 孩子扭伤了」 is a count after a name). */
const COUNT_THEN_NAME = new RegExp(`${MED_QTY}([\\u4e00-\\u9fff]{2,8}?)${NAME_END}`, 'g');
/** A name said alone before its count: 「脈優兩盒 保栓通一盒」. */
const NAME_THEN_COUNT = new RegExp(`(?:^|[\\s,,。::;;、])([\\u4e00-\\u9fff]{2,6}?)\\s?${MED_QTY}`, 'g');
/** The next name of a list: 「施尔康 跟 易蒙停」, 「血塞通 两盒 还有心可舒 一盒」. */
const LISTED_NEXT = new RegExp(`^\\s*(?:${MED_QTY})?\\s*(?:跟|和|、|及|还有|以及|加上?|另外|同埋)\\s*(?:${MED_QTY})?\\s*([\\u4e00-\\u9fff]{2,8}?)${NAME_END}`);

/** "药名是单硝酸异山梨酯", "药名:格列美脲". */
const LABELLED = /(?:药名|药品名?|药的名字)\s*(?:是|叫|[:：])\s*([\u4e00-\u9fffA-Za-z]{2,12})/g;

/** A name found by where it stands is taken only if it reads like one (not 「我们家」, not 「一盒」). */
/** Foods and what is said, counted the way medicine is (「两盒草莓」, 「医生说」): never a medicine's name found by its place. */
const FOODS = /[莓果蛋奶菜肉鱼米面粮饭饼酒薯虾糕说讲]/;
const TIME_WORDS = /^(?:今天|明天|昨天|后天|前天|以前|之前|原来|本来|上个?|下个?|这个?|本)|^(?:今|明|昨|前)(?:晚|早|夜|儿)|星期|礼拜|开始|现在|马上/;
/** Who it is for, what ails them, and thanks (「配一支 哮喘」, 「宝宝发烧 一瓶」, 「配两支谢谢谢谢」): said where a name would stand, never one. */
// (「每餐一片」, 「现仅余一瓶」: how often it is taken and how little is left, in a formal hand, are no name either.)
// (「只有一瓶了」, 「仅有一盒」: the stock said with 有, as with 余; 「腰痛老毛病」, 「肩膀疼老毛病」: a pain of the body, or an old complaint,
// anywhere in the words, is what it is for.)
// (「至少两盒」, 「最好两盒」, 「照旧两盒」, 「老样子 两盒」: a hedge on the count, or as before, said where a name would stand.)
// (「降压药眼看只剩三天了」, 「看样子只剩两天」: how soon, said where a name would stand before running out.)
const NOT_BY_PLACE = /^每|^(?:至少|最少|起码|最好|尽量|照旧|照常|依旧|老样子|老规矩)|^(?:只|仅|就|才|现在只|现只)有|[头牙腰背胃肚腹胸颈肩膀膝腿脚节骨经][疼痛]|毛病|仅余|中间|期间|之间|中途|到时候?|顺(?:便|路|手)?带|所余|尚余|现余|处方|病历|医院|手机|医保|证明|单子|报告|昨天|今天|明天|前天|后天|明后天|刚才|净系|净係|淨係|现在|早上|晚上|每天|每日|每次|一天|每样|每种|一样|吃$|大概|大约|差不多|估计|可能|好像|顶多|最多|眼看|眼瞅|看样子|看来|目前|眼下|具体|随便|总共|一共|又|[疼痛]$|谢|宝宝|孩子|小孩|儿子|女儿|发烧|发热|咳嗽|哮喘|感冒|拉肚子|腹泻|头疼|头痛|肚子|喉咙|失眠|血压高|高血压|糖尿病/;
/**
 * Words said where a name stands that are no medicine, by their shape or class: a child's or a pet's
 * doubled nickname (安安, 豆豆, 乐乐 — no medicine's name begins with a doubled character) and a
 * description ending in one (糊兮兮, 干巴巴, 昏沉沉), a place
 * (徐汇区, 长宁路那边, a district of Shanghai), a shop or an app where it was not found (叮咚, 盒马, 京东),
 * a fraud (骗子, 诈骗), kin (阿爸, 阿婆), and a voice run-on's next clause (「…最后一板而且快吃完了」: a
 * conjunction begins no name, and no name holds the words of running out), nor a please (「劳驾带一瓶」, 「拜托带一瓶」), nor who pays
 * said after the count (「…配一瓶 钱雇主会转」, 「费用雇主付」: money and paying begin or hold no name).
 */
const NOT_A_NAME =
  /^(?:钱|钞票|费用|药费|药钱|货款|款)|转账|转钱|付钱|付款|会(?:转|付|给|还)|^([\u4e00-\u9fff])\1|([\u4e00-\u9fff])\2$|^(?:而且|并且|但是|可是|所以|因为|然后|不过|现在|已经)|^(?:拜托|劳驾|劳烦|有劳|烦请|恳请)|吃完|用完|吃光|用光|快吃|快用|(?:区|路|街|镇|村|县|市|省|弄|巷|广场|小区|新村|公寓|花园|大厦|商场|超市|药店|药房|那边|这边|那里|这里|附近|门口)$|那边|这边|附近|^(?:浦东|徐汇|静安|黄浦|长宁|普陀|虹口|杨浦|闵行|宝山|嘉定|金山|松江|青浦|奉贤|崇明|张江|七宝|陆家嘴|五角场|徐家汇|叮咚|盒马|美团|饿了么|拼多多|多多|京东|淘宝|天猫|朴朴|大润发|家乐福|联华|华联|永辉|山姆|麦德龙|每日优鲜|益丰|老百姓|一心堂|国大|海王星辰|便利蜂|快递|外卖|骗子|诈骗|骗局|冒充)|^阿(?:爸|妈|爷|嫲|婆|公|伯|叔|姨)|[爸爷嫲婆]/;
/**
 * 「叫做福避痛」, 「名叫必理痛」: a name said to be one that ends as pain does (Taiwan's and Hong Kong's painkillers and gout pills)
 * is a brand, not the ailment a name's place otherwise rules out — unless it is a pain of the body (「叫做偏头痛」).
 */
const calledPainBrand = (name: string) => name.length >= 3 && /[疼痛]$/.test(name) && !/[头牙腰背胃肚腹胸颈肩膝腿脚节骨经]\s?[疼痛]$/.test(name) && plausible(name.slice(0, -1));
export function plausible(name: string): boolean {
  return !NOT_A_NAME.test(name) && !TIME_WORDS.test(name) && !NOT_BY_PLACE.test(name) && !name.startsWith('他') && !FOODS.test(name) && !/都|也|牌子|[那这](?:个|种)|瓶子|盒子/.test(name) && !NOT_NAMES.has(name) && !stopsAt(name, 0) && !/伐$/.test(name) && !/[半剩要配帮烦不换的了吗呢吧啊呀我你她药哦各车送去人来走到回家里哪谁啥怎\d一二两三四五六七八九十几廿卅俩仨]/.test(name);
}

/**
 * Every medicine named in a text, in the order written, without overlaps. A name known to the
 * lexicon, a name ending like a generic, a category word, a name right after 配/买/开 or after
 * 药名; substitutes ("奥美拉唑也行", "可以换成雷替斯") are left out: they are not asked for.
 */
/**
 * 「我要两盒益安宁」, 「我想要兩盒舒思敏」: a name the lexicon lacks, right after wanting it with its count, ending as brands and generics do.
 * Read by the recogniser in a private chat only, to the bot (in a group 「谁能帮忙带一盒特仑苏」 is milk); never a drink (两瓶可乐).
 */
const WANTED_COUNTED = new RegExp(`(?:需要|想要|(?<![不别])要)\\s*${MED_QTY}\\s*([\\u4e00-\\u9fff]{2,6}?)${NAME_END}`, 'g');
const DRINK = /可乐|芬达|雪碧|红牛|咖啡|奶茶|茶$|水$|汁$|酒$/;
export function wantedCounted(text: string): Mention[] {
  return [...text.matchAll(WANTED_COUNTED)].filter((m) => plausible(m[1]!) && BRAND_LIKE.test(m[1]!) && !DRINK.test(m[1]!)).map((m) => ({ name: m[1]!, index: m.index + m[0].length - m[1]!.length, length: m[1]!.length, kind: 'name' as const }));
}

export function findMentions(text: string): Mention[] {
  const found: Found[] = [];
  const add = (name: string, index: number, kind: Mention['kind'], source: Source, length = name.length) => {
    // 「胰岛素笔芯」: a class name with its form is still the class.
    const k = CLASS_NAMES.has(name.toLowerCase()) || CLASS_WITH_FORM.test(name) ? 'category' : kind;
    found.push({ name, index, length, kind: k, source });
  };
  // The words before a form, cut after the last character that never begins a name ("帮我配阿莫西林克拉维酸钾片").
  const addByForm = ({ prefix, ending, index }: { prefix: string; ending: string; index: number }, source: Source) => {
    // 「医生说多喝水」, 「多休息多喝水」: water drunk is advice, not a medicine's form; nor is a symptom (流鼻水, 流眼水, 口水).
    if (ending === '水' && /(?:[喝饮]|流(?:鼻|口|眼)?|[鼻口眼汗泪])$/.test(prefix)) return;
    let cut = 0;
    for (let i = 0; i < prefix.length; i++) if (stopsAt(prefix, i)) cut = i + 1;
    if (prefix.length - cut >= 2) add(prefix.slice(cut) + ending, index + cut, 'name', source);
  };
  for (const m of lexiconNames(text)) {
    // "硝苯地平 对 控释片": the form said after a pause is part of the name.
    const form = FORM_AFTER.exec(text.slice(m.index + m.name.length));
    add(form?.[1] ? m.name + form[1] : m.name, m.index, 'name', 'lexicon', m.name.length + (form?.[0].length ?? 0));
  }
  // One look for anything Chinese a name could end in or be called by; most chatter has none.
  const zh = ZH_ANY.test(text);
  for (const { prefix, ending, index } of zh ? withPrefix(text, ZH_ENDING, 4) : []) {
    let cut = 0;
    for (let i = 0; i < prefix.length; i++) if (stopsAt(prefix, i)) cut = i + 1;
    const name = prefix.slice(cut) + ending;
    if (prefix.length > 0 && name.length >= 3) add(name, index + cut, 'name', 'ending');
  }
  // A category word heard by its sound (「降雅药」) keeps the characters written.
  const heard = foldSound(text);
  for (const m of zh ? text.matchAll(ZH_CATEGORY) : []) {
    // 「降压的那个白色小药片」: a class and how the pill looks is all the name a resident has.
    const looks = LOOKS.exec(text.slice(m.index + m[0].length));
    // 「珍菊降压片」, 「复方降压片」: a class with its form, a proper name before it, is that name.
    const proper = /[片丸囊粒剂浆膏贴雾]$/.test(m[0]) ? PROPER_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[1] : undefined;
    // (Not 「发现自己个哮喘喷雾」: words of the writer's, a 个 or 自己 in them, are no name.)
    if (proper && plausible(proper) && !/[爸妈婆公爷奶伴头太儿女孩宝人]$/.test(proper) && !/[个的是了己]/.test(proper)) add(proper + m[0], m.index - proper.length, 'name', 'ending');
    else {
      // 「儿童退烧药」, 「小儿止咳的药水」: who the class is made for, said right before it, is part of the item (as "children's").
      const age = CHILD_BEFORE.exec(text.slice(Math.max(0, m.index - 3), m.index))?.[0] ?? '';
      // 「降血糖的那个」, 「控制血压的」: the class said with 的 and no 药 is written with its 药 put back (降血糖的药), as the corpora write it.
      const named = looks ? m[0] + looks[1] : /的$/.test(m[0]) ? `${m[0]}药` : m[0];
      add(age + named, m.index - age.length, 'category', 'ending', age.length + m[0].length + (looks?.[0].length ?? 0));
    }
    // 「胃药耐适恩」, 「抗凝血的药 可迈丁」: a word right after a class word ending in 药 is that medicine's name.
    const after = /药$/.test(m[0]) ? NAME_AFTER_CLASS.exec(text.slice(m.index + m[0].length)) : null;
    const name = after?.[1];
    const took = name && plausible(name) && !PERSON.test(name) && !/[是倒但却真又再也]/.test(name) && !ZH_CATEGORY_AT.test(name);
    if (took) add(name, m.index + m[0].length + after[0].length - name.length, 'name', 'place');
    // 「甲状腺药剩三天 昂特欣」: or alone after the class's days left, when it ends as brands and generics do.
    const later = !took && /药$/.test(m[0]) ? DAYS_THEN_NAME.exec(text.slice(m.index + m[0].length)) : null;
    if (later && plausible(later[1]!) && BRAND_LIKE.test(later[1]!) && !ZH_CATEGORY_AT.test(later[1]!)) add(later[1]!, m.index + m[0].length + later[0].length - later[1]!.length, 'name', 'place');
  }
  // 「眼药水 舒而坦 青光眼用的」: a brand-like word right after a class the lexicon knows (eye drops, an ointment) is that class's medicine.
  for (const c of found.filter((f) => f.kind === 'category' && /^[\u4e00-\u9fff]+$/.test(f.name) && !/药$/.test(f.name))) {
    const after = NAME_AFTER_CLASS.exec(text.slice(c.index + c.length));
    const name = after?.[1];
    if (name && plausible(name) && BRAND_LIKE.test(name) && !PERSON.test(name) && !ZH_CATEGORY_AT.test(name)) add(name, c.index + c.length + after[0].length - name.length, 'name', 'place');
  }
  // 「降压要快吃完了」: voice input writes 药 as 要 after a class that lowers or stops something, before it runs out.
  for (const m of zh ? text.matchAll(HEARD_YAO) : []) add(m[0], m.index, 'category', 'ending');
  for (const m of heard !== text && ZH_ANY.test(heard) ? heard.matchAll(ZH_CATEGORY) : []) add(text.slice(m.index, m.index + m[0].length), m.index, 'category', 'ending');
  for (const m of zh ? withPrefix(text, BY_FORM, 8, true) : []) addByForm(m, 'ending');
  // 「一瓶酒精和一盒棉签」: alcohol counted in bottles is the supply (alone, 酒精 is as often what is in a drink or a wipe).
  for (const m of text.includes('酒精') ? text.matchAll(COUNTED_ALCOHOL) : []) add('酒精', m.index + m[0].length - 2, 'name', 'lexicon');
  const talk = aboutMedicine(text);
  // A known medicine named (「天王补心丸 逍遥丸 各一盒」) makes a pill or plaster beside it medicine too.
  const named = talk || found.some((f) => f.kind === 'name');
  // 「一天一片」, 「最后一片」: a count of pills is no name.
  // 「买一瓶保济丸」: right after a count of boxes or bottles, a pill, plaster or ointment is medicine wherever it is said.
  const counted = (m: { prefix: string; ending: string; index: number }) => m.ending !== '水' && COUNTED_BEFORE.test(text.slice(0, m.index + m.prefix.length));
  // (Both looks below only where a medicine is named or a count of boxes is written: most chatter has neither.)
  const counts = MED_QTY_AT.test(text);
  if (zh && (named || counts)) for (const m of withPrefix(text, BY_WEAK_FORM, 6)) if ((named || counted(m)) && !NOT_BY_FORM.test(m.prefix) && !/[\d一二两三四五六七八九十几半]$/.test(m.prefix)) addByForm(m, 'place');
  if (/[a-z]{3}/i.test(text)) {
    for (const m of text.matchAll(EN_CATEGORY)) {
      const age = /^(?:kids|child|children|prenatal|pregnancy)/i.test(m[0]) ? '' : EN_AGE_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0] ?? '';
      add(age + m[0], m.index - age.length, 'category', 'lexicon');
    }
    const medicineTalk = talk || NEED_EN.test(text) || /\d\s*(?:mg|ml)\b|\b(?:box|boxes|packs?|strips?|bottles?)\b|\bfinish/i.test(text);
    for (const m of text.matchAll(EN_WORD)) {
      const word = m[0].toLowerCase();
      // "carbidopa-levodopa", "amoxicillin-clavulanate": two generics joined by a hyphen are one combination medicine, when one
      // of them is known or ends as a generic does ("drop-off", "mother-in-law" have no such part).
      const combined = /^[a-z]{3,}(?:-[a-z]{3,})+$/.test(word) && word.split('-').some((part) => EN_SET.has(part) || EN_ENDINGS.test(part));
      // "Lipitol", "metfromin": a known name typed one letter wrong (or two swapped), where medicine is the talk.
      if (!EN_SET.has(word) && !EN_ENDINGS.test(word) && !combined && !(medicineTalk && typedFor(word))) continue;
      const form = EN_FORM.exec(text.slice(m.index + m[0].length));
      const age = EN_AGE_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0] ?? '';
      add(age + (form ? m[0] + form[0] : m[0]), m.index - age.length, 'name', EN_SET.has(word) || (combined && word.split('-').some((part) => EN_SET.has(part))) ? 'lexicon' : 'ending');
    }
  }
  // "metoprolol succinate", "ferrous sulfate", "calcium carbonate": a generic and its salt are one name, where medicine is the talk; so is a vitamin and its letter.
  if (/[a-z]{3}/i.test(text) && (talk || NEED_EN.test(text))) {
    for (const m of text.matchAll(EN_SALTED)) if (!EN_NOT_SALTED.test(m[1]!)) add(m[0], m.index, 'name', 'lexicon');
    // "vitamin D3", "vitamin B12", "CoQ10": a vitamin with its letter is one medicine's name.
    for (const m of text.matchAll(EN_VITAMIN)) add(m[0], m.index, 'name', 'lexicon');
  }
  // Found by place only where medicine is the talk ("居委能开个证明吗" names none).
  // (Not elsewhere, even when the word ends as brands do: 「谁能帮忙带一盒特仑苏」 is milk.)
  for (const m of talk ? text.matchAll(AFTER_VERB) : []) {
    const name = m[1]!;
    if (plausible(name)) add(name, m.index + m[0].length - name.length, 'name', 'place');
  }
  const yao = text.includes('药');
  for (const m of yao ? text.matchAll(LABELLED) : []) {
    const name = m[1]!.replace(/[的了吗呢]+$/, '');
    if (name.length >= 2 && !NOT_NAMES.has(name)) add(name, m.index + m[0].length - m[1]!.length, 'name', 'place');
  }
  // 「药快没了 是脉优跟保栓通」, 「退烧药(美林)」: names said after the medicine, listed or in brackets.
  for (const m of yao ? text.matchAll(NAMED_AFTER) : []) {
    let at = m.index + m[0].length - m[1]!.length;
    for (const part of m[1]!.split(/(跟|和|、|及)/)) {
      if (!/^(?:跟|和|、|及)$/.test(part) && part.length >= 2 && plausible(part)) add(part, at, 'name', 'place');
      at += part.length;
    }
  }
  // "pick up Exforge for my dad": a brand written with a capital right after a request, where medicine is needed.
  if (/[A-Z]/.test(text) && NEED_EN.test(text)) {
    for (const m of text.matchAll(EN_BRAND)) if (!EN_NOT_BRAND.test(m[1]!) && !personNamed(text, m.index + m[0].length - m[1]!.length, m.index + m[0].length)) add(m[1]!, m.index + m[0].length - m[1]!.length, 'name', 'place');
  }
  // "my wife's Eltroxin", "the name in France is Dexeryl", 「一直吃的是Ritalin」: a capitalised brand owned, named, or taken.
  if (/[A-Z]/.test(text) && (talk || NEED_EN.test(text) || /\b(?:cream|ointment|tube|drops|spray|syrup)\b/i.test(text))) {
    for (const m of text.matchAll(EN_BRAND_SAID)) if (!EN_NOT_BRAND.test(m[1]!) && !NOT_NAMES.has(m[1]!.toLowerCase()) && !personNamed(text, m.index + m[0].length - m[1]!.length, m.index + m[0].length)) add(m[1]!, m.index + m[0].length - m[1]!.length, 'name', 'place');
  }
  // "heart pills (Betaloc)": the name in brackets after what it is.
  for (const m of /\(/.test(text) ? text.matchAll(EN_BRACKETED) : []) if (!NOT_NAMES.has(m[1]!.toLowerCase())) add(m[1]!, m.index + m[0].indexOf(m[1]!), 'name', 'place');
  if (NEED_EN.test(text) || /hospital|clinic|doctor|\b(?:buy|get|bring|grab|fetch|pick up)\b/i.test(text)) {
    for (const m of text.matchAll(EN_PACKS_OF)) {
      const name = m[1]!;
      const form = EN_FORM.exec(text.slice(m.index + m[0].length));
      if (!EN_NOT_BRAND.test(name[0]!.toUpperCase() + name.slice(1).toLowerCase()) && !NOT_NAMES.has(name.toLowerCase())) add(form ? name + form[0] : name, m.index + m[0].length - name.length, 'name', 'place');
    }
  }
  // 「我爸的复方利血平吃完了」, 「两盒脉优 还有一盒保栓通」: a name by its place in a need or a list.
  // 「糖尿病藥 庫魯化 吃完了」: a name said right after the medicine word it is, whatever it ends in.
  for (const m of text.matchAll(OWNED_RUNNING_OUT)) {
    const at = m.index + m[0].length - m[1]!.length - m[2]!.length;
    // (「吃了几十年的消心痛 昨天吃完了」: owned with 的, a pause before its running out does not undo it.)
    const owned = m[0].startsWith('的');
    if (plausible(m[1]!) && ((talk && (!/^\s/.test(m[2]!) || owned)) || (BRAND_LIKE.test(m[1]!) && !PERSONAL_NAME.test(m[1]!)) || /药\s+$/.test(text.slice(Math.max(0, at - 3), at)))) add(m[1]!, at, 'name', 'place');
  }
  // 「名叫依苏」, 「叫做保前列」, 「胃药耐适恩」: a name said after what it is called, or right after its class word.
  // (Not a name half remembered or asked: 「叫什么 拜什么同」, 「叫啥名字」.)
  for (const m of talk ? text.matchAll(CALLED) : []) if (!/^名|什么|啥/.test(m[1]!) && (plausible(m[1]!) || calledPainBrand(m[1]!)) && !PERSON.test(m[1]!)) add(m[1]!, m.index + m[0].length - m[1]!.length, 'name', 'place');
  // 「我吃的优立通 就是降尿酸的」: what someone takes, named after 吃的/用的, is a medicine when it ends as brands do.
  // (Beside its class word — 「降血壓藥她吃的是冠達悅」 — whatever it ends in.)
  const classSaid = found.some((f) => f.kind === 'category');
  for (const m of talk ? text.matchAll(TAKEN) : []) if (plausible(m[1]!) && (BRAND_LIKE.test(m[1]!) || (classSaid && !ZH_CATEGORY_AT.test(m[1]!) && !PERSON.test(m[1]!)))) add(m[1]!, m.index + m[0].length - m[1]!.length, 'name', 'place');
  for (const m of talk ? text.matchAll(COUNT_THEN_NAME) : []) if (plausible(m[1]!)) add(m[1]!, m.index + m[0].length - m[1]!.length, 'name', 'place');
  // 「易善复 两盒 得每通 一盒」: a list of brands and counts is medicine by the brands' endings alone.
  for (const m of counts ? text.matchAll(NAME_THEN_COUNT) : []) if (plausible(m[1]!) && (named || BRAND_LIKE.test(m[1]!))) add(m[1]!, m.index + m[0].indexOf(m[1]!), 'name', 'place');
  for (let more = talk; more; ) {
    more = false;
    for (const f of [...found]) {
      if (f.kind !== 'name') continue;
      const next = LISTED_NEXT.exec(text.slice(f.index + f.length));
      if (!next || !plausible(next[1]!)) continue;
      const at = f.index + f.length + next[0].length - next[1]!.length;
      if (found.some((g) => g.index === at)) continue;
      add(next[1]!, at, 'name', 'place');
      more = true;
    }
  }
  // A name written twice ("二甲双胍 … 二甲双胍要三盒") is kept twice: the reader makes it one medicine.
  return kindAfterClass(text, onlyTheShortOne(text, servedDevicesOut(text, withdrawn(text, fullNameOnce(stockOnlyOut(text, oneDrugOnce(text, dropCategoriesBesideNames(text, keepSubstitutesOut(text, usedFor(text, joinedNames(withoutOverlaps(found, text)))))).map(({ name, index, length, kind }) => ({ name, index, length, kind }))))))));
}

/**
 * 「医生说阿司匹林和氯吡格雷都要一直吃 现在氯吡格雷吃完了」, "takes metformin and amlodipine, the amlodipine ran out":
 * the medicines someone takes, listed, and one of them said again as running out — only that one is asked for.
 */
const SHORT_AFTER = /^\s*(?:也|都|已经|快|就|现在)?(?:吃完|用完|打完|吃光|用光|食晒|没了|没有了|断了|只剩|就剩|只有|还剩|快没|ran out|runs out|is out|has run out|is finished|finished|is running (?:out|low)|only (?:has|have) )/i;
function onlyTheShortOne<M extends Mention>(text: string, mentions: M[]): M[] {
  const key = (m: M) => m.name.toLowerCase();
  const again = mentions.find((m) => SHORT_AFTER.test(text.slice(m.index + m.length, m.index + m.length + 14)) && mentions.some((o) => o.index < m.index && key(o) === key(m)));
  // (「…各两盒」, 「都要配」: each of the list is asked for.)
  if (!again || /各|每样|都要(?:配|买|开)|\bboth\b|\beach\b/i.test(text)) return mentions;
  const first = mentions.find((o) => key(o) === key(again))!;
  // The others of the list: named only before the one said again, never themselves short or asked for.
  const listed = (m: M) => key(m) !== key(again) && mentions.filter((o) => key(o) === key(m)).every((o) => o.index < again.index && Math.abs(o.index - first.index) <= 16 && !ASKED_BEFORE.test(text.slice(Math.max(0, o.index - 8), o.index)) && !SHORT_AFTER.test(text.slice(o.index + o.length, o.index + o.length + 14)));
  return mentions.filter((m) => !listed(m));
}

/**
 * 「胰岛素 甘精」, 「胰岛素是地特的」, 「胰島素 賴脯 得返一支」: the class said first and then its kind alone, by the word that kind is written
 * with before the class (甘精胰岛素), names that kind as written; the mention spans both, so neither is read again by its place.
 */
const KIND_OF_CLASS: [RegExp, RegExp][] = [[/^胰岛素$/, /^\s*(?:是|用的是|打的是|用|打)?\s*(门冬|甘精|地特|德谷|赖脯|精蛋白)(?:的|额|嘅|嗰种|那种)?(?=$|[\s,,。!!]|只|还|仲|快|得返|剩|用完|打完|没)/]];
function kindAfterClass<M extends Mention>(text: string, mentions: M[]): M[] {
  return mentions.map((m) => {
    if (m.kind !== 'category') return m;
    const kind = KIND_OF_CLASS.find(([c]) => c.test(m.name))?.[1].exec(text.slice(m.index + m.length));
    if (!kind || mentions.some((o) => o !== m && o.index > m.index && o.index < m.index + m.length + kind[0].length)) return m;
    return { ...m, name: kind[1]!, kind: 'name' as const, length: m.length + kind[0].length };
  });
}

/**
 * A device named as what a supply or a medicine is for ("test strips for my glucose meter", 「血糖仪用的试纸」,
 * 「雾化器用的药 普米克令舒」) is not asked for itself: the supply is.
 */
const DEVICE_NAME = /血压计|血压仪|血糖仪|血糖计|血糖机|制氧机|氧气瓶|雾化器|雾化机|温枪|血氧仪|monitor|meter|machine|concentrator|glucometer|nebuli[sz]er|oximeter/i;
const FOR_BEFORE = /\bfor\s+(?:(?:my|a|an|the|his|her|our|their|[a-z]+'s)\s+){0,2}$/i;
// (里个, 额, 格: the Shanghainese 的.)
const SERVES_AFTER = /^\s?(?:用的|里的|上的|的|里个|里额|额|格)\s?/;
const DEVICE_NEEDS = /^\s*(?:needs?|requires?)\s+(?:(?:more|new|some|fresh|a new|another)\s+)?/i;
const DEVICE_HAD = /^\s*(?:我|我们|阿拉|家里|屋里|屋企)?(?:倒是|是|也)?有(?:的|咗|了)?(?:\s*$|[\s,,。!!])/;
function servedDevicesOut<M extends Mention>(text: string, mentions: M[]): M[] {
  if (mentions.length < 2) return mentions;
  return mentions.filter((m) => {
    if (!DEVICE_NAME.test(m.name)) return true;
    const others = mentions.filter((o) => o !== m);
    // ("glucometer needs more test strips", "nebuliser needs budesonide": the device needing it names what it is for.)
    const needs = DEVICE_NEEDS.exec(text.slice(m.index + m.length));
    if (needs && others.some((o) => o.index === m.index + m.length + needs[0].length)) return false;
    // (「血糖仪我有 缺的是试纸」, 「雾化器屋里有的 就是缺…」: the device the writer has already, beside what is missing.)
    if (DEVICE_HAD.test(text.slice(m.index + m.length)) && others.some((o) => o.index > m.index)) return false;
    if (FOR_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && others.some((o) => o.index < m.index)) return false;
    // (「血糖机针咀」: a supply written right after the device, with nothing between, is the device's too.)
    const after = SERVES_AFTER.exec(text.slice(m.index + m.length));
    if (!after) return !others.some((o) => o.index === m.index + m.length && SUPPLY.test(o.name));
    return !others.some((o) => o.index >= m.index + m.length && o.index <= m.index + m.length + after[0].length + 6);
  });
}

/** Words that take back what was just said: 「不对」, 「不是」 (not 是不是), 「说错了」, 「看错了」, "sorry, I mean". */
export const CORRECTION_WORDS = '不对|(?<!是)不是|算了|说错了|搞错了|看错了|打错了|写错了|讲错了|唔係|唔系|\\bsorry\\b(?!,?\\s+(?:for|to|about|if|that|but|my)\\b)|\\bi mean\\b|\\bno wait\\b';
const CORRECTED = new RegExp(CORRECTION_WORDS, 'i');

/** Where the words after the last correction begin (0 when nothing is taken back). */
const CORRECTIONS = /不对(?![劲吧吗])|[说搞看打写讲]错了|(?:^|[\s,,。!!~])(?:不是|算了)(?=[\s,,。!!~])|\b(?:sorry|no wait),? i mean\b/gi;
export function afterLastCorrection(text: string): number {
  let end = 0;
  for (const m of text.matchAll(CORRECTIONS)) end = m.index + m[0].length;
  return end;
}

const TAKEN_BACK_AT_ONCE = /^(?:啊|呃|嗯|哦)?(?:不对|不是|说错了|讲错了)/;

/** 「两盒氨氯地平 啊不对 是硝苯地平」: a medicine taken back by a correction before the next one is not asked for. */
function withdrawn<M extends Mention>(text: string, mentions: M[]): M[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    const prev = mentions[i - 1];
    const gap = text.slice(m.index + m.length, next?.index);
    // 「是瑞舒伐他汀 不是阿托伐他汀」: the name said after 不是, another said before it, is the one not meant.
    if (prev && /(?<!是)不是\s*$/.test(text.slice(prev.index + prev.length, m.index)) && text.slice(prev.index + prev.length, m.index).trim() === '不是') return false;
    if (next && text.slice(m.index + m.length, next.index).trim() === '不是') return true;
    // 「不是氨氯地平 是硝苯地平」, 「不要阿司匹林 要布洛芬」: the name denied, then the one meant.
    if (next && /(?:(?<!是)不是|唔[係系]|不要)\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^[\s,,]*(?:而|应该|其实)?(?:是|要|[係系])\s*$/.test(text.slice(m.index + m.length, next.index))) return false;
    // (Close by: 「家里还有十天左右不对…只有六粒了」 corrects the days, not the name before it.)
    // (In English more letters say as much: ", sorry, I mean".)
    const bare = gap.replace(/[\s,,。!!~]/g, '');
    // (Taken back at once, the groping for the name meant may run longer: 「头孢不是就是消炎用的那个阿莫西林」.)
    const atOnce = TAKEN_BACK_AT_ONCE.test(bare);
    return !next || !(CORRECTED.test(gap) && bare.length <= (/[a-z]/i.test(bare) || atOnce ? 16 : 8));
  });
}

/** Where medicine is the talk: names found by their place alone are read only there. */
const aboutMedicine = (text: string) => /药|配|医院|病|处方|透析|发烧|发热|咳|痛|疼|过敏|拉肚子|腹泻|便秘|发炎|失眠|血压|血糖|medic|fever|cough|pain|sick|allerg|pharmac|prescri|refill|\bmeds\b|pills|tablets|eczema|ointment|inhaler|syrup|eye drops/i.test(text);

/** Supplies the team buys beside medicines: never the medicine a category word stands for. */
// (And the devices that measure or treat: 血压计, 制氧机 — README-13 rule 5; a wheelchair or a walker is a neighbour's loan, no supply.)
// (README-18 rule 3: what the old need beside medicine — adult diapers, bed pads, hearing-aid batteries, catheter bags.)
const COUNTED_ALCOHOL = /(?:\d{1,2}|[一二两三四五六七八九十])\s*(?:瓶|桶|壶|大瓶|小瓶)\s*(?:75%?\s*(?:的)?)?(?:消毒)?酒精(?![棉片球湿])/g;
const SUPPLY = /针头|针咀|探热针|血糖机|试纸|采血针|棉签|棉片|棉球|纱布|碘伏|创可贴|绷带|胶布|敷贴|酒精|血压计|血压仪|血糖仪|血糖计|制氧机|氧气瓶|雾化|温枪|血氧仪|体温计|尿不湿|纸尿|护理垫|隔尿垫|助听器电池|尿袋|diapers|pads|batteries|bags|strips|antigen/;

/**
 * 「胰岛素笔用的针头」: what a supply is for is no medicine asked for; the supply is. 「胰岛素的针头」 is one
 * supply, 胰岛素针头.
 */
function usedFor(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const next = found[i + 1];
    const gap = next ? text.slice(m.index + m.length, next.index) : '';
    if (next && /^\s*(?:用的|专用的?|配套的?)\s*$/.test(gap)) continue;
    if (next && gap === '的' && m.kind === 'category' && SUPPLY.test(next.name) && !SUPPLY.test(m.name)) {
      out.push({ ...next, name: m.name + next.name, index: m.index, length: next.index + next.length - m.index, kind: 'name' });
      i++;
      continue;
    }
    out.push(m);
  }
  // 「一瓶酒精和一盒棉签 给老头子打胰岛素用」, 「两盒针头 给我老伴打胰岛素用的」, "for her insulin": the medicine the supplies asked
  // for are used with is what they are for, not asked for beside them.
  // (Said as a clause of its own after the supply, with no one named: 「一盒酒精棉片 打胰岛素要用」, 「打胰島素要用嘅」.)
  // (「有没有多的酒精棉片 我外公每天要打胰岛素」, 「針頭幫手買兩盒 阿爺要打諾和靈」: who has to inject it, said in a clause of its own
  // beside the supply asked, is why; 「外婆要打胰岛素 胰岛素只剩两支了」 says it again, running short, and asks it too.)
  const saidAgain = (m: Found) => out.some((o) => o !== m && o.name === m.name);
  const injected = (m: Found) => !SUPPLY.test(m.name) && !saidAgain(m) && out.some((o) => o !== m && SUPPLY.test(o.name)) && USED_BY_SOMEONE.test(text.slice(Math.max(0, m.index - 12), m.index)) && /^\s*(?:的)?(?:$|[\s,,。!!])/.test(text.slice(m.index + m.length));
  const purpose = (m: Found) => (USED_WITH_BEFORE.test(text.slice(0, m.index)) && /^\s*(?:的时候)?(?:要|需要)?用(?![完光掉])/.test(text.slice(m.index + m.length))) || injected(m);
  return out.some((m) => !purpose(m)) ? out.filter((m) => !purpose(m)) : out;
}
const USED_BY_SOMEONE = /(?:^|[\s,,。!!])[^。!?,,\s]{1,6}?(?:每天|天天|每日|一直)?(?:都)?(?:要|得|需要)(?:打|注射|测|喷|吸)\s*$/;
const USED_WITH_BEFORE = /(?:(?:给|帮|替|为|俾|畀)[^。!?,,\s]{0,6}|(?:^|[\s,,。!!]))(?:打|涂|擦|抹|搽|喷|测|量|消毒)\s*$/;

/** Two names written together with nothing between are one compound medicine: "厄贝沙坦氢氯噻嗪片". */
function joinedNames(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const m of found) {
    const last = out.at(-1);
    if (last && last.kind === 'name' && m.kind === 'name' && last.index + last.length === m.index && !(DEVICE_NAME.test(last.name) && SUPPLY.test(m.name)) && /[\u4e00-\u9fff]$/.test(last.name) && /^[\u4e00-\u9fff]/.test(m.name)) {
      out[out.length - 1] = { ...last, name: last.name + m.name, length: last.length + m.length, source: RANK[m.source] > RANK[last.source] ? m.source : last.source };
    } else out.push(m);
  }
  return out;
}

const DESCRIBED_THEN_CALLED = /^\s?(?:叫做|名叫|叫)\s?/;

/** Of overlapping mentions the most trusted wins, then the longest. */
function withoutOverlaps(found: Found[], text: string): Found[] {
  // 「一种糖浆叫做驱异乐」, "a syrup called Zyrtec": what it is, said right before the name it is called, only describes it.
  found = found.filter((m) => {
    const called = DESCRIBED_THEN_CALLED.exec(text.slice(m.index + m.length, m.index + m.length + 6));
    return !called || !found.some((f) => f.kind === 'name' && f.index === m.index + m.length + called[0].length);
  });
  // 「头孢克洛缓释胶囊」: a known name that a longer one read by its form begins with is only the start of that one.
  found = found.filter((m) => !(m.source === 'lexicon' && found.some((f) => f.source === 'ending' && f.kind === 'name' && f.index === m.index && f.length > m.length && FORM_END.test(f.name))));
  const sorted = [...found].sort((a, b) => RANK[b.source] - RANK[a.source] || b.length - a.length || a.index - b.index);
  const kept: Found[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.index < k.index + k.length && k.index < m.index + m.length)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.index - b.index);
}

// Between a category and a name: only these, or a few words ("快吃完了") — the category is that name's.
const FILLER = /[\s,,。.、::;;()()!!~]|就是|那个|这个|的|对|叫什么(?:来着)?|叫|药名是?|\bname(?: is)?\b/gi;
// (「甲状腺药还有三天就吃完了 是昂特欣」: the name said with 是 after its class.)
const LINKED = /就是|叫|药名|\bname\b|[\s,,。]是\s*$/i;
// (「带一盒止痛片再带几贴膏药」: 再 + a request verb begins the next medicine.)
// (「跟以前一样」, 「和上次一样」: the same as before, no second medicine.)
const JOINED = /再(?:带|买|配|要|拿|来)|还有(?!\s*[\d一二两三四五六七八九十几半]+\s*(?:天|日|周|个?星期|个?礼拜|个月))|(?:和|跟)(?![^\s,,。]{0,4}一样)|以及|另外|及|、|\+|\band\b|\d{3,4}/;

/**
 * 「我那个降压药就是络活喜」, 「丙戊酸钠 癫痫药」: a category word beside a name is that name's, not a
 * second medicine; one joined by 和/还有 (or listed under another door) is a medicine of its own.
 */
function dropCategoriesBesideNames<M extends Mention>(text: string, mentions: M[]): M[] {
  // 「胰岛素只剩两天 针头也没了」: a supply is no medicine of the category's kind; both are asked for.
  const names = mentions.filter((m) => m.kind === 'name' && !SUPPLY.test(m.name));
  if (names.length === 0) return mentions;
  return mentions.filter((m) => {
    if (m.kind === 'name') return true;
    // 「胰岛素笔芯 诺和锐」 is one insulin; 「胰岛素笔芯 一盒 针头一盒」 two supplies.
    if (CLASS_WITH_FORM.test(m.name)) return !names.some((n) => sameClass(m.name, n.name));
    return !names.some((n) => {
      const gap = n.index > m.index ? text.slice(m.index + m.length, n.index) : text.slice(n.index + n.length, m.index);
      // (Joined only right beside the name: 「开胃的药和营养的 开了一个叫多潘立酮的药」 names the class's medicine.)
      const beside = (n.index > m.index ? gap.slice(-8) : gap.slice(0, 8)).replace(/\d{3,4}/g, '');
      if (LINKED.test(gap) && !JOINED.test(beside)) return true;
      // 「我的眼药水 叫玻璃酸钠 … 还有… 就我的眼药水 两瓶」: said again later, the class is still that name.
      if (n.index < m.index && sameClass(m.name, n.name) && !MED_QTY_AT.test(gap)) return true;
      // "out of my antidepressants for three days now and it's getting hard, sertraline 50mg": an and that joins clauses, not
      // right before the name, leaves the class's own medicine named later the same one.
      if (n.index > m.index && sameClass(m.name, n.name) && !JOINED.test(beside) && !MED_QTY_AT.test(gap)) return true;
      if (JOINED.test(gap.replace(/\d{3,4}/g, ''))) return false;
      // 「止痛片吃完了膏药也贴完了」: each ran out on its own; two medicines.
      if (n.index > m.index && /完了|没了/.test(gap) && /^\s*(?:也|都)/.test(text.slice(n.index + n.length))) return false;
      // (A door between: 「痛风药就冇晒 … 住喺22號201 … 配一盒秋水仙鹼」 is still the class's medicine.)
      if (sameClass(m.name, n.name)) return true;
      if (JOINED.test(gap)) return false;
      // 「降压药两盒 二甲双胍三盒」, 「降压药要两盒 二甲双胍要三盒」: a class word with a count of its own, then a name of another
      // class with its own count, is a second medicine (it was dropped, and the first count given to the name).
      if (n.index > m.index && MED_QTY_AT.test(gap) && OWN_COUNT_AFTER.test(text.slice(n.index + n.length))) return false;
      // 「维生素D3 两瓶 钙片 一瓶」: a class word after a name and its count, with a count of its own, is a second medicine.
      if (n.index < m.index && MED_QTY_AT.test(gap) && new RegExp(`^\\s*${MED_QTY}`).test(text.slice(m.index + m.length))) return false;
      // In English a few words apart ("my antibiotics refilled, amoxicillin"); in Chinese a few characters.
      const left = gap.replace(FILLER, ' ').trim();
      return /[a-z]/i.test(left) ? left.split(/\s+/).length <= 2 : left.replace(/\s/g, '').length <= 6;
    });
  });
}

// (「报一下X」, 「登记一下X」: reporting it to the run is asking for it; "buy him X", "pick up some X" in English.)
const ASKED_BEFORE = new RegExp(`(?:(?:配|买|開|开|带|帶|拿|要|借|匀)(?:一下|点|個|个)?|(?:报|報)一下|(?:登记|登記)(?:一下)?|(?:帮|替|幫)[^\\s]{0,2}(?:报|報))\\s*(?:${MED_QTY})?\\s*$|\\b(?:buy|get|pick up|refill|bring|fetch|grab)\\s+(?:(?:me|him|her|us|them)\\s+)?(?:(?:some|more|the|a box of)\\s+)?$`, 'i');
const OTHERS_FINE = /(?:别的|其他的?|其余的?|其它的?)(?:药)?(?:都)?(?:还有|还够|够(?:吃|用)?|没事|不急|仲有)|\bthe (?:rest|others?|other (?:ones|meds|pills)) (?:is|are) (?:fine|ok|okay|enough)\b/i;
const RUNNING_SHORT_AFTER = /^\s*(?:也|都|已经|现在|就|只)?(?:只剩|就剩|还剩|净返|得返|剩|快(?:吃完|用完|没)|吃完|用完|没了|断了|runs? out|is running out|will run out)/i;
const RUN_OUT_AFTER = /^[^。!?,，\s]{0,16}?(?:吃完|用完|打完|吃光|用光|没了|没有了|断了|只剩|就剩|冇晒|食晒|用晒|\bran out|\brun out|\brunning out)/i;
const COUNTED_AFTER = new RegExp(`^\\s*(?:要|来)?\\s*${MED_QTY}`);
const ADDED_BEFORE = /(?:另外|还要|也要|再要|再配|还想|同埋|以及|\balso\b)[^。!?]{0,10}$/i;
// 「要配的是阿斯匹灵」: the one to get, said as such, is the one alone; 「淨係要兩盒阿司匹林」, "just need two boxes of": with its count.
const ONLY_BEFORE = /(?:(?:只|就|净是|净系|仅|只是)(?:需要|要|配|买)|要(?:配|买|开)的(?:是|系))\s*(?:(?:\d{1,2}|[一二两三四五六七八九十])\s*[盒瓶支包粒片板罐])?\s*$|\b(?:only|just) (?:need|want)s?\s+(?:the\s+)?(?:(?:\d{1,2}|one|two|three|four|five|a) (?:box(?:es)?|packs?|bottles?|pens?) of\s+)?$/i;
const REGIMEN_BEFORE = /(?:^|[\s,,。、])(?:一(?:样|只|种)(?:是)?|(?:平时|平常|每天|一直)吃(?:的是)?)\s*$|\b(?:i|he|she|they) takes?\s+$/i;
// (「息宁仲有」: still some, in Cantonese; 「非那雄胺还有一点」: a little is stock, no count.)
// (「阿托伐他汀家里还有」, 「立普妥屋企仲有」, 「手上还有不少」: where it is kept may stand between.)
// (「阿司匹林不用」, 「钙片暂时不需要」, 「阿司匹林唔使」, "the aspirin is fine": said not to be needed, a name is no more asked for than stock.)
const KEPT_AT = '(?:(?:家里|家中|手上|手头|手里|这里|这边)\\s*)?';
const STOCK_AFTER = new RegExp(`^\\s*(?:(?:他|她|伊|佢)的\\s*)?${KEPT_AT}(?:还有|仲有|还剩|只剩|剩下?|就剩)\\s*(?:最后)?\\s*(?:${MED_QTY}|半(?:盒|瓶|板|支)|一点(?!点?(?:底|就(?:没|完)))|几|不少|好多|很多|挺多|多着)|^\\s*(?:还有|仲有|还剩|还够|还能吃)\\s*(?:半个|[一两二三四五六七八九十]{1,2}个多?)月|^\\s*(?:还有|仲有|还剩|还够)\\s*(?:[一两二三四五六七八九十]{1,2}|成)个?(?:礼拜|星期)|^\\s*(?:(?:他|她|伊|佢)的\\s*)?${KEPT_AT}(?:都)?(?:还有|仲有|还剩)(?:的|好多|大把)?(?=$|[\\s,,。!!])|^\\s*(?:还)?不急|^\\s*(?:都)?(?:还够|够吃|够用)(?!\\s*(?:吃|用)?\\s*(?:\\d{1,3}|[一二两三四五六七八九十几])\\s*(?:天|日|个?礼拜|个?星期|周))|^\\s*(?:就|暂时|暂且|先|目前)?(?:不用|不需要|不要|唔使|唔要|覅)(?:配|买|带|开)?(?:了|的)?(?=$|[\\s,,。!!])|^\\s*(?:is|are)\\s+(?:still\\s+)?(?:fine|ok|okay|enough|plenty)\\b|^\\s*(?:is|are)\\s+not\\s+needed\\b`);

/** 「家里只有布洛芬」: the only one at home, said before its name. */
const STOCK_BEFORE_ZH = /(?:家里|家中|手上|手头|手里)(?:就|也)?(?:只有|只剩|就剩)\s*$/;
/** "I still have insulin", "we still have plenty of metformin": stock said before the name in English. */
const STOCK_BEFORE_EN = /\bstill (?:have|has|got)\s+(?:(?:plenty|lots|a lot|enough|some|a few|a little) of\s+)?(?:(?:my|his|her|the|our|their)\s+)?$/i;

const LIST_GAP = /^\s*(?:和|跟|同|、|,|,|同埋|及|以及|还有|加|\band\b|&)\s*(?:(?:\d{1,2}|[一二两三四五六七八九十])\s*[盒瓶支包])?\s*$/i;
const FORM_ASKED_ALONE = /(?:笔芯|注射笔|针头|喷雾剂?|吸入器|滴眼液|眼药水|试纸|贴剂|口服液)$/;
const ALSO_ASKED = /(?:还|也|另外(?:还)?|再)(?:要|需要)|\balso (?:need|want|get)\b/i;
const LOW_AFTER = /^\s*(?:(?:他|她|伊)的\s*)?(?:只剩|就剩|只有|快(?:没|用完|吃完)|(?:is |are )?(?:down to|almost (?:out|finished|gone)|running (?:low|out)))/i;

/**
 * 「…阿司匹林还有一盒 … 能不能帮阿拉配两盒氨氯地平」: where one medicine is asked for by name, a
 * medicine said only as stock at home (never right after 配/买) is not asked for.
 */
function stockOnlyOut<M extends Mention>(text: string, mentions: M[]): M[] {
  // 「胰岛素笔芯还有一支 … 笔芯配两盒」: asked for later by its form alone, the medicine named in full is asked for.
  const byForm = (m: M) => {
    const form = FORM_ASKED_ALONE.exec(m.name)?.[0];
    if (!form) return false;
    const later = text.slice(m.index + m.length);
    return new RegExp(`(?:^|[^\\u4e00-\\u9fff]|[我帮再])${form}\\s*(?:帮我|麻烦)?(?:再)?(?:配|要|买|来|开)`).test(later) || new RegExp(`(?:配|要|买|开)\\s*(?:${MED_QTY})?\\s*${form}(?![\\u4e00-\\u9fff])`).test(later);
  };
  // (「降糖药配两盒 降压药不需要」: a verb and count glued after another name, then a pause, ask for that name, not the next.)
  const askedOwn = (m: M) => {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const a = ASKED_BEFORE.exec(before);
    if (!a) return false;
    const verbAt = m.index - before.length + a.index;
    return !(/\s$/.test(before) && mentions.some((o) => o !== m && o.index + o.length === verbAt));
  };
  const asked = (m: M) => askedOwn(m) || byForm(m);
  // (「美多芭 同埋 息宁 息宁仲有」: a name found once by its place, said again as stock, is that stock too.)
  const laterSaid = (m: M): number[] => {
    const name = text.slice(m.index, m.index + m.length);
    const ends: number[] = [];
    for (let at = text.indexOf(name, m.index + m.length); at >= 0 && name !== ''; at = text.indexOf(name, at + name.length)) ends.push(at + name.length);
    return ends;
  };
  const stockSaid = (m: M) => [m.index + m.length, ...laterSaid(m)].some((end) => STOCK_AFTER.test(text.slice(end, end + 10))) || STOCK_BEFORE_EN.test(text.slice(Math.max(0, m.index - 40), m.index)) || STOCK_BEFORE_ZH.test(text.slice(Math.max(0, m.index - 8), m.index));
  // 「阿司匹林和二甲双胍都还够」, "aspirin and metformin are fine": names listed, then said to be stock together, are each stock.
  const stockListed = (m: M): boolean => {
    const next = mentions.find((o) => o.index > m.index);
    if (!next || !LIST_GAP.test(text.slice(m.index + m.length, next.index))) return false;
    return /^\s*(?:都|全都|\s(?=are\b))/.test(text.slice(next.index + next.length)) ? stockSaid(next) : stockListed(next);
  };
  const stock = (m: M) => stockSaid(m) || stockListed(m);
  const key = (m: M) => m.name.toLowerCase();
  // 「只要氨氯地平」, 「淨係要脈優」, "only need metformin": of the medicines named, that one alone is asked for.
  // (「要配的是二甲双胍和阿卡波糖」: the names listed after it are all the ones to get.)
  const onlyFirst = mentions.filter((m) => ONLY_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)));
  const listedAfter = (m: M): M[] => {
    const next = mentions.find((o) => o.index > m.index);
    return next && LIST_GAP.test(text.slice(m.index + m.length, next.index)) ? [next, ...listedAfter(next)] : [];
  };
  const only = new Set([...onlyFirst, ...onlyFirst.flatMap(listedAfter)].map(key));
  if (only.size > 0) return mentions.filter((m) => only.has(key(m)));
  // 「…现在拜新同只剩两天了 别的都还有」, "the metformin runs out in 3 days, the rest is fine": the one running short alone.
  if (OTHERS_FINE.test(text)) {
    const short = new Set(mentions.filter((m) => RUNNING_SHORT_AFTER.test(text.slice(m.index + m.length, m.index + m.length + 24).replace(new RegExp(`^\\s*${escape(m.name)}`), ''))).map(key));
    if (short.size > 0 && mentions.some((m) => !short.has(key(m)))) mentions = mentions.filter((m) => short.has(key(m)));
  }
  // 「諾和銳 淨返兩支 … 帮手带 胰島素要三支」: a name said as stock and its class asked for later is that name asked for.
  const classAsked = new Map<M, M>();
  for (const c of mentions.filter((m) => m.kind === 'category' && asked(m))) {
    const n = mentions.find((m) => m.kind === 'name' && m.index < c.index && stock(m) && sameClass(c.name, m.name));
    if (n) classAsked.set(c, n);
  }
  if (classAsked.size > 0) mentions = mentions.map((m) => (classAsked.has(m) ? { ...m, name: classAsked.get(m)!.name, kind: 'name' as const } : m));
  // 「胰岛素只剩一支了 还要点针头」, 「降压药得返两粒 仲要啲胃药」: a medicine low, then another asked for *as well*: both are asked for.
  const also = ALSO_ASKED.exec(text);
  const lowThenAlso = (m: M) => also !== null && m.index < also.index && LOW_AFTER.test(text.slice(m.index + m.length, m.index + m.length + 12));
  const askedNames = new Set(mentions.filter((m) => asked(m) || lowThenAlso(m)).map(key));
  if (askedNames.size === 0) {
    // 「玻璃酸钠 用光了 … 老头子的降压药 他的还有 不急」: none asked in so many words, the one said as stock is
    // still not asked for beside one that is not.
    // (Not 「买瓶碘伏 还有一包棉签」: 还有 and a count also lists the next thing asked for.)
    // (Nor 「氨氯地平 还有 阿托伐他汀」: 还有 before another name is "and".)
    const andNext = (m: M) => {
      const and = /^\s*还有\s*(?:(?:搿|这|那|格)个\s*)?/.exec(text.slice(m.index + m.length));
      return and !== null && mentions.some((o) => o.index === m.index + m.length + and[0].length);
    };
    const stocked = new Set(mentions.filter((m) => stock(m) && !andNext(m) && !/^\s*还有\s*(?:\d|[一二两三四五六七八九十几](?![点些]))/.test(text.slice(m.index + m.length))).map(key));
    return stocked.size > 0 && mentions.some((m) => !stocked.has(key(m))) ? mentions.filter((m) => !stocked.has(key(m))) : mentions;
  }
  // 「一样是拜新同 一样是倍他乐克 … 配三盒拜新同」: the medicines someone takes, listed, are not asked for beside one that is.
  const listed = (m: M) => REGIMEN_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
  // 「阿司匹林肠溶片 … 阿司匹林还有」: the stock said in short is the same medicine as the name in full
  // (and 「一直吃单硝酸异山梨酯缓释片 … 配两盒单硝酸」 the one asked for).
  const same = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
  const stockNames = [...new Set(mentions.filter((m) => stock(m) ? !askedNames.has(key(m)) : listed(m) && ![...askedNames].some((a) => same(a, key(m)))).map(key))];
  // 「降压药还多 胰岛素针头也还有 … 要配试纸」: told before the last one asked for by name, the others are its story
  // (a name told before a class word asked for is that class's name, and stays).
  // (The same medicine in short or with its salt — 「苯磺酸氨氯地平 … 配两盒氨氯地平」 — stays.)
  // (Not one said to run out or counted itself — 「二甲双胍还有那个阿卡波糖都快吃完了 … 配一下 二甲双胍要三盒」,
  // 「一个是拜糖平 … 拜糖平一盒」 — nor when the last is asked as one more: 「另外她还要一盒阿司匹林」.)
  const lastAsked = Math.max(...mentions.filter(asked).map((m) => m.index));
  const askedClassOnly = mentions.filter(asked).every((m) => m.kind === 'category');
  const added = ADDED_BEFORE.test(text.slice(Math.max(0, lastAsked - 12), lastAsked));
  const own = new Set(mentions.filter((m) => RUN_OUT_AFTER.test(text.slice(m.index + m.length, m.index + m.length + 20)) || COUNTED_AFTER.test(text.slice(m.index + m.length).replace(new RegExp(`^\\s*${escape(m.name)}`), ''))).map(key));
  const story = (m: M) => !added && m.index < lastAsked && ![...askedNames].some((a) => same(a, key(m)) || (Math.min(a.length, key(m).length) >= 3 && (a.endsWith(key(m)) || key(m).endsWith(a)))) && !(m.kind === 'name' && askedClassOnly) && !own.has(key(m));
  return mentions.filter((m) => askedNames.has(key(m)) || (!stockNames.some((s) => same(key(m), s)) && !story(m)));
}

/** 「试纸都用晒 … 一盒血糖试纸」, "test strips ran out … a box of glucose test strips": a supply said short and then in full is one, the full name. */
function fullNameOnce<M extends Mention>(mentions: M[]): M[] {
  const fuller = (m: M) => mentions.some((o) => o.name.length > m.name.length && o.name.toLowerCase().endsWith(m.name.toLowerCase()) && SUPPLY.test(m.name));
  return mentions.filter((m) => !fuller(m));
}

/**
 * 「硝苯地平控释片x3 拜新同那种」, 「阿卡波糖 拜唐苹 三盒」: a brand written beside its own generic
 * (nothing but a count, a pause or 那种/就是 between) is the same medicine, said twice; the first
 * written is kept.
 */
function oneDrugOnce<M extends Mention>(text: string, mentions: M[]): M[] {
  return mentions.filter((m, i) => {
    const prev = mentions[i - 1];
    if (!prev || prev.kind !== 'name' || m.kind !== 'name') return true;
    const gap = text.slice(prev.index + prev.length, m.index).replace(SAME_GAP, '');
    return gap.trim() !== '' || !sameDrug(prev.name, m.name);
  });
}
const SAME_GAP = /[\s,,、::()()/／]|又叫|也叫|[x×*]\s*\d{1,2}|(?:\d{1,2}|[一二两三四五六七八九十])\s*(?:盒|瓶|支|粒|包|板|片)|就是|也就是|即|那种|这种|那个|对|\bor\b|\baka\b/gi;

// "奥美拉唑也行", "川贝枇杷膏也可以", "可以换成雷替斯", "别的牌子二甲双胍也可以".
const SUBSTITUTE_AFTER = /^\s*(?:也行|也可以|也成|也ok|也好|也没关系|亦可)/i;
const SUBSTITUTE_BEFORE = /(?:换成|换|改成|或者|或|实在没有(?:的话)?(?:可以)?(?:换成)?|别的牌子|其他牌子|\bor\b|\bany (?:other )?brand of|\bgeneric)\s*$/i;

function keepSubstitutesOut<M extends Mention>(text: string, mentions: M[]): M[] {
  const kept = mentions.filter((m) => {
    const after = text.slice(m.index + m.length, m.index + m.length + 6);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    return !(SUBSTITUTE_AFTER.test(after) || SUBSTITUTE_BEFORE.test(before));
  });
  // Only substitutes named: the first is what is asked for.
  return kept.length > 0 || mentions.length === 0 ? kept : [mentions[0]!];
}
