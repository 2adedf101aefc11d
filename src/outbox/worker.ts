import './messages.js';
import { SendError, type Adapter } from './port.js';
import type { Deps } from '../services/deps.js';
import { t, type MessageKey, type Params } from '../kernel/catalogue.js';
import type { CardSpec, OutgoingMessage, Platform, SpreadsheetSpec } from '../kernel/types.js';
import { tellAdmins } from './admins.js';
import { enqueue, markFailed, markPartSent, markSent, PRIORITY, type OutboxRow } from './store.js';
import {
  askerNames,
  chatInfo,
  claimHolders,
  claimRows,
  earliestPending,
  endPause,
  extendClaims,
  seenAsGroup,
  pendingChats,
  pendingOfChat,
  platformPause,
  postpone,
  recentAcks,
  recentSends,
  recordPause,
  releaseClaims,
  releaseClaimsOf,
} from './queue.js';
import { CLAIM_MS, CLAIM_RENEW_MS, isDeadWorker, newWorkerId, retireWorkerId } from './claims.js';
import {
  chatLang,
  endOutage,
  expireStaleReplies,
  holdPlatform,
  markChatGone,
  markOutageTold,
  recordOutage,
  secretariesOfChat,
} from './failures.js';
import { limitsFor, type Limits } from './limits.js';
import { partsOf, type Part } from './parts.js';
import { Pacer } from './pacer.js';
import { renderSpreadsheet } from './spreadsheet.js';
import { CardRenderer } from './cards.js';

/** One card renderer for the process: the day's bulletin cards are drawn once for every group and worker. */
const cards = new CardRenderer();
import { privateAddress } from '../services/members.js';

/** The longest wait between two tries of one message (urgent ones are tried again sooner). */
export const MAX_BACKOFF_MS = 60_000;
const MAX_URGENT_BACKOFF_MS = 10_000;
/** While a platform is down, it is tried (with its most urgent message) at least this often. */
const MAX_PROBE_MS = 15_000;
/** A platform failing this long is news for the admins (once; and once when it works again). */
export const OUTAGE_NOTICE_MS = 2 * 60_000;
/** A reply still unsent after this long has lost its point: the chat gets one "sorry, late" instead. */
export const STALE_REPLY_MS = 6 * 3600_000;

const backoffMs = (attempts: number, urgent: boolean) => Math.min(urgent ? MAX_URGENT_BACKOFF_MS : MAX_BACKOFF_MS, 1000 * 2 ** attempts);
/** Messages telling people about delivery carry this ref kind, so their own failure is not reported again. */
const ALERT_KIND = 'outbox.alert';

/** What came of one send: a part went out, it failed (and was rescheduled), or another worker had taken its rows. */
type Outcome = 'sent' | 'failed' | 'taken';

/** One send: one part of a message, or several short acknowledgements to one group merged into one. */
interface Pick {
  platform: Platform;
  chatId: string;
  isGroup: boolean;
  rows: OutboxRow[];
}

/**
 * Sends what the outbox holds: most urgent first, each chat and platform paced within its limits
 * (src/outbox/limits.ts), short group acknowledgements merged, a long text part by part, each part
 * paced like a message of its own. A message is never given up because a platform is down: it is
 * tried again, backing off, until it goes out, the chat is gone (recorded, its secretaries told),
 * or it is a reply that waited STALE_REPLY_MS (the chat is told, once, that its answers are late).
 * When a platform keeps failing, all its messages wait together and it is tried with the most
 * urgent one, so the emergency goes first when it answers again.
 * Sending is at-least-once per part: a crash between a part's send and its mark may repeat that part.
 * Several workers (processes) may share one database: each claims the rows of a send in SQLite
 * before sending them, so a row goes out from one worker only.
 */
export class OutboxWorker {
  /** This worker's name in the outbox's claims. */
  readonly id = newWorkerId();
  private running = false;
  private stopping = false;
  private draining: Promise<number> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private wake: NodeJS.Timeout | undefined;
  private kicked = false;
  private readonly pacers = new Map<Platform, Pacer>();
  private readonly limits = new Map<Platform, Limits>();
  /** Sends in a row that failed for a passing reason, per platform (reset by one that goes through). */
  private readonly failuresInARow = new Map<Platform, number>();

  constructor(
    private readonly deps: Deps,
    private readonly adapters: Map<Platform, Adapter>,
    /** Jitter source for WeChat's switching gap (fixed in tests). */
    private readonly random: () => number = Math.random,
  ) {
    this.remember();
    this.releaseDeadClaims();
  }

  start(pollMs = 1000): void {
    this.running = true;
    this.timer = setInterval(() => this.kick(), pollMs);
    this.kick();
  }

  /** Stops sending after the send in progress. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    if (this.wake) clearTimeout(this.wake);
    await this.draining;
    retireWorkerId(this.id);
  }

  /** Asks for a drain soon (after a commit queued messages). */
  kick(): void {
    if (this.draining) {
      this.kicked = true;
      return;
    }
    void this.drain().catch((err: unknown) => this.deps.log.error({ err }, 'outbox drain failed'));
  }

  /** Sends everything the limits allow now; resolves with how many sends went out. */
  drain(): Promise<number> {
    if (this.draining) return this.draining.then(() => this.drain());
    this.draining = this.drainLoop().finally(() => {
      this.draining = undefined;
      if (!this.running) return;
      if (this.kicked) {
        this.kicked = false;
        this.kick();
      } else {
        this.scheduleWake();
      }
    });
    return this.draining;
  }

  /**
   * Keeps sending, as the limits allow, until nothing is pending or `ms` (real time) have passed:
   * the last few seconds of a graceful stop.
   */
  async flush(ms: number): Promise<void> {
    const end = Date.now() + ms;
    while (!this.stopping) {
      await this.drain();
      const next = this.nextSendAt();
      if (next === undefined) return;
      const wait = Math.max(10, next - this.deps.clock.now());
      if (Date.now() + wait > end) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /**
   * When the next pending message may go out, by the limits and retry times; undefined when
   * nothing is pending. Tests with a fake clock move the clock here and drain again.
   */
  nextSendAt(): number | undefined {
    const now = this.deps.clock.now();
    let next: number | undefined;
    const held = new Set<Platform>(); // as in pickNext: chats behind one waiting for the switching gap wait too
    this.followPauses();
    for (const p of earliestPending(this.deps.db, now)) {
      if (!this.adapters.has(p.platform) || held.has(p.platform)) continue;
      const isGroup = this.isGroupChat(p.platform, p.chat_id);
      const pacer = this.pacer(p.platform);
      let at = Math.max(p.next_attempt_at, pacer.readyAt(p.chat_id, isGroup, Math.max(now, p.next_attempt_at)));
      if (p.coalesce === 1 && isGroup) at = Math.max(at, pacer.mergeReadyAt(p.chat_id));
      if (p.next_attempt_at <= now && pacer.waitsForSwitch(p.chat_id, isGroup, now)) held.add(p.platform);
      next = next === undefined ? at : Math.min(next, at);
    }
    return next;
  }

  private scheduleWake(): void {
    const at = this.nextSendAt();
    if (at === undefined) return;
    if (this.wake) clearTimeout(this.wake);
    const delay = Math.min(60_000, Math.max(10, at - this.deps.clock.now()));
    this.wake = setTimeout(() => this.kick(), delay);
    this.wake.unref();
  }

  private async drainLoop(): Promise<number> {
    let sent = 0;
    this.expireStale();
    // Chats whose send failed in this drain wait for the next one (their rows are rescheduled anyway).
    const skip = new Set<string>();
    while (!this.stopping) {
      const pick = this.pickNext(this.deps.clock.now(), skip);
      if (!pick) return sent;
      const outcome = await this.sendPick(pick);
      if (outcome === 'sent') sent++;
      // A failed chat waits for its retry; a chat another worker took is that worker's for now.
      else skip.add(`${pick.platform}\u0000${pick.chatId}`);
    }
    return sent;
  }

  private pacer(platform: Platform): Pacer {
    let p = this.pacers.get(platform);
    if (!p) {
      p = new Pacer(this.limitsOf(platform), this.deps.config.timeZone, this.random);
      this.pacers.set(platform, p);
    }
    return p;
  }

  private limitsOf(platform: Platform): Limits {
    let l = this.limits.get(platform);
    if (!l) {
      l = limitsFor(platform, this.deps.config);
      this.limits.set(platform, l);
    }
    return l;
  }

  /** After a restart, what was sent lately still counts against the limits. */
  private remember(): void {
    const since = this.deps.clock.now() - 25 * 3600_000;
    const { db } = this.deps;
    for (const s of recentSends(db, since)) {
      this.pacer(s.platform).record(s.chat_id, this.isGroupChat(s.platform, s.chat_id), s.sent_at, s.parts, false);
    }
    for (const a of recentAcks(db, since)) {
      this.pacer(a.platform).rememberMerge(a.chat_id, a.sent_at);
    }
  }

  /**
   * A process that died while sending left its claims: when it ran on this host and is gone, its
   * rows go out now (at least once: the send it was in may repeat) rather than when the claims run out.
   */
  private releaseDeadClaims(): void {
    const { db, clock, log } = this.deps;
    for (const worker of claimHolders(db, clock.now())) {
      if (!isDeadWorker(worker)) continue;
      const rows = releaseClaimsOf(db, worker);
      log.warn({ worker, rows }, 'outbox rows claimed by a process that is gone are sent again');
    }
  }

  /** A pause one platform asked for, recorded by this worker or another process, holds here too. */
  private followPauses(): void {
    for (const platform of this.adapters.keys()) {
      const pause = platformPause(this.deps.db, platform);
      if (pause) this.pacer(platform).pausePlatform(pause.until);
    }
  }

  /**
   * Replies that could not go out for STALE_REPLY_MS (a long outage) are not sent one by one, hours
   * late: each chat gets one short apology instead, in its language. Urgent messages never go stale.
   */
  private expireStale(): void {
    const { db, clock, log } = this.deps;
    const now = clock.now();
    db.transaction(() => {
      for (const chat of expireStaleReplies(db, [...this.adapters.keys()], now - STALE_REPLY_MS, PRIORITY.urgent)) {
        const lang = chatLang(db, chat.platform, chat.chat_id);
        const hours = Math.round((now - chat.oldest) / 3600_000);
        enqueue(db, { platform: chat.platform, chatId: chat.chat_id }, t(lang, 'outbox.lateReplies', { count: chat.count, hours }), { ref: { kind: ALERT_KIND, id: 0 } }, now);
        log.warn({ platform: chat.platform, chatId: chat.chat_id, count: chat.count }, 'replies waited too long; the chat is told they are late');
      }
    })();
  }

  /**
   * The next send the limits allow now: the chat holding the most urgent message among those that
   * may receive one; in a group, pending acknowledgements go together once its merge slot is open.
   */
  private pickNext(now: number, skip: Set<string>): Pick | undefined {
    const { db } = this.deps;
    // Platforms where a chat ahead in line waits only for the switching gap: sending to another
    // chat there would push it back again, so nothing else goes first (fair turns between chats).
    const held = new Set<Platform>();
    this.followPauses();
    for (const chat of pendingChats(db, now)) {
      if (!this.adapters.has(chat.platform) || held.has(chat.platform) || skip.has(`${chat.platform}\u0000${chat.chat_id}`)) continue;
      const isGroup = this.isGroupChat(chat.platform, chat.chat_id);
      const pacer = this.pacer(chat.platform);
      if (pacer.readyAt(chat.chat_id, isGroup, now) > now) {
        if (pacer.waitsForSwitch(chat.chat_id, isGroup, now)) held.add(chat.platform);
        continue;
      }
      const rows = pendingOfChat(db, chat.platform, chat.chat_id, now);
      for (const row of rows) {
        if (row.coalesce === 1 && isGroup && !row.file_json && !row.image_json) {
          if (pacer.mergeReadyAt(chat.chat_id) > now) continue;
          return { platform: chat.platform, chatId: chat.chat_id, isGroup, rows: this.mergeable(rows, chat.platform) };
        }
        return { platform: chat.platform, chatId: chat.chat_id, isGroup, rows: [row] };
      }
    }
    return undefined;
  }

  /** The pending acknowledgements of a group, oldest first, as many as fit in one message. */
  private mergeable(rows: OutboxRow[], platform: Platform): OutboxRow[] {
    const max = this.limitsOf(platform).coalesceMaxChars;
    const acks = rows.filter((r) => r.coalesce === 1 && !r.file_json && !r.image_json && r.parts_sent === 0).sort((a, b) => a.id - b.id);
    const taken: OutboxRow[] = [];
    let length = 0;
    for (const r of acks) {
      length += r.text.length + 24; // room for the name in front
      if (taken.length > 0 && length > max) break;
      taken.push(r);
    }
    return taken;
  }

  /** The parts one row becomes on its platform (the same every time, so a retry resumes by index). */
  private partsOf(row: OutboxRow): Part[] {
    const mentions = row.mentions ? (JSON.parse(row.mentions) as string[]).length : 0;
    const cut = t(chatLang(this.deps.db, row.platform, row.chat_id), 'outbox.cut');
    return partsOf(row.text, row.file_json !== null || row.image_json !== null, this.limitsOf(row.platform), mentions, cut);
  }

  /** The platform message of a pick: the next part of one row, or the merged acknowledgements. */
  private async compose(pick: Pick): Promise<{ out: OutgoingMessage; last: boolean }> {
    const first = pick.rows[0]!;
    const out: OutgoingMessage = { outboxId: first.id, platform: pick.platform, chatId: pick.chatId, text: first.text };
    if (pick.rows.length === 1) {
      const parts = this.partsOf(first);
      const index = Math.min(first.parts_sent, parts.length - 1);
      const part = parts[index]!;
      out.text = part.text;
      // The reply and the @-mentions belong to the first part only.
      if (index === 0) {
        out.replyTo = first.reply_to ?? undefined;
        if (first.mentions) out.mentions = JSON.parse(first.mentions) as string[];
        if (first.priority >= PRIORITY.urgent) out.urgent = true;
      }
      if (part.withFile && first.file_json) {
        const spec = JSON.parse(first.file_json) as SpreadsheetSpec;
        out.file = { name: spec.name, data: await renderSpreadsheet(spec) };
      }
      if (part.withFile && first.image_json) {
        // The picture goes with its part when it can be drawn; the text never waits on it.
        const card = JSON.parse(first.image_json) as CardSpec;
        try {
          out.image = { name: card.name, data: await cards.render(card) };
        } catch (err) {
          this.deps.log.error({ err, outboxId: first.id }, 'the card could not be drawn; the message goes without it');
        }
      }
      return { out, last: index === parts.length - 1 };
    }
    // Merged: one line per acknowledgement, each with the name of the person it answers.
    const { db } = this.deps;
    const names = askerNames(db, pick.rows);
    const { lang } = chatInfo(db, pick.platform, pick.chatId);
    out.text = pick.rows
      .map((r) => {
        const name = names.get(r.id);
        return name ? t(lang, 'outbox.mergedLine', { name, text: r.text }) : r.text;
      })
      .join('\n');
    const mentions = [...new Set(pick.rows.flatMap((r) => (r.mentions ? (JSON.parse(r.mentions) as string[]) : [])))];
    if (mentions.length > 0) out.mentions = mentions;
    return { out, last: true };
  }

  /**
   * Claims the pick's rows, then sends those it got. The claim is renewed while the send runs and
   * let go after it, whatever happened.
   */
  private async sendPick(picked: Pick): Promise<Outcome> {
    const { db, clock, log } = this.deps;
    const start = clock.now();
    const got = new Set(claimRows(db, picked.rows.map((r) => r.id), this.id, start, start + CLAIM_MS));
    if (got.size === 0) return 'taken';
    const pick = { ...picked, rows: picked.rows.filter((r) => got.has(r.id)) };
    const ids = [...got];
    const renew = setInterval(() => {
      try {
        extendClaims(db, ids, this.id, clock.now() + CLAIM_MS);
      } catch (err) {
        log.error({ err, outboxIds: ids }, 'could not renew the claim on outbox rows');
      }
    }, CLAIM_RENEW_MS);
    try {
      return await this.attempt(pick);
    } finally {
      clearInterval(renew);
      releaseClaims(db, ids, this.id);
    }
  }

  private async attempt(pick: Pick): Promise<Outcome> {
    const { db, clock } = this.deps;
    const pacer = this.pacer(pick.platform);
    const isAck = pick.isGroup && pick.rows[0]!.coalesce === 1;
    try {
      const { out, last } = await this.compose(pick);
      // A part that was only a picture that could not be drawn: nothing to send, the row goes on.
      const ids = out.text === '' && !out.file && !out.image ? [] : await this.adapters.get(pick.platform)!.send(out);
      const now = clock.now();
      if (pick.rows.length === 1) markPartSent(db, pick.rows[0]!, ids, last, now);
      else markSent(db, pick.rows, ids, now);
      pacer.record(pick.chatId, pick.isGroup, now, ids.length, isAck);
      this.recovered(pick.platform, now);
      return 'sent';
    } catch (err) {
      this.failed(pick, err instanceof SendError ? err : new SendError((err as Error)?.message ?? String(err)));
      return 'failed';
    }
  }

  /** A send went through: a pause or an outage of the platform is over (the admins hear it if they heard of it). */
  private recovered(platform: Platform, now: number): void {
    const { db, log } = this.deps;
    this.failuresInARow.set(platform, 0);
    if (platformPause(db, platform)) endPause(db, platform, now);
    const outage = endOutage(db, platform);
    if (!outage) return;
    const minutes = Math.max(1, Math.round((now - outage.since) / 60_000));
    log.info({ platform, minutes }, 'the platform takes messages again');
    if (outage.told_at !== null) this.tell('outbox.platformBack', { platform, minutes }, platform);
  }

  private failed(pick: Pick, e: SendError): void {
    const { db, clock, log } = this.deps;
    const now = clock.now();
    const pacer = this.pacer(pick.platform);
    const ids = pick.rows.map((r) => r.id);
    const where = { platform: pick.platform, chatId: pick.chatId, outboxIds: ids };
    const pause = platformPause(db, pick.platform);
    if (e.opts.pausePlatform) {
      // Not an attempt: the platform refuses everything for a while (a logout may last hours),
      // and the messages wait for it however long that is. Recorded in SQLite, so the pause
      // holds in every process and after a restart; one outage is told to the admins once.
      const until = now + (e.opts.retryAfterMs ?? this.limitsOf(pick.platform).platformPauseMs);
      db.transaction(() => {
        recordPause(db, pick.platform, now, until, e.message);
        postpone(db, ids, until, e.message);
      })();
      pacer.pausePlatform(until);
      log.warn({ ...where, until }, 'the platform asks the bot to slow down: sending paused');
      if (!pause) this.tell('outbox.platformPaused', { platform: pick.platform, minutes: Math.ceil((until - now) / 60_000) }, pick.platform);
      return;
    }
    if (pause && pause.until > now) {
      // The platform was paused (by another process) while this send was under way: not counted either.
      postpone(db, ids, pause.until, e.message);
      log.warn({ ...where, until: pause.until, error: e.message }, 'send failed while the platform is paused; tried again after the pause');
      return;
    }
    if (e.opts.retryAfterMs !== undefined && !e.opts.permanent) {
      // Telegram's 429 names one chat: only it waits; the other chats go on. A split message
      // goes on at its next part.
      pacer.pauseChat(pick.chatId, now + e.opts.retryAfterMs);
      postpone(db, ids, now + e.opts.retryAfterMs, e.message);
      log.warn({ ...where, retryAfterMs: e.opts.retryAfterMs }, 'rate limited: this chat waits');
      return;
    }
    if (e.opts.chatGone) return this.chatGone(pick, e.message, e.opts.goneNotice);
    if (e.opts.permanent) {
      // The platform refuses this message itself (not the chat, not an outage): trying again cannot help.
      db.transaction(() => {
        for (const id of ids) markFailed(db, id, e.message, null);
      })();
      log.error({ ...where, error: e.message }, 'the platform refused the message; not tried again');
      if (pick.rows.every((r) => r.ref_kind !== ALERT_KIND)) {
        const { title } = chatInfo(db, pick.platform, pick.chatId);
        this.tell('outbox.gaveUp', { count: ids.length, platform: pick.platform, chat: title, error: e.message.slice(0, 200) }, undefined, ids[0]);
      }
      return;
    }
    this.outage(pick, e, now);
  }

  /**
   * A passing failure (5xx, no connection): tried again with growing waits. Two in a row on a
   * platform mean it is down: then all its messages wait together and it is tried again with the
   * most urgent one; after OUTAGE_NOTICE_MS the admins hear of it (on another platform), once.
   */
  private outage(pick: Pick, e: SendError, now: number): void {
    const { db, log } = this.deps;
    const ids = pick.rows.map((r) => r.id);
    const inARow = (this.failuresInARow.get(pick.platform) ?? 0) + 1;
    this.failuresInARow.set(pick.platform, inARow);
    const attempts = Math.max(...pick.rows.map((r) => r.attempts)) + 1;
    const urgent = pick.rows.some((r) => r.priority >= PRIORITY.urgent);
    db.transaction(() => {
      for (const id of ids) markFailed(db, id, e.message, now + backoffMs(attempts - 1, urgent));
      if (inARow >= 2) holdPlatform(db, pick.platform, now + Math.min(MAX_PROBE_MS, backoffMs(inARow - 1, false)), now);
    })();
    log.warn({ platform: pick.platform, chatId: pick.chatId, attempts, inARow, error: e.message }, 'send failed; will try again');
    const outage = recordOutage(db, pick.platform, now, e.message);
    if (outage.told_at === null && now - outage.since >= OUTAGE_NOTICE_MS) {
      markOutageTold(db, pick.platform, now);
      const minutes = Math.round((now - outage.since) / 60_000);
      if (this.tell('outbox.platformDown', { platform: pick.platform, minutes, error: e.message.slice(0, 200) }, pick.platform) === 0) {
        log.error({ platform: pick.platform, minutes }, 'the platform is down and no admin can be told on another platform');
      }
    }
  }

  /**
   * The platform says the bot can no longer write to the chat (removed from the group, blocked):
   * the chat is recorded as gone, its messages fail, and its community's secretaries hear of it once
   * (the admins, for a chat of no community).
   */
  private chatGone(pick: Pick, reason: string, notice: MessageKey = 'outbox.chatGone'): void {
    const { db, clock, config, log } = this.deps;
    const now = clock.now();
    db.transaction(() => {
      const { failed, already } = markChatGone(db, pick.platform, pick.chatId, reason, now);
      log.warn({ platform: pick.platform, chatId: pick.chatId, failed, error: reason }, 'the bot can no longer write to this chat');
      if (already || pick.rows.some((r) => r.ref_kind === ALERT_KIND)) return;
      const { members, name } = secretariesOfChat(db, config.admins, pick.platform, pick.chatId);
      const params = { chat: name, platform: pick.platform, count: failed, reason: reason.slice(0, 200) };
      const told = members.filter((m) => !(m.platform === pick.platform && m.private_chat_id === pick.chatId));
      for (const m of told) {
        enqueue(db, privateAddress(m)!, t(m.lang ?? 'zh-CN', notice, params), { priority: PRIORITY.urgent, ref: { kind: ALERT_KIND, id: pick.rows[0]!.id } }, now);
      }
      if (told.length === 0) tellAdmins(this.deps, notice, params, { except: [], ref: { kind: ALERT_KIND, id: pick.rows[0]!.id } });
    })();
    this.kicked = true;
  }

  /** Whether a chat is a group: as the bot has seen it, else by its id's shape on its platform. */
  private isGroupChat(platform: Platform, chatId: string): boolean {
    return seenAsGroup(this.deps.db, platform, chatId) ?? this.adapters.get(platform)?.isGroupChatId(chatId) ?? false;
  }

  /** Tells the admins (LINLI_ADMINS), through another platform than `avoid` (the one that cannot send now). */
  private tell(key: MessageKey, params: Params, avoid?: Platform, refId = 0): number {
    const told = this.deps.db.transaction(() => tellAdmins(this.deps, key, params, { except: avoid ? [avoid] : [], ref: { kind: ALERT_KIND, id: refId } }))();
    this.kicked = true;
    return told;
  }
}
