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
  /** When the platform says it was sent, epoch ms. */
  time: number;
}

/** A spreadsheet to attach: rendered to .xlsx when sent. */
export interface SpreadsheetSpec {
  name: string;
  sheets: { name: string; rows: (string | number | null)[][] }[];
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
  file?: { name: string; data: Buffer };
}
