import type { MessageKey } from '../kernel/catalogue.js';
import type { SpreadsheetSpec } from '../kernel/types.js';
import type { SendOptions } from '../outbox/store.js';
import type { Ctx } from './context.js';

/** A list longer than this (characters: about two WeChat messages) goes as a summary and a file. */
export const LONG_LIST_CHARS = 4000;
/** How many lines of a long list the chat still sees. */
export const SHOWN_LINES = 10;

type Cell = string | number | null;

export interface ListReply {
  /** What comes first: a title, counts. */
  head: string[];
  /** One line per item. */
  lines: string[];
  /**
   * Where a long list goes whole: the file's name (without .xlsx) and its rows (by default one line
   * a row) — or the capability's own sheet, made only when the list is long.
   */
  file: { name: string; header?: string[]; rows?: Cell[][] } | (() => SpreadsheetSpec);
  /**
   * Send it privately: true quietly (a list of people asked in a residents' group), or the message
   * the group hears ("sent to you privately").
   */
  privately?: boolean | MessageKey;
}

/**
 * Answers with a list, the one way: short, it is said in full; longer than a few messages, the
 * chat gets the head, the first SHOWN_LINES lines and where the rest is, and the whole list comes
 * as a spreadsheet with the same message (hundreds of messages to one person never happen).
 */
export function replyList(ctx: Ctx, list: ListReply): void {
  const send = (text: string, opts: SendOptions = {}) => {
    if (!list.privately) ctx.replyText(text, opts);
    else ctx.answerPrivately(text, { ...opts, saidInGroup: list.privately === true ? undefined : list.privately });
  };
  const whole = [...list.head, ...list.lines].join('\n');
  if (whole.length <= LONG_LIST_CHARS) return send(whole);
  const file = typeof list.file === 'function' ? list.file() : plainSheet(ctx, list.file, list.lines);
  const more = ctx.text('core.listMore', { count: list.lines.length - SHOWN_LINES, file: file.name });
  send([...list.head, ...list.lines.slice(0, SHOWN_LINES), more].join('\n'), { file });
}

function plainSheet(ctx: Ctx, file: { name: string; header?: string[]; rows?: Cell[][] }, lines: string[]): SpreadsheetSpec {
  const name = `${file.name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}.xlsx`;
  const rows = file.rows ?? lines.map((line) => [line]);
  const header = file.header ?? [ctx.text('core.listColumn')];
  return { name, sheets: [{ name: file.name, rows: [header, ...rows] }] };
}
