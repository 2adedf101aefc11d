/**
 * What a phone's voice-to-text makes of an old resident's speech, as the words they said: a phrase
 * said twice to be heard (「两零一两零一」, 「鸡蛋两份鸡蛋两份」) is said once, and the homophones the
 * converter writes for the words of a need (盒 as 和, 药 as 要) are the words meant. Applied with the
 * dialect words (./dialect.ts) to what recognisers read, never to what is stored or shown. Pure.
 */

// Three to ten characters said again right after (a room, 「两零一」, is three; a door with its building,
// 「二十八号楼三零一」, eight). Fewer doubled are words of their own: 谢谢, 一拐一拐 (limping), 我去我去.
const SAID_AGAIN = /([\u4e00-\u9fff]{3,10})\1+/g;

// 「配两和」, 「一和都没了」: 和 after a count is 盒 — never between two numbers (一和二号楼), before a
// person (两和伊拉), or after 第 (第一和第二).
const BOX = /(?<![第唯统万])(?<=[一二两三四五六七八九十几\d])和(?![\d一二两三四五六七八九十第我你他她伊侬阿大])/g;

// 「降压要吃光了」, 「降糖的要就是阿卡波糖」: 要 after the kind of medicine, before what is said of a medicine
// (how much is left, its name, a count), is 药; 「降压要慢慢来」 stays "must".
const KIND = '降压|降糖|降脂|降血压|降血糖|降血脂|安眠|止痛|止疼|退烧|消炎|通便|利尿|心脏|胃';
const SAID_OF_MEDICINE = '吃光|吃完|用完|用光|没|冇|快没|快吃|快用|不多|只|剩|还有|还剩|还能|就是|叫|也没|都没|[一两二三四五六七八九十几\\d]|[\\s,,。!!??]|$';
const MEDICINE_OF_KIND = new RegExp(`(?<=(?:${KIND})的?)要(?=${SAID_OF_MEDICINE})`, 'g');
// 「眼要水」, 「滴眼睛的要水」, 「擦的要膏」: 药水 and 药膏.
const DROPS_OR_OINTMENT = /(?<=眼|眼睛的|滴的|擦的|涂的|抹的)要(?=水|膏)/g;
// 「我报的那个要有没有记上去」: 要 after what one reported or asked for, before whether it was recorded, is 药.
const REPORTED = /(?<=(?:报|配|登记)(?:的|过的)(?:那个|这个)?)要(?=有没有|有没|记|登记|你|[\s,,。!!??]|$)/g;

/** The text as it was said, without the repeats and mishearings of voice input (normalised text in and out). */
export function spokenWords(text: string): string {
  let t = text.replace(SAID_AGAIN, '$1');
  if (t.includes('和')) t = t.replace(BOX, '盒');
  if (t.includes('要')) t = t.replace(MEDICINE_OF_KIND, '药').replace(DROPS_OR_OINTMENT, '药').replace(REPORTED, '药');
  return t;
}
