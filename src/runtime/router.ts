import type { AnyCommand, ParseContext } from './command.js';
import { UserError } from './errors.js';
import { detectLang } from '../kernel/lang.js';
import { normalize } from '../kernel/normalize.js';
import type { Lang } from '../kernel/types.js';

export type ParsedArgs = { ok: true; value: unknown } | { ok: false; error: UserError };

interface ParsedBase {
  /** The normalised text, with an @mention of the bot removed. */
  text: string;
  /** The language the message was written in, when it says (undefined for "+1", digits, emoji). */
  lang: Lang | undefined;
  /** The bot was @-mentioned or named. */
  addressed: boolean;
}

export type Parsed = ParsedBase &
  (
    | { kind: 'command'; command: AnyCommand; via: 'slash' | 'keyword' | 'detect'; rawArgs: string; args: ParsedArgs }
    | { kind: 'none'; reason: 'empty' | 'chatter' | 'unknown-command' | 'other-bot' }
  );

export interface RouteInput {
  text: string;
  isGroup: boolean;
  mentionsBot?: boolean;
}

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Turns text into a decision, without a database: a slash command (with aliases in every language),
 * a keyword phrase, a recognised free-text form (a 接龙 chain), or "not for the bot".
 * Replies to bot messages and open conversations need the database; the dispatcher handles them.
 */
export class Router {
  private readonly aliases = new Map<string, AnyCommand>();
  private readonly sortedAliases: string[];
  private readonly byPriority: AnyCommand[];
  private readonly mention: RegExp | undefined;

  constructor(
    readonly commands: AnyCommand[],
    botNames: string[] = [],
  ) {
    for (const command of commands) {
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
    this.byPriority = [...commands].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
    const names = botNames.filter(Boolean).map(escapeRe);
    this.mention = names.length > 0 ? new RegExp(`(?:^|\\s)@(?:${names.join('|')})(?=\\s|$|[,,:：])[,,:：]?`, 'gi') : undefined;
  }

  /** Finds a command by any of its names (for /help and tests). */
  commandNamed(name: string): AnyCommand | undefined {
    return this.aliases.get(normalize(name).toLowerCase());
  }

  route(input: RouteInput): Parsed {
    let text = normalize(input.text);
    let addressed = input.mentionsBot ?? false;
    if (this.mention) {
      const stripped = text.replace(this.mention, ' ').trim();
      if (stripped !== text) addressed = true;
      text = stripped;
    }
    const base = { text, lang: this.languageOf(input.text), addressed };
    if (text === '') return { ...base, kind: 'none', reason: 'empty' };
    const p: ParseContext = { lang: base.lang ?? 'zh-CN', isGroup: input.isGroup, addressed };

    if (text.startsWith('/')) return Object.assign(this.slash(text.slice(1), p), base);

    for (const command of this.byPriority) {
      for (const keyword of command.keywords ?? []) {
        const m = keyword.exec(text);
        if (m) return Object.assign(this.withArgs(command, 'keyword', (m[1] ?? '').trim(), p), base);
      }
    }
    for (const command of this.byPriority) {
      const raw = command.detect?.(text, p);
      if (raw !== undefined) return Object.assign(this.withArgs(command, 'detect', raw, p), base);
    }
    return { ...base, kind: 'none', reason: 'chatter' };
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
  private withArgs(command: AnyCommand, via: 'slash' | 'keyword' | 'detect', rawArgs: string, p: ParseContext) {
    let args: ParsedArgs | undefined;
    return {
      kind: 'command' as const,
      command,
      via,
      rawArgs,
      get args(): ParsedArgs {
        return (args ??= parseArgs(command, rawArgs, p));
      },
    };
  }

  private languageOf(original: string): Lang | undefined {
    const trimmed = original.normalize('NFKC').trim();
    // An English command name ("/help") says little about the person; its arguments say more.
    const ascii = /^\/[A-Za-z_]+(@\w+)?/.exec(trimmed);
    return detectLang(ascii ? trimmed.slice(ascii[0].length) : trimmed);
  }
}

/** Runs a command's own parser, then its zod schema; a failure becomes the command's usage reply. */
export function parseArgs(command: AnyCommand, rawArgs: string, p: ParseContext): ParsedArgs {
  try {
    const value = command.parse(rawArgs, p);
    const checked = command.args.safeParse(value);
    if (checked.success) return { ok: true, value: checked.data };
    return { ok: false, error: new UserError(command.usage) };
  } catch (err) {
    if (err instanceof UserError) return { ok: false, error: err };
    throw err;
  }
}
