import type { AnyCommand, ParseContext } from './command.js';
import { detectLang } from '../kernel/lang.js';
import { normalize } from '../kernel/normalize.js';
import type { Lang } from '../kernel/types.js';
import { understand, type Recognisers, type ReplyRecogniser, type Situation, type Understanding } from './understand.js';
import { parseArgs, readingArgs, type ParsedArgs } from './args.js';

export { parseArgs, type ParsedArgs };

interface ParsedBase {
  /** The normalised text, with an @mention of the bot removed. */
  text: string;
  /** The language the message was written in, when it says (undefined for "+1", digits, emoji). */
  lang: Lang | undefined;
  /** The bot was @-mentioned or named. */
  addressed: boolean;
}

/** A message as the router prepares it: a slash command, free text for the recognisers, or nothing for the bot. */
export type Prepared = ParsedBase &
  (
    | { kind: 'command'; command: AnyCommand; via: 'slash'; rawArgs: string; args: ParsedArgs }
    | { kind: 'text' }
    | { kind: 'none'; reason: 'empty' | 'unknown-command' | 'other-bot' }
  );

/** A message routed without a database (`npm run parse`, tests): free text as the recognisers decided. */
export type Parsed = ParsedBase &
  (
    | { kind: 'command'; command: AnyCommand; via: 'slash' | 'keyword' | 'recognise'; rawArgs: string; args: ParsedArgs; understanding?: Understanding }
    | { kind: 'none'; reason: 'empty' | 'chatter' | 'unknown-command' | 'other-bot'; understanding?: Understanding }
  );

export interface RouteInput {
  text: string;
  isGroup: boolean;
  mentionsBot?: boolean;
  /** The language the sender is known to write, which decides a message written in both scripts. */
  knownLang?: Lang;
}

/** The situation of a message when nothing is known from a database: no reply, nothing open, a stranger. */
export const bareSituation = (isGroup: boolean, addressed: boolean, more: Partial<Situation> = {}): Situation => ({
  isGroup,
  addressed,
  groupBuys: [],
  hasCommunity: false,
  ...more,
});

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Prepares text, without a database: normalised, the @mention of the bot removed, the language
 * read, and a slash command found (with aliases in every language). Free text is read by the
 * recognisers of every command (src/runtime/understand.ts); the dispatcher gives them the situation
 * from the database (replies to bot posts, open group-buys, open conversations).
 */
export class Router {
  private readonly aliases = new Map<string, AnyCommand>();
  private readonly sortedAliases: string[];
  private readonly mention: RegExp | undefined;
  private readonly byName = new Map<string, AnyCommand>();
  /** Every command's keywords and recognisers, and the recognisers of replies to bot posts by kind. */
  readonly recognisers: Recognisers;

  constructor(
    readonly commands: AnyCommand[],
    botNames: string[] = [],
  ) {
    for (const command of commands) {
      this.byName.set(command.name, command);
      for (const raw of [command.name, ...command.aliases]) {
        const alias = normalize(raw).toLowerCase();
        const existing = this.aliases.get(alias);
        if (existing && existing !== command) {
          throw new Error(`alias "${raw}" is claimed by both ${existing.name} and ${command.name}`);
        }
        this.aliases.set(alias, command);
      }
    }
    this.sortedAliases = [...this.aliases.keys()].sort((a, b) => b.length - a.length);
    const replies = new Map<string, ReplyRecogniser>();
    for (const command of commands) {
      for (const [kind, def] of Object.entries(command.onReply ?? {})) {
        if (def.recognise) replies.set(kind, def.recognise.bind(def));
      }
    }
    // Higher priority first, so a tie goes to the command that declares it matters more.
    const byPriority = [...commands].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
    this.recognisers = { commands: byPriority, replies };
    const names = botNames.filter(Boolean).map(escapeRe);
    this.mention = names.length > 0 ? new RegExp(`(?:^|\\s)@(?:${names.join('|')})(?=\\s|$|[,,:：])[,,:：]?`, 'gi') : undefined;
  }

  /** Finds a command by any of its names (for /help and tests). */
  commandNamed(name: string): AnyCommand | undefined {
    return this.aliases.get(normalize(name).toLowerCase());
  }

  /** Normalises, strips the @mention, reads the language and finds a slash command: what the dispatcher starts from. */
  read(input: RouteInput): Prepared {
    let text = normalize(input.text);
    let addressed = input.mentionsBot ?? false;
    if (this.mention) {
      const stripped = text.replace(this.mention, ' ').trim();
      if (stripped !== text) addressed = true;
      text = stripped;
    }
    const base = { text, lang: this.languageOf(input.text, input.knownLang), addressed };
    if (text === '') return { ...base, kind: 'none', reason: 'empty' };
    const p: ParseContext = { lang: base.lang ?? 'zh-CN', isGroup: input.isGroup, addressed };
    if (text.startsWith('/')) return Object.assign(this.slash(text.slice(1), p), base);
    return { ...base, kind: 'text' };
  }

  /**
   * Reads free text with every recogniser in a situation (by default: nothing known from a
   * database). The dispatcher builds the situation; `npm run parse` and tests pass their own.
   */
  understand(text: string, situation: Situation, lang: Lang | undefined): Understanding {
    return understand(text, situation, this.recognisers, lang ?? 'zh-CN');
  }

  /** Routes one message without a database: a slash command, or free text as the recognisers decide. */
  route(input: RouteInput, situation?: Partial<Situation>): Parsed {
    const prepared = this.read(input);
    if (prepared.kind !== 'text') return prepared;
    const s = bareSituation(input.isGroup, prepared.addressed, situation);
    const understanding = this.understand(prepared.text, s, prepared.lang);
    const { decision } = understanding;
    const { text, lang, addressed } = prepared;
    const reading = decision.kind === 'act' ? decision.reading : undefined;
    if (!reading || reading.via === 'reply') return { text, lang, addressed, kind: 'none', reason: 'chatter', understanding };
    const command = this.commandByName(reading.command)!;
    const p: ParseContext = { lang: lang ?? 'zh-CN', isGroup: input.isGroup, addressed };
    return { text, lang, addressed, understanding, ...this.withArgs(command, reading.via, readingArgs(command, reading, p)) };
  }

  /** A command by its canonical name. */
  commandByName(name: string): AnyCommand | undefined {
    return this.byName.get(name);
  }

  private slash(body: string, p: ParseContext) {
    const lower = body.toLowerCase();
    for (const alias of this.sortedAliases) {
      if (!lower.startsWith(alias)) continue;
      let rest = body.slice(alias.length);
      // ASCII names need a boundary: "/homework" is not "/home".
      if (isAscii(alias) && /^[A-Za-z0-9_]/.test(rest)) continue;
      // Telegram's /cmd@botname: another bot's command is not ours.
      const at = /^@(\w+)/.exec(rest);
      if (at) {
        if (this.mention && !this.isOurName(at[1]!)) return { kind: 'none' as const, reason: 'other-bot' as const };
        rest = rest.slice(at[0].length);
      }
      return this.withArgs(this.aliases.get(alias)!, 'slash', rest.trim(), p);
    }
    return { kind: 'none' as const, reason: 'unknown-command' as const };
  }

  private isOurName(name: string): boolean {
    return this.mention !== undefined && new RegExp(this.mention.source, 'i').test(` @${name}`);
  }

  /** Arguments are parsed only when asked for: by the dispatcher once it has chosen this route. */
  private withArgs<V extends 'slash' | 'keyword' | 'recognise'>(command: AnyCommand, via: V, read: string | ParsedArgs, p?: ParseContext) {
    let args: ParsedArgs | undefined = typeof read === 'string' ? undefined : read;
    const rawArgs = typeof read === 'string' ? read : '';
    return {
      kind: 'command' as const,
      command,
      via,
      rawArgs,
      get args(): ParsedArgs {
        return (args ??= parseArgs(command, rawArgs, p!));
      },
    };
  }

  private languageOf(original: string, known: Lang | undefined): Lang | undefined {
    const trimmed = original.normalize('NFKC').trim();
    // An English command name ("/help") says little about the person; its arguments say more.
    const ascii = /^\/[A-Za-z_]+(@\w+)?/.exec(trimmed);
    return detectLang(ascii ? trimmed.slice(ascii[0].length) : trimmed, known);
  }
}
