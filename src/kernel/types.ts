import type { Platform } from './config.js';

export type { Platform };

/** Languages the bot answers in: simplified Chinese, traditional Chinese, English. */
export type Lang = 'zh-CN' | 'zh-TW' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'zh-TW', 'en'];

/**
 * An attachment that arrived with a message (a spreadsheet export, a photo of a certificate). The
 * adapter hands it over as metadata and a way to fetch it: nothing is downloaded until a step is
 * waiting for a file from this person (src/runtime/files/), and then it is read off the message
 * path, within limits, and handed on again with what was read (`read`).
 */
export interface IncomingFile {
  name: string;
  mimeType?: string;
  /** Bytes, when the platform says so before anything is downloaded. */
  size?: number;
  /** What the adapter needs to fetch it later (Telegram's file_id, WeChat's message id, the console's path). */
  ref?: string;
  /** The bytes, when the adapter holds them already (the console reads a local file). */
  data?: Buffer;
  /** What the file intake read, on the message it hands on to the step that waited for the file. */
  read?: FileRead;
}

/** What a step waits for: a spreadsheet to read into rows, or a document kept as it is. */
export type FileKind = 'spreadsheet' | 'document';

/** Why a file was not read: each gets one clear reply (src/runtime/files/messages.ts). */
export type FileProblem = 'tooBig' | 'unpacksTooBig' | 'tooManyRows' | 'tooManyCells' | 'cellTooLong' | 'unreadable' | 'lost';

export type FileRead =
  | { ok: true; data?: Buffer; sheets?: SpreadsheetSpec['sheets'] }
  | { ok: false; problem: FileProblem; limit?: number };

/** A platform-neutral incoming message. Adapters make these; nothing past them sees a platform SDK. */
export interface Incoming {
  platform: Platform;
  chatId: string;
  chatTitle?: string;
  isGroup: boolean;
  senderId: string;
  senderName: string;
  /**
   * Where the sender can be written to privately, when the platform allows it from a group too
   * (the console; a WeChat contact). In a private chat it is the chat itself.
   */
  senderPrivateChatId?: string;
  text: string;
  messageId: string;
  /** The platform id of the message this one replies to (or quotes), if any. */
  replyToMessageId?: string;
  /** For WeChat quoted replies that could not be mapped to an id: the quoted text. */
  quotedText?: string;
  /** True when the platform says the bot was @-mentioned. */
  mentionsBot?: boolean;
  /** Platform user ids @-mentioned in the message (not the bot). */
  mentions?: { userId: string; name: string }[];
  file?: IncomingFile;
  /** A voice message: there is nothing to read; in a private chat the person is asked to type. */
  voice?: boolean;
  /** When the platform says it was sent, epoch ms. */
  time: number;
}

/** One cell: text, a number, or empty. */
export type Cell = string | number | null;

/**
 * How a column's cells show and print: text (left, wrapped past its width), a count (a whole
 * number, centred), money (yuan as a number, two decimals with ¥; the database keeps fen), or a
 * box left empty to tick or sign by hand (签收).
 */
export type ColumnKind = 'text' | 'count' | 'money' | 'sign';

export interface SheetColumn {
  kind: ColumnKind;
  /** Width in characters (a Chinese character counts two); from the longest cell when not given. */
  width?: number;
}

/** One sheet: a table under a few title lines. */
export interface SheetSpec {
  name: string;
  /** Lines above the table, the first in large type: what it is, the community, the date, the leader. */
  title?: string[];
  /** By position; a column not described is text. */
  columns?: SheetColumn[];
  /**
   * rows[0] is the header: bold, frozen on screen, repeated at the top of every printed page.
   * A row of a single cell in a wider table is a heading across it (a hospital in a medicine run).
   */
  rows: Cell[][];
  /** The last row holds totals: bold, ruled above; its count and money cells sum the rows above. */
  total?: boolean;
}

/**
 * A spreadsheet to attach, rendered to .xlsx when sent. Every sheet prints on A4, one page wide,
 * across the page when its columns would not fit upright. Read back (imports, tests), a sheet is
 * its name and rows: the title lines first, then the table.
 */
export interface SpreadsheetSpec {
  name: string;
  sheets: SheetSpec[];
}

/**
 * A picture to attach: a card of sections in large type (the daily bulletin), drawn to PNG when
 * sent (src/outbox/card.ts). Counts and notices only: what is on it may be seen by a whole group.
 */
export interface CardSpec {
  /** The file name it is sent as ("每日通报-2026-04-20.png"). */
  name: string;
  lang: Lang;
  /** Above the title, smaller: whose card it is (the community). */
  community: string;
  title: string;
  date: string;
  /** In this order; the first is framed more strongly (the notices come first). */
  sections: { title: string; lines: string[] }[];
  footer?: string;
}

/** Where a message goes: a chat on a platform. */
export interface ChatAddress {
  platform: Platform;
  chatId: string;
}

/** A message as the outbox worker hands it to an adapter. */
export interface OutgoingMessage extends ChatAddress {
  outboxId: number;
  text: string;
  replyTo?: string;
  mentions?: string[];
  /** An urgent message's first part (an emergency, an urgent notice): a platform may call everyone's attention to it (WeCom's @all). */
  urgent?: boolean;
  /** A document (a spreadsheet), sent as a file. */
  file?: { name: string; data: Buffer };
  /** A picture (a PNG card), sent as a photo on Telegram and an image on WeChat. */
  image?: { name: string; data: Buffer };
}
