/**
 * What a person writes to the bot privately that asks nothing of it, said the way a neighbour would
 * answer it: an acknowledgement (「好的」, 「收到」, 👍) needs no answer, thanks are welcomed, a greeting
 * is greeted. Only a whole message made of these words counts (「谢谢 我的降压药快吃完了」 is a need).
 * The text is the normalised one (simplified, half-width).
 */
export type SmallTalk = 'ack' | 'thanks' | 'greeting';

const WORDS: Record<SmallTalk, string[]> = {
  thanks: [
    '谢谢', '多谢', '感谢', '感恩', '谢了', '谢啦', '谢谢啦', '蟹蟹', '3q', '辛苦', '唔该', '麻烦你了', '麻烦您了', '费心了',
    'thank you', 'thanks', 'thx', 'tks', 'ty', 'many thanks', 'much appreciated', 'appreciate it', 'cheers',
  ],
  greeting: [
    '你好', '您好', '侬好', '哈喽', '哈啰', '嗨', '早上好', '早安', '早', '上午好', '中午好', '下午好', '晚上好', '晚安',
    '在吗', '在不在', '在伐', '在嘛', 'hello', 'hi', 'hey', 'hiya', 'good morning', 'good afternoon', 'good evening', 'morning',
  ],
  ack: [
    '好', '好的', '好滴', '好嘞', '好哒', '好吧', '好呀', '好啊', '行', '行的', '可以', '嗯', '嗯嗯', '恩', '恩恩', '哦', '哦哦', '噢', '喔',
    '收到', '知道了', '知道', '明白', '明白了', '了解', '晓得了', '晓得', '懂了', '好的呀', '没问题', '嗯呢',
    'ok', 'okay', 'k', 'kk', 'noted', 'got it', 'sure', 'alright', 'fine', 'cool', 'great', 'roger',
  ],
};

/** Words that may stand beside them: who is thanked, softeners, intensifiers. */
const BESIDE = [
  '我', '我们', '你', '您', '你们', '侬', '大家', '邻里', '机器人', '小助手', '助手', '啦', '了', '呀', '啊', '哈', '哈哈', '晒', '哦', '呢', '哟', '嘛', '的',
  '很', '太', '非常', '十分', '万分', '真', '真是', '实在', '一下', '一直', '帮忙', '各位', '老师', '阿姨', '师傅',
  'so much', 'very much', 'a lot', 'again', 'you', 'all', 'there', 'linli', 'bot', 'dear', 'lol', 'ha', 'haha',
];

const TOKENS = (Object.entries(WORDS) as [SmallTalk, string[]][])
  .flatMap(([kind, words]) => words.map((w) => ({ w, kind: kind as SmallTalk | undefined })))
  .concat(BESIDE.map((w) => ({ w, kind: undefined })))
  .sort((a, b) => b.w.length - a.w.length);

// Punctuation, spaces, emoji and other pictographs: they say nothing of what is asked.
const NOISE = /[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]+/gu;

/** The kind of small talk a whole message is, or undefined when it says anything more. */
export function smallTalkOf(text: string): SmallTalk | undefined {
  const seen = smallTalkIn(text);
  if (!seen) return undefined;
  if (seen.has('thanks')) return 'thanks';
  if (seen.has('greeting')) return 'greeting';
  return seen.has('ack') ? 'ack' : undefined;
}

/**
 * Thanks and nothing else (「谢谢侬」, "thank you so much"), not 「好的 谢谢」, which also says yes: while the bot waits
 * for an answer, it is no answer.
 */
export function thanksAlone(text: string): boolean {
  const seen = smallTalkIn(text);
  return seen !== undefined && seen.has('thanks') && !seen.has('ack');
}

/** Every kind of small talk a whole message is made of; undefined when it says anything more. */
function smallTalkIn(text: string): Set<SmallTalk> | undefined {
  if (text.length > 40) return undefined;
  const lower = text.toLowerCase();
  const bare = lower.replace(NOISE, '');
  if (bare === '') return text.trim() === '' ? undefined : new Set(['ack']);
  const seen = new Set<SmallTalk>();
  // Latin words are matched whole (「hi」 is not the start of 「his」); Chinese ones anywhere they begin.
  let rest = lower.replace(NOISE, ' ').trim();
  while (rest.length > 0) {
    const token = TOKENS.find(({ w }) => rest.startsWith(w) && (!/[a-z0-9]$/.test(w) || !/^[a-z0-9]/.test(rest.slice(w.length))));
    if (!token) return undefined;
    if (token.kind) seen.add(token.kind);
    rest = rest.slice(token.w.length).trimStart();
  }
  return seen.size > 0 ? seen : undefined;
}

/**
 * Thanks said beside news that asks nothing (「谢谢 救护车来了」, 「药收到了 多谢」, "thanks, the ambulance is here"):
 * one clause of the message is thanks alone.
 */
export const thankedIn = (text: string): boolean =>
  text.length <= 120 && text.split(/[\s,,。.!!~、;;]+/).some((clause) => clause !== '' && smallTalkOf(clause) === 'thanks');

const QUESTION = /[??]\s*$|(?:吗|么|呢|伐|嘛|不)\s*[。.!!~]*$|什么时候|几点|为什么|为啥|怎么|是不是|会不会|多久|\b(?:when|what|why|how|will|is there|are there|do you know)\b/i;

/** A question the bot found nothing to act on in (「请问封控什么时候结束」): said so, before the choices. */
export const isQuestion = (text: string): boolean => text.length <= 200 && QUESTION.test(text);

/**
 * Who the bot is, asked of it (「你是谁」, 「你叫什么名字」, 「你是机器人吗」, 「你是居委的吗」, "are you a real person?"): the whole
 * message. Elderly residents write to it as to a person; they are told plainly what it is and is not.
 */
const WHO_ASKED =
  /^(?:请问|那|哎)?[\s,]*(?:你|您|侬)(?:是谁|是哪位|哪位|叫什么(?:名字)?|叫啥(?:名字)?|是(?:不是)?(?:真人|机器人|人工智能|ai|电脑|居委(?:会)?(?:的)?(?:人)?|物业(?:的)?|志愿者)|是人(?:还是机器)?)(?:吗|呢|啊|呀|伐|哦)?[\s??。!!]*$|^(?:who|what) are you\s*\??$|^are you (?:a )?(?:real person|human|bot|robot|ai|machine|from the (?:committee|neighbou?rhood committee))\s*\??$|^what(?:'s| is) your name\s*\??$/i;
export const whoAsked = (text: string): boolean => text.length <= 30 && WHO_ASKED.test(text.trim());
