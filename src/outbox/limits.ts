import type { Config } from '../kernel/config.js';
import type { Platform } from '../kernel/types.js';
import type { PartLimits } from './parts.js';

/** How fast the outbox may send on one platform, and how much one message may hold. Times in ms. */
export interface Limits extends PartLimits {
  /** Least time between two messages to one chat. */
  chatGapMs: number;
  /** At most `max` messages to one group chat within `windowMs`. */
  groupWindow?: { windowMs: number; max: number };
  /** At most `max` messages on the whole platform within each `windowMs`. */
  platformWindows: { windowMs: number; max: number }[];
  /** Least time, drawn between min and max for each switch, before writing to another chat than the last one. */
  switchGapMs?: { min: number; max: number };
  /** At most this many messages per local day on the whole platform. */
  dailyCap?: number;
  /**
   * At most one merged acknowledgement per group chat in this time. 0: merge only what is
   * pending together (the console, where each line is answered at once).
   */
  coalesceEveryMs: number;
  /** Longest merged acknowledgement, in characters (one platform message). */
  coalesceMaxChars: number;
  /** How long the whole platform rests when it says the account sends too often, unless it says. */
  platformPauseMs: number;
}

/**
 * Telegram: about 1 message a second per chat, 20 a minute per group, 30 a second in all (we
 * keep 25). WeChat: personal accounts are banned for machine-like sending, so 3 s per chat,
 * 3-5 s with jitter when switching chats, 40 a minute and a daily cap. WeCom: each group robot
 * takes 20 messages a minute (we keep 18) and a text of 2048 UTF-8 bytes; a robot is one chat, so
 * a 45009 "too frequent" holds that robot only. The console has no limits.
 * Each part of a long text counts as a message of its own (src/outbox/parts.ts).
 */
export function limitsFor(platform: Platform, config: Pick<Config, 'wechatDailyCap'>): Limits {
  switch (platform) {
    case 'telegram':
      return {
        textLimit: 4096,
        captionLimit: 1024,
        chatGapMs: 1000,
        groupWindow: { windowMs: 60_000, max: 20 },
        platformWindows: [{ windowMs: 1000, max: 25 }],
        coalesceEveryMs: 15_000,
        coalesceMaxChars: 4000,
        platformPauseMs: 60_000,
      };
    case 'wechat':
      return {
        // WeChat takes longer texts, but a wall of text is hard to read on a phone. Files carry no text.
        textLimit: 2000,
        captionLimit: 0,
        chatGapMs: 3000,
        switchGapMs: { min: 3000, max: 5000 },
        platformWindows: [{ windowMs: 60_000, max: 40 }],
        dailyCap: config.wechatDailyCap,
        coalesceEveryMs: 15_000,
        coalesceMaxChars: 2000,
        platformPauseMs: 30 * 60_000,
      };
    case 'wecom':
      return {
        // "text.content 最长不超过2048个字节" (developer.work.weixin.qq.com/document/path/91770). Pictures carry no text.
        textLimit: 2048,
        textUnit: 'utf8',
        captionLimit: 0,
        chatGapMs: 1000,
        // "每个机器人发送的消息不能超过20条/分钟": a little under, so a 45009 is a safety net, not the pace.
        groupWindow: { windowMs: 60_000, max: 18 },
        platformWindows: [],
        coalesceEveryMs: 15_000,
        coalesceMaxChars: 600,
        platformPauseMs: 60_000,
      };
    case 'console':
      return { textLimit: Infinity, captionLimit: Infinity, chatGapMs: 0, platformWindows: [], coalesceEveryMs: 0, coalesceMaxChars: 100_000, platformPauseMs: 0 };
  }
}
