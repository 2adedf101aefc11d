import { findDoor } from '../kernel/fields/door.js';
import { parseNumber } from '../kernel/chinese.js';
import { allCommunities, chatByAddress, type Community } from '../services/communities.js';
import { conversationElsewhere, endConversation, KEPT_REQUEST_TTL_MS, loadConversation, saveConversation, type Conversation } from '../services/conversations.js';
import { adoptCommunity, homeOf, memberById, privateAddress, setHome, type Member } from '../services/members.js';
import { readingArgs, type ParsedArgs } from './args.js';
import type { AnyCommand } from './command.js';
import { UserError } from './errors.js';
import { decide as decideFor } from './policy.js';
import type { Button, ChatAddress } from '../kernel/types.js';
import type { Ctx } from './context.js';
import type { Registry } from './registry.js';
import type { Decision, Reading, Situation } from './understand.js';
import { keptWaiting, WHERE } from './waiting.js';
import { isQuestion, smallTalkOf, thankedIn, whoAsked } from './small-talk.js';
import { normalize } from '../kernel/normalize.js';

type Routed = { status: 'handled' | 'ignored' | 'refused'; as: string };

/** What the dispatcher does for these questions: run a command, hand a reply to its post's handler, refresh the context. */
export interface PendingRoutes {
  run(ctx: Ctx, command: AnyCommand, args: ParsedArgs, via: 'choice'): Routed;
  reply(ctx: Ctx, ref: { kind: string; id: number }, text: string): Routed | undefined;
  /** A context for the same message after the member changed (a newcomer's community). */
  refresh(ctx: Ctx, member: Member): Ctx;
}

/** A request kept while the person answers a question: enough to run it through the same command and policy. */
interface Kept {
  command: string;
  args?: unknown;
  rawArgs?: string;
  /** A reply to a bot post, kept with the post it replied to. */
  reply?: { kind: string; id: number; text: string };
  /** Further requests said while this one waited for a newcomer's door: done after it, in turn. */
  later?: Kept[];
  /** The need said beside a question of danger (「降压药吃完了 头晕 要不要打120」): done if the answer is no. */
  instead?: Kept;
}

const CONFIRM = 'understand.confirm';
const CHOOSE = 'understand.choose';
const LATER = 'understand.later';

/** Where the further requests wait while the first asks its own questions: an address no message comes from. */
const laterAt = (ctx: Ctx): ChatAddress => ({ platform: ctx.here.platform, chatId: `later:${ctx.here.chatId}` });

/** The request a member was asked to confirm in a chat (an emergency asked in the group), if still open. */
export function keptRequest(db: Ctx['db'], memberId: number, where: ChatAddress, now: number): { command: string; args?: unknown } | undefined {
  const open = loadConversation(db, memberId, where, now);
  return open?.kind === CONFIRM ? (open.state as Kept) : undefined;
}

/** 「是」 and its kin complete a likely reading; 「不是」 drops it. */
export const YES = /^(?:是|是的|是啊|是呀|对|对的|对啊|对呀|嗯|嗯嗯|好|好的|好啊|好呀|好的呀|要|要的|需要|可以|可以的|可以啊|可以呀|行|行的|确认|确定|没错|係|系|係呀|得|yes|y|yeah|yep|yup|ok|okay|sure|please)[!!。.~～]*$/i;
export const NO = /^(?:不是|不|不对|不用|不用了|不要|不要了|不需要|没事|没事了|算了|否|唔係|唔系|唔使|唔要|no|n|nope|no thanks)[!!。.~～]*$/i;

/** Commands offered when nothing was read at all, in this order (those the registry has). */
const DEFAULT_CHOICES = ['today', 'medicine', 'groupbuy.buy', 'volunteer', 'help'];

/**
 * The runtime's own questions (src/runtime/understand.ts): a likely reading waits for 「是」, a
 * private chat that was not understood gets choices, and a newcomer is asked which community
 * they live in. Each is a conversation (saveConversation) holding the request, so the answer
 * completes the same request through the same command and policy.
 */
/** 「是」 and 「不是」 as buttons under a question: a tap is that answer, read as typing it would be. */
export const yesNo = (ctx: Ctx): Button[][] => [[{ label: ctx.text('core.yesButton'), reply: '是' }, { label: ctx.text('core.noButton'), reply: '不是' }]];

export class Pending {
  constructor(
    private readonly registry: Registry,
    private readonly routes: PendingRoutes,
  ) {}

  owns(kind: string): boolean {
    return kind === CONFIRM || kind === CHOOSE || kind === WHERE;
  }

  /**
   * A likely reading: one short question answered with 「是」 (privately when the detail is
   * private), or the command's own way of asking. Without a question of its own, a likely reading
   * is a guess where the person talks to the bot and silence in a busy group.
   */
  ask(ctx: Ctx, command: AnyCommand, reading: Reading, args: ParsedArgs, then?: Reading): Routed {
    if (!command.confirm || !args.ok) return this.guessOrSilence(ctx, [reading]);
    const kept: Kept = { command: command.name, args: args.value, ...(then ? { instead: { command: then.command, args: then.args, rawArgs: then.rawArgs } } : {}) };
    const elsewhere = command.confirm.privately === true && ctx.isGroup;
    const where = elsewhere ? privateAddress(ctx.member) : ctx.here;
    if (!where) return this.guessOrSilence(ctx, [reading]);
    if (command.confirm.ask) {
      const asked = command.confirm.ask(ctx, args.value);
      if (asked === null) return { status: 'handled', as: command.name };
      saveConversation(ctx.db, ctx.member.id, where, CONFIRM, asked === undefined ? kept : { ...kept, args: asked }, ctx.now());
      return { status: 'handled', as: `ask:${command.name}` };
    }
    saveConversation(ctx.db, ctx.member.id, where, CONFIRM, kept, ctx.now());
    if (!elsewhere) ctx.reply(command.confirm.question, undefined, { buttons: yesNo(ctx) });
    else {
      ctx.replyPrivately(command.confirm.question, undefined, { buttons: yesNo(ctx) });
      ctx.reply('core.askedPrivately');
    }
    return { status: 'handled', as: `ask:${command.name}` };
  }

  /** A likely reply to a bot post (a cancel under the chain): asked here, its 「是」 hands it to the post's handler. */
  askReply(ctx: Ctx, ref: { kind: string; id: number }, text: string): Routed {
    const owned = this.registry.replyHandlers.get(ref.kind);
    const question = owned?.handler.confirm;
    if (!question) return { status: 'ignored', as: `reply:${ref.kind}:unsure` };
    saveConversation(ctx.db, ctx.member.id, ctx.here, CONFIRM, { command: owned!.command.name, reply: { ...ref, text } } satisfies Kept, ctx.now());
    ctx.reply(question, undefined, { buttons: yesNo(ctx) });
    return { status: 'handled', as: `ask:reply:${ref.kind}` };
  }

  private guessOrSilence(ctx: Ctx, readings: Reading[]): Routed {
    return ctx.isGroup ? { status: 'ignored', as: 'unsure' } : this.guess(ctx, readings, false);
  }

  /** Not understood, where the person talks to the bot: the best guesses and the usual things, as numbered choices. */
  guess(ctx: Ctx, readings: Reading[], addressed: boolean, situation?: Situation): Routed {
    // 「好的」 needs no answer, 「谢谢」 is welcomed, 「你好」 greeted: never a menu of choices.
    const text = normalize(ctx.msg.text);
    const talk = smallTalkOf(text);
    if (talk === 'ack') return { status: 'ignored', as: 'small-talk' };
    // Thanks beside news the bot found nothing to act on in (「谢谢 救护车来了」): welcomed too, privately.
    const thanked = talk === 'thanks' || (!ctx.isGroup && readings.length === 0 && !isQuestion(text) && thankedIn(text));
    if (thanked || (talk === 'greeting' && !ctx.isGroup)) {
      ctx.reply(thanked ? 'core.youreWelcome' : 'core.hello');
      return { status: 'handled', as: `small-talk:${thanked ? 'thanks' : talk}` };
    }
    if (!ctx.isGroup && whoAsked(text)) {
      ctx.reply('core.whoAmI');
      return { status: 'handled', as: 'small-talk:who' };
    }
    // Said to the bot in a busy group: one short line; the choices are for a private chat.
    if (ctx.isGroup) {
      ctx.reply('core.shortHelp');
      return { status: 'handled', as: 'short-help' };
    }
    const { router } = this.registry;
    const answered = this.answeredHere(ctx);
    if (answered) return answered;
    // Words from someone a command waits to hear from (the caller of an open call for help): that command's.
    for (const command of ctx.isGroup ? [] : this.registry.commands) {
      const rawArgs = command.takesTalk?.(ctx);
      if (rawArgs !== undefined) return this.resume(ctx, { command: command.name, rawArgs });
    }
    // Talk to which a command is a kind offer: its question instead of the choices (the reading stays talk).
    const offer = readings.length === 0 ? this.registry.commands.find((c) => c.offeredOn?.(text) && c.confirm) : undefined;
    const offered = offer && readingArgs(offer, { rawArgs: '' }, { lang: ctx.lang, isGroup: false, addressed: true });
    if (offer && offered?.ok) return this.ask(ctx, offer, { intent: offer.name, confidence: 0, evidence: [], command: offer.name, via: 'recognise' }, offered);
    const options: Kept[] = [];
    const add = (command: AnyCommand | undefined, kept: Kept) => {
      if (command?.choice && options.length < 3 && !options.some((o) => o.command === command.name)) options.push(kept);
    };
    for (const r of readings) add(router.commandByName(r.command), { command: r.command, args: r.args, rawArgs: r.rawArgs });
    for (const name of DEFAULT_CHOICES) {
      const command = router.commandByName(name);
      if (!situation || !command?.offered || command.offered(situation)) add(command, { command: name, rawArgs: '' });
    }
    const lines = options.map((o, i) => ctx.text('core.choiceLine', { n: i + 1, what: ctx.text(router.commandByName(o.command)!.choice!) }));
    saveConversation(ctx.db, ctx.member.id, ctx.here, CHOOSE, options, ctx.now());
    // Each choice is also a button: a tap is its number.
    const buttons = [options.map((_, i) => ({ label: String(i + 1), reply: String(i + 1) }))];
    ctx.replyText([ctx.text(isQuestion(text) ? 'core.guessQuestion' : 'core.guess'), ...lines, ctx.text('core.guessFooter')].join('\n'), { buttons });
    return { status: 'handled', as: addressed ? 'guess:addressed' : 'guess' };
  }

  /**
   * A question asked in a group, answered privately (the sign-up's 「什么时间有空?」 in the group, 「我礼拜三礼拜五有空」 to the
   * bot): a short message the bot reads nothing else in goes on with that question here, and the group is left alone.
   */
  private answeredHere(ctx: Ctx): Routed | undefined {
    if (ctx.isGroup || ctx.msg.text.length > SHORT_ANSWER) return undefined;
    const asked = conversationElsewhere(ctx.db, ctx.member.id, ctx.here, ctx.now());
    // (Only a question asked in a group: a request put aside waits in no chat, and is picked up by its own words.)
    const inGroup = asked && chatByAddress(ctx.db, asked.where.platform, asked.where.chatId)?.is_group === 1;
    const owned = asked && inGroup ? this.registry.conversationHandlers.get(asked.kind) : undefined;
    if (!asked || !owned || !decideFor(ctx, owned.command).ok) return undefined;
    endConversation(ctx.db, ctx.member.id, asked.where);
    saveConversation(ctx.db, ctx.member.id, ctx.here, asked.kind, asked.state, ctx.now());
    owned.handler(ctx, asked.state, normalize(ctx.msg.text), false);
    return { status: 'handled', as: `conversation:${asked.kind}:answered-privately` };
  }

  /** Someone the bot does not know asks privately for something that needs a community: which one, and the door. */
  askCommunity(ctx: Ctx, command: AnyCommand, args: ParsedArgs): Routed {
    if (!args.ok) {
      ctx.reply(args.error.key, args.error.params);
      return { status: 'refused', as: `${command.name}:usage` };
    }
    const communities = allCommunities(ctx.db);
    if (communities.length === 0) {
      ctx.reply('core.noCommunities');
      return { status: 'refused', as: `${command.name}:no-community` };
    }
    const kept: Kept = { command: command.name, args: args.value };
    // The door already told (「我是新搬来的 住12号楼801」), or said in the request itself (「我是3号楼201的 降压药没了」),
    // and one community served: the question is answered.
    if ((homeOf(ctx.member) || doorIn(args.value)) && communities.length === 1) return this.settle(ctx, communities[0]!, kept);
    saveConversation(ctx.db, ctx.member.id, ctx.here, WHERE, kept, ctx.now(), KEPT_REQUEST_TTL_MS);
    keptWaiting(ctx, ctx.member.id, ctx.here, command.name);
    this.askWhere(ctx, communities);
    return { status: 'handled', as: `${command.name}:which-community` };
  }

  private askWhere(ctx: Ctx, communities: Community[]): void {
    if (communities.length === 1) return void ctx.reply('core.askDoorOf', { name: communities[0]!.name });
    const list = communities.map((c, i) => ctx.text('core.choiceLine', { n: i + 1, what: c.name })).join('\n');
    ctx.reply('core.askCommunity', { list });
  }

  /** The answer to one of these questions; undefined when the message is not one (it is then routed as it reads). */
  answer(ctx: Ctx, conversation: Conversation, text: string, decision: Decision): Routed | undefined {
    if (conversation.kind === CONFIRM) return this.confirmed(ctx, conversation.state as Kept, text);
    if (conversation.kind === CHOOSE) return this.chosen(ctx, conversation.state as Kept[], text);
    return this.located(ctx, conversation.state as Kept, text, decision);
  }

  private confirmed(ctx: Ctx, kept: Kept, text: string): Routed | undefined {
    endConversation(ctx.db, ctx.member.id, ctx.here);
    if (NO.test(text)) {
      if (kept.instead) {
        ctx.reply('core.notThatThen');
        return this.resumeKeepingHome(ctx, kept.instead);
      }
      ctx.reply('core.notThen');
      return { status: 'handled', as: `confirm:${kept.command}:no` };
    }
    if (!YES.test(text)) return undefined;
    return this.resume(ctx, kept);
  }

  private chosen(ctx: Ctx, options: Kept[], text: string): Routed | undefined {
    const n = parseNumber(text.replace(/[.。!!、)]+$/, ''));
    const kept = n !== undefined ? options[n - 1] : undefined;
    endConversation(ctx.db, ctx.member.id, ctx.here);
    return kept ? this.resume(ctx, kept) : undefined;
  }

  private located(ctx: Ctx, kept: Kept, text: string, decision: Decision): Routed | undefined {
    const communities = allCommunities(ctx.db);
    const community = communityNamed(communities, text);
    // The door asked for, and the need said instead or beside it (「我要配药」, then 「氨氯地平」 or 「降压药没了 我住8号楼601」):
    // the newer words of the same request are the request, and the door is still asked for.
    const said = decision.kind === 'act' || decision.kind === 'ask' ? decision.reading : undefined;
    const restated: Kept | undefined =
      said && !kept.reply && said.command === kept.command && (said.args !== undefined || Boolean(said.rawArgs))
        ? { command: said.command, args: said.args, rawArgs: said.rawArgs, later: kept.later }
        : undefined;
    // More said for the kept request (a further medicine, the count asked for): added to it, nothing lost.
    const command = kept.reply || kept.args === undefined ? undefined : this.registry.router.commandByName(kept.command);
    // The door cut out first: 「8号楼601 两盒」 reads as a home, and what is beside it is the count.
    const door = findDoor(text);
    const besideDoor = door ? `${text.slice(0, door.index)} ${text.slice(door.index + door.length)}`.trim() : text;
    const added: Kept | undefined =
      command?.addTo && besideDoor && (!said || said.command === kept.command || door) ? addedTo(command, kept, besideDoor) : undefined;
    if (!community) {
      if (added) {
        saveConversation(ctx.db, ctx.member.id, ctx.here, WHERE, added, ctx.now(), KEPT_REQUEST_TTL_MS);
        // A further request is said to be kept with the first; a count or detail is acknowledged (「两盒」 met by the bare door
        // question read as not understood), and the door asked again.
        if (said && !this.bare(ctx, command!, kept)) ctx.reply('core.keptBoth');
        else ctx.reply('core.noted');
        this.askWhere(ctx, communities);
        return { status: 'handled', as: 'which-community:added' };
      }
      if (decision.kind === 'act') {
        // A request of another kind that needs the door too: kept after this one, both done once it is given.
        const other = said && said.command !== kept.command ? this.registry.router.commandByName(said.command) : undefined;
        if (said && other?.needsCommunity) {
          const later = [...(kept.later ?? []), { command: said.command, args: said.args, rawArgs: said.rawArgs }];
          saveConversation(ctx.db, ctx.member.id, ctx.here, WHERE, { ...kept, later } satisfies Kept, ctx.now(), KEPT_REQUEST_TTL_MS);
          ctx.reply('core.keptLater');
          this.askWhere(ctx, communities);
          return { status: 'handled', as: 'which-community:later' };
        }
        // Anything else is routed as it reads (the same request said anew is kept instead of this one).
        endConversation(ctx.db, ctx.member.id, ctx.here);
        return undefined;
      }
      if (restated) {
        saveConversation(ctx.db, ctx.member.id, ctx.here, WHERE, restated, ctx.now(), KEPT_REQUEST_TTL_MS);
        this.askWhere(ctx, communities);
        return { status: 'handled', as: 'which-community:kept' };
      }
      // Only one community: the question was the door, so say that is what was not read.
      ctx.reply(communities.length === 1 ? 'core.notUnderstoodDoor' : 'core.notUnderstoodWhere');
      this.askWhere(ctx, communities);
      return { status: 'handled', as: 'which-community:again' };
    }
    endConversation(ctx.db, ctx.member.id, ctx.here);
    if (door) setHome(ctx.db, ctx.member.id, door.door, ctx.now());
    return this.settle(ctx, community, added ?? restated ?? kept);
  }

  /** A newcomer is a resident of this community now: welcomed, and what they asked for is done (then what waited). */
  private settle(ctx: Ctx, community: Community, first: Kept): Routed {
    adoptCommunity(ctx.db, ctx.member.id, community.id);
    ctx.record('member.community', 'member', ctx.member.id);
    ctx.reply('core.welcome', { name: community.name });
    const resident = this.routes.refresh(ctx, memberById(ctx.db, ctx.member.id)!);
    const routed = this.resumeKeepingHome(resident, first);
    if (first.later?.length) saveConversation(ctx.db, ctx.member.id, laterAt(ctx), LATER, first.later, ctx.now(), KEPT_REQUEST_TTL_MS);
    this.carryOn(resident);
    return routed;
  }

  /** Once nothing is being asked here, the next request that waited for the door (said so), and so on. */
  carryOn(ctx: Ctx): void {
    while (!loadConversation(ctx.db, ctx.member.id, ctx.here, ctx.now())) {
      const waiting = loadConversation(ctx.db, ctx.member.id, laterAt(ctx), ctx.now());
      const [next, ...rest] = waiting?.kind === LATER ? (waiting.state as Kept[]) : [];
      if (!next) return;
      if (rest.length) saveConversation(ctx.db, ctx.member.id, laterAt(ctx), LATER, rest, ctx.now(), KEPT_REQUEST_TTL_MS);
      else endConversation(ctx.db, ctx.member.id, laterAt(ctx));
      ctx.reply('core.nextRequest');
      this.resume(ctx, next);
    }
  }

  /** The command said with nothing else (「我要配药」): words added to it are the request, not a second one. */
  private bare(ctx: Ctx, command: AnyCommand, kept: Kept): boolean {
    const empty = readingArgs(command, { rawArgs: '' }, { lang: ctx.lang, isGroup: ctx.isGroup, addressed: true });
    return empty.ok && JSON.stringify(empty.value) === JSON.stringify(kept.args);
  }

  /**
   * The kept request, run once the community is known. When it is refused (「请写要哪个套餐」: a package named as the bot's
   * packages are not), only its own writes are undone: the community and door just given stay, so the next message is not
   * asked where they live again.
   */
  private resumeKeepingHome(ctx: Ctx, kept: Kept): Routed {
    try {
      return ctx.db.transaction(() => this.resume(ctx, kept))();
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      ctx.reply(err.key, err.params);
      return { status: 'refused', as: `${kept.command}:${err.key}` };
    }
  }

  private resume(ctx: Ctx, kept: Kept): Routed {
    if (kept.reply) return this.routes.reply(ctx, kept.reply, kept.reply.text) ?? { status: 'ignored', as: `reply:${kept.reply.kind}:gone` };
    const command = this.registry.router.commandByName(kept.command);
    if (!command) return { status: 'ignored', as: 'gone' };
    const args = readingArgs(command, kept, { lang: ctx.lang, isGroup: ctx.isGroup, addressed: true });
    return this.routes.run(ctx, command, args, 'choice');
  }
}

/** A private answer to a question asked in a group is short (「下午」, 「我礼拜三礼拜五有空」, 「5号楼302 司机」). */
const SHORT_ANSWER = 60;

/** A door among a request's arguments (a medicine request's), or in the words a command reads itself (a sign-up's 「5-101 医生 全天」). */
const doorIn = (args: unknown): boolean => {
  if (typeof args !== 'object' || args === null) return false;
  const { door, text } = args as { door?: unknown; text?: unknown };
  return Boolean(door) || (typeof text === 'string' && findDoor(text) !== undefined);
};

/** The kept request with the newer words added, when the command can add them and they change it. */
function addedTo(command: AnyCommand, kept: Kept, text: string): Kept | undefined {
  const args = command.addTo!(kept.args, text);
  return args === undefined ? undefined : { ...kept, args };
}

/** The community an answer names: by its number in the list, by its name, or the only one there is (with a door). */
function communityNamed(communities: Community[], text: string): Community | undefined {
  const byName = communities.find((c) => text.includes(c.name));
  if (byName) return byName;
  const first = /^\s*(\d{1,2}|[一二三四五六七八九十])(?:\s|[.、,,号]|$)/.exec(text);
  if (first && communities.length > 1) {
    const n = parseNumber(first[1]!);
    if (n !== undefined && communities[n - 1]) return communities[n - 1];
  }
  if (communities.length === 1 && (findDoor(text) || YES.test(text.trim()))) return communities[0];
  return undefined;
}
