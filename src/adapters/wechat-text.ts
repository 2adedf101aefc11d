/** Text shapes of WeChat messages: quoted replies, @mentions, group notes (「#接龙」), refusals. (Long texts are split by the outbox: src/outbox/parts.ts.) */

export interface Quote {
  /** Who wrote the quoted message, as WeChat shows them. */
  name: string;
  /** The quoted text (WeChat may shorten a long one). */
  quoted: string;
  /** What the person wrote in reply. */
  reply: string;
}

// 「name：quoted text」\n- - - - - - - - - - - - - - -\nreply   (web and pad protocols; colon half- or full-width)
const QUOTE = /^[「“"]([^:：\n]{0,64})[:：]\s?([\s\S]*?)[」”"]\s*\n\s*(?:-\s*){3,}\n([\s\S]*)$/;

/** A quoted reply split into its parts, or undefined for an ordinary message. */
export function parseQuote(text: string): Quote | undefined {
  const m = QUOTE.exec(text);
  if (!m) return undefined;
  return { name: m[1]!.trim(), quoted: m[2]!, reply: m[3]!.trim() };
}

/** What the bot's own text looks like once quoted: leading @mentions dropped (the bot adds them when sending). */
export function quotedBody(quoted: string): string {
  return quoted.replace(/^(?:@[^\s\u2005@]+[\s\u2005]*)+/, '').trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text without "@<bot name>" (WeChat ends a mention with U+2005, the mock with a space). */
export function stripMention(text: string, names: string[]): string {
  let out = text;
  for (const name of names.filter(Boolean)) {
    out = out.replace(new RegExp(`@${escape(name)}(?:[\\u2005\\u0020]|$)`, 'g'), '');
  }
  return out.trim();
}

/**
 * WeChat's answer when an account sends too much: the account must rest, not just this chat.
 * The text says 操作过于频繁; web WeChat (wechat4u) fails an assertion on the response code instead,
 * so the code it got (1205, "too frequent") is in `actual`.
 */
export function isRateLimited(err: unknown): boolean {
  const e = (err instanceof Error ? err : { message: String(err) }) as { message: string } & Record<string, unknown>;
  const text = [e.message, e.code, e.actual, e.tips].filter((x) => x !== undefined).map(String).join(' ');
  return /过于频繁|操作频繁|rate.?limit|too many requests|too frequent|(?:^|\D)1205(?:\D|$)/i.test(text);
}

/**
 * WeChat's own 「#接龙」 (the chain button in a group) arrives as a group note: wechat4u gives its
 * title, which is the whole chain ("#接龙\n标题\n\n1. 张阿姨 5-302 B×2"); other puppets may give
 * the message's XML. Either way it is read as the chain text the recognisers know, headed by a
 * line "#接龙" of its own.
 */
export function groupNoteText(raw: string): string {
  let text = raw;
  if (/<appmsg[\s>]/.test(raw)) {
    const title = /<title>([\s\S]*?)<\/title>/.exec(raw)?.[1] ?? '';
    text = unescapeXml(title.replace(/^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/, '$1'));
  }
  text = text.replace(/\r\n?/g, '\n').trim();
  if (text === '') return '';
  const head = /^#?\s*接[龙龍]\s*/.exec(text);
  return head ? `#接龙\n${text.slice(head[0].length)}` : `#接龙\n${text}`;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return XML_ENTITIES[e.toLowerCase()] ?? all;
  });
}
