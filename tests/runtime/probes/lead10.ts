/**
 * Round 10 probes of the lead's own, written before each change. [context, text, intent, fields?] as in
 * ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set A: someone alone, about to faint, crying for help (「我快晕倒了 救命 一个人在家」): no manner of speaking — it
// pages; 「快晕了」 with an everyday cause (heat, hunger, children, a laugh) stays talk even alone.
// Read right before the change: 5/10 (every alone cry taken for a manner of speaking).
export const ROUND_10_ALONE_ABOUT_TO_FAINT: Probe[] = [
  ['private', '我快晕倒了 救命 一个人在家', 'emergency'],
  ['group', '救命 我快晕过去了 家里就我一个人 12号楼402', 'emergency', 'door=12-402'],
  ['private', '我要昏倒了 救救我 身边没人', 'emergency'],
  ['private', "I'm about to pass out, help, I'm home alone", 'emergency'],
  ['private', '我快暈倒了 救命 一個人在家', 'emergency'],
  ['group', '热死了 我快晕倒了 救命', 'none'],
  ['group', '一个人在家隔离 快闷死了 救命', 'none'],
  ['group', '笑死我了救命 一个人在家看综艺', 'none'],
  ['group', '一个人在家 饿得快晕倒了 救命 谁家有多的面包', 'none'],
  ['group', '一个人在家带两个娃 我快晕了 救命', 'none'],
];
