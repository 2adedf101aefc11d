import './messages.js';
import type { MessageKey } from '../../kernel/catalogue.js';
import type { FileKind, Incoming, IncomingFile, SpreadsheetSpec } from '../../kernel/types.js';
import { queueFileRead, saveFileOffer, saveFileWait, takeFileOffer, takeFileWait } from '../../services/files.js';
import type { Ctx } from '../context.js';
import { UserError } from '../errors.js';
import { DOCUMENT_LIMITS, SPREADSHEET_LIMITS } from './limits.js';

/**
 * How long a command that came without its file waits for it, and a file that came without its
 * command waits for that (a WeChat file cannot carry a command: they come as two messages).
 */
export const FILE_WAIT_MS = 5 * 60_000;

/** A file a step got, read. */
export interface TakenFile {
  name: string;
  /** A document's bytes. */
  data?: Buffer;
  /** A spreadsheet's rows: rows[i] is row i + 1. */
  sheets?: SpreadsheetSpec['sheets'];
}

type Routed = { status: 'handled' | 'ignored' | 'refused'; as: string };

const limitOf = (kind: FileKind) => (kind === 'spreadsheet' ? SPREADSHEET_LIMITS.bytes : DOCUMENT_LIMITS.bytes);

/**
 * The dispatcher's one call for a message that carries a file, around its route. Nothing is
 * downloaded here: a file is only ever read for a step that waits for one from this person.
 * - a caption that is a command goes its way; the command takes the file (`takeFile`) or not;
 * - otherwise a step this person started here and that waits for a file takes it;
 * - otherwise the file is remembered for FILE_WAIT_MS, not read: the command that follows from
 *   this person here takes it (`takeFile`). A person some capability expects a file from (a
 *   group-buy leader's export, a draft's missing document) is asked what it is for; anyone else
 *   gets silence in a group (and for a photo) and one short line in private.
 * The read file comes back later as a message of its own, and then is routed like any other.
 */
export function withFile(ctx: Ctx, captionIsCommand: boolean, route: () => Routed): Routed {
  const file = ctx.msg.file;
  if (!file || file.read) return route();
  if (captionIsCommand) return route();
  const wait = takeFileWait(ctx.db, ctx.member.id, ctx.here, ctx.now());
  if (wait) {
    const refused = queueRead(ctx, file, wait.kind, wait.command);
    if (!refused) return { status: 'handled', as: 'file:for-step' };
    ctx.reply(refused.key, refused.params);
    return { status: 'refused', as: 'file:too-big' };
  }
  const { name, mimeType, size, ref } = file;
  saveFileOffer(ctx.db, ctx.member.id, ctx.here, { messageId: ctx.msg.messageId, file: { name, mimeType, size, ref } }, ctx.now() + FILE_WAIT_MS, ctx.now());
  const uses = ctx.registry.capabilities.flatMap((c) => c.fileUses?.(ctx, file) ?? []);
  if (uses.length > 0) {
    ctx.reply('file.whatFor', { file: file.name, minutes: FILE_WAIT_MS / 60_000, uses: uses.join('\n') });
    return { status: 'handled', as: 'file:what-for' };
  }
  // A photo sent to the bot for no step is a photo, not a mistake: no answer to it.
  if (ctx.isGroup || isPhoto(file)) return { status: 'ignored', as: 'file:not-expected' };
  ctx.reply('file.notExpected', { file: file.name });
  return { status: 'handled', as: 'file:not-expected' };
}

const isPhoto = (file: IncomingFile): boolean => file.mimeType?.startsWith('image/') === true;
/** A photo is a document (a 通行证, a 核酸 certificate), never a spreadsheet. */
const fits = (kind: FileKind) => (file: IncomingFile): boolean => kind === 'document' || !isPhoto(file);

/**
 * For a command that needs a file: the file, read, when this message brings it read; otherwise
 * undefined, and the command's answer comes later. A file on this message, or else the file this
 * person sent here in the last FILE_WAIT_MS, is queued to be read off the message path (handed on
 * with `then`, by default this same command); no file at all and the step waits FILE_WAIT_MS for
 * this person's file here, saying so. A file that broke a limit
 * is refused with one clear reply (`unreadable` names the command's own words for a file it
 * cannot open).
 */
export function takeFile(ctx: Ctx, kind: FileKind, opts: { then?: string; unreadable?: MessageKey } = {}): TakenFile | undefined {
  const file = ctx.msg.file;
  const command = opts.then ?? ctx.msg.text;
  if (file?.read) {
    const read = file.read;
    if (read.ok) return { name: file.name, data: read.data, sheets: read.sheets };
    if (read.problem === 'unreadable' && opts.unreadable) throw new UserError(opts.unreadable, { file: file.name });
    throw new UserError(`file.${read.problem}`, { file: file.name, limit: read.limit ?? '', mb: read.limit ? Math.round(read.limit / 1024 / 1024) : '' });
  }
  // The file on this message, or one this person sent here just before (two messages on WeChat).
  const given = file ?? takeFileOffer(ctx.db, ctx.member.id, ctx.here, ctx.now(), fits(kind))?.file;
  if (given) {
    const refused = queueRead(ctx, given, kind, command);
    if (refused) throw new UserError(refused.key, refused.params);
    return undefined;
  }
  saveFileWait(ctx.db, ctx.member.id, ctx.here, { kind, command }, ctx.now() + FILE_WAIT_MS);
  ctx.reply(kind === 'spreadsheet' ? 'file.sendSpreadsheet' : 'file.sendDocument', { minutes: FILE_WAIT_MS / 60_000 });
  return undefined;
}

/**
 * Queues the file to be fetched and read (src/runtime/files/intake.ts), in this message's
 * transaction, unless the platform already says it is too big: then nothing is fetched.
 */
function queueRead(ctx: Ctx, file: IncomingFile, kind: FileKind, command: string): { key: MessageKey; params: Record<string, string | number> } | undefined {
  const limit = limitOf(kind);
  if (file.size !== undefined && file.size > limit) return { key: 'file.tooBig', params: { file: file.name, mb: Math.round(limit / 1024 / 1024) } };
  const m = ctx.msg;
  const message: Omit<Incoming, 'text' | 'file'> = {
    platform: m.platform,
    chatId: m.chatId,
    chatTitle: m.chatTitle,
    isGroup: m.isGroup,
    senderId: m.senderId,
    senderName: m.senderName,
    senderPrivateChatId: m.senderPrivateChatId,
    messageId: m.messageId,
    time: m.time,
  };
  queueFileRead(
    ctx.db,
    { platform: m.platform, chatId: m.chatId, messageId: m.messageId, kind, command, message, file: { name: file.name, mimeType: file.mimeType, size: file.size, ref: file.ref } },
    ctx.now(),
  );
  return undefined;
}
