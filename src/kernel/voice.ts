/**
 * What a phone's voice-to-text makes of an old resident's speech, as the words they said: a phrase
 * said twice to be heard (「两零一两零一」, 「鸡蛋两份鸡蛋两份」) is said once. Applied with the dialect
 * words (./dialect.ts) to what recognisers read, never to what is stored or shown. Pure.
 */

// Three to ten characters said again right after (a room, 「两零一」, is three; a door with its building,
// 「二十八号楼三零一」, eight). Fewer doubled are words of their own: 谢谢, 一拐一拐 (limping), 我去我去.
const SAID_AGAIN = /([\u4e00-\u9fff]{3,10})\1+/g;

/** The text as it was said, without the repeats and mishearings of voice input (normalised text in and out). */
export function spokenWords(text: string): string {
  return text.replace(SAID_AGAIN, '$1');
}
