import { localDate, localDayWindow } from '../kernel/time.js';
import type { Limits } from './limits.js';

/**
 * Remembers what one platform has sent lately and says when the next message to a chat may go
 * out within the platform's limits. Time comes from the caller (the app's clock, fake in tests).
 */
export class Pacer {
  private readonly lastToChat = new Map<string, number>();
  private readonly groupSends = new Map<string, number[]>();
  private platformSends: number[] = [];
  private lastChat: string | undefined;
  private lastAt = -Infinity;
  private switchGap = 0;
  private day = '';
  private dayCount = 0;
  private readonly chatPausedUntil = new Map<string, number>();
  private platformPausedUntil = 0;
  private readonly lastMerge = new Map<string, number>();

  constructor(
    private readonly limits: Limits,
    private readonly timeZone: string,
    private readonly random: () => number = Math.random,
  ) {
    this.drawSwitchGap();
  }

  /** The earliest time a message to this chat may go out (at or before `now`: it may go now). */
  readyAt(chatId: string, isGroup: boolean, now: number, ignoreSwitch = false): number {
    const l = this.limits;
    let at = Math.max(this.platformPausedUntil, this.chatPausedUntil.get(chatId) ?? 0);
    const last = this.lastToChat.get(chatId);
    if (last !== undefined) at = Math.max(at, last + l.chatGapMs);
    if (l.switchGapMs && !ignoreSwitch && this.lastChat !== undefined && this.lastChat !== chatId) at = Math.max(at, this.lastAt + this.switchGap);
    if (isGroup && l.groupWindow) at = Math.max(at, windowFree(this.groupSends.get(chatId) ?? [], l.groupWindow, now));
    for (const w of l.platformWindows) at = Math.max(at, windowFree(this.platformSends, w, now));
    if (l.dailyCap !== undefined && this.countToday(now) >= l.dailyCap) at = Math.max(at, nextLocalDay(now, this.timeZone));
    return at;
  }

  /** True when only the gap for switching chats holds this chat back (others may not jump ahead of it). */
  waitsForSwitch(chatId: string, isGroup: boolean, now: number): boolean {
    return this.readyAt(chatId, isGroup, now, true) <= now && this.readyAt(chatId, isGroup, now) > now;
  }

  /** When the next merged acknowledgement may go to this group. */
  mergeReadyAt(chatId: string): number {
    const last = this.lastMerge.get(chatId);
    return last === undefined ? 0 : last + this.limits.coalesceEveryMs;
  }

  /** Records a send of `parts` platform messages; `merged` when it used the group's acknowledgement slot. */
  record(chatId: string, isGroup: boolean, at: number, parts: number, merged: boolean): void {
    const keep = Math.max(60_000, ...this.limits.platformWindows.map((w) => w.windowMs));
    this.lastToChat.set(chatId, at);
    for (let i = 0; i < Math.max(1, parts); i++) {
      this.platformSends.push(at);
      if (isGroup) this.groupSends.set(chatId, [...(this.groupSends.get(chatId) ?? []), at].filter((t) => t > at - 60_000));
    }
    this.platformSends = this.platformSends.filter((t) => t > at - keep);
    if (merged) this.lastMerge.set(chatId, at);
    if (this.lastChat !== chatId) this.drawSwitchGap();
    this.lastChat = chatId;
    this.lastAt = at;
    this.countToday(at);
    this.dayCount += Math.max(1, parts);
  }

  /** Remembers when a group last got an acknowledgement (after a restart). */
  rememberMerge(chatId: string, at: number): void {
    this.lastMerge.set(chatId, Math.max(at, this.lastMerge.get(chatId) ?? 0));
  }

  /** Telegram's 429 for one chat: that chat waits, the others go on. */
  pauseChat(chatId: string, until: number): void {
    this.chatPausedUntil.set(chatId, Math.max(until, this.chatPausedUntil.get(chatId) ?? 0));
  }

  /** The platform says the account sends too often: nothing goes out on it until `until`. */
  pausePlatform(until: number): void {
    this.platformPausedUntil = Math.max(this.platformPausedUntil, until);
  }

  get pausedUntil(): number {
    return this.platformPausedUntil;
  }

  private countToday(now: number): number {
    const day = localDate(now, this.timeZone);
    if (day !== this.day) {
      this.day = day;
      this.dayCount = 0;
    }
    return this.dayCount;
  }

  private drawSwitchGap(): void {
    const s = this.limits.switchGapMs;
    this.switchGap = s ? s.min + this.random() * (s.max - s.min) : 0;
  }
}

/** When a sliding window has room for one more: now, or when its oldest counted send leaves it. */
function windowFree(sends: number[], w: { windowMs: number; max: number }, now: number): number {
  const inWindow = sends.filter((t) => t > now - w.windowMs);
  if (inWindow.length < w.max) return 0;
  return inWindow[inWindow.length - w.max]! + w.windowMs;
}

function nextLocalDay(now: number, tz: string): number {
  return localDayWindow(localDate(now, tz), tz).end;
}
