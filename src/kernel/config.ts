import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * Platforms linli speaks on. `console` is the terminal chat used when no platform is configured;
 * `wecom` is a WeCom (企业微信) group robot: it only sends, into groups a secretary added by their
 * robot's webhook address.
 */
export const PLATFORMS = ['telegram', 'wechat', 'wecom', 'console'] as const;
export type Platform = (typeof PLATFORMS)[number];

const adminId = z
  .string()
  .regex(/^(telegram|wechat|console):\S+$/, 'each admin must be platform:id, e.g. telegram:123 or wechat:wxid_abc');

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const isValidTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** The whole configuration, read from the environment once at start-up. */
export const Env = z.object({
  LINLI_DB_PATH: z.string().min(1).default('./data/linli.db'),
  LINLI_TIMEZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine(isValidTimeZone, 'is not an IANA time zone such as Asia/Shanghai'),
  LINLI_ADMINS: z
    .string()
    .default('console:secretary')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(adminId)),
  LINLI_BULLETIN_CATCHUP_HOURS: z.coerce.number().min(0).max(24).default(3),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TELEGRAM_BOT_TOKEN: optionalText.pipe(
    z.string().regex(/^\d+:[\w-]+$/, 'looks wrong: a BotFather token is digits, a colon, then letters').optional(),
  ),
  TELEGRAM_API_ROOT: optionalText.pipe(z.url('must be a URL such as http://127.0.0.1:9000').optional()),
  WECHATY_PUPPET: optionalText,
  WECHATY_PUPPET_TOKEN: optionalText,
  LINLI_FLOOD_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(30),
  LINLI_BACKUP_DIR: optionalText,
  LINLI_BACKUP_KEEP: z.coerce.number().int().min(1, 'must keep at least 1 backup').max(1000).default(14),
  LINLI_BACKUP_SCHEDULE: z
    .string()
    .default('03:00')
    .transform((v) => v.trim().toLowerCase())
    .refine((v) => parseBackupSchedule(v) !== null, 'is not a daily time such as 03:00, an interval such as 6h or 30m, or off'),
  LINLI_WECHAT_DAILY_CAP: z.coerce.number().int().positive('must be a whole number above 0').default(1000),
  LINLI_DESK_PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, 'must be a port from 1 to 65535 (0: any free port)')
      .transform(Number)
      .refine((n) => n <= 65535, 'must be a port from 1 to 65535')
      .optional(),
  ),
  LINLI_DESK_HOST: optionalText.pipe(z.string().regex(/^[\w.:-]+$/, 'must be an address to listen on, such as 127.0.0.1 or 0.0.0.0').optional()),
  LINLI_DESK_URL: optionalText.pipe(
    z.url('must be the address people open, such as https://desk.example.org').refine((u) => /^https?:/.test(u), 'must start with http:// or https://').optional(),
  ),
  LINLI_DESK_TRUST_PROXY: optionalText.pipe(z.enum(['0', '1', 'true', 'false', 'yes', 'no'], 'must be 1 or 0').optional()),
  LINLI_HEALTH_PORT: optionalText.pipe(z.string().regex(/^\d+$/, 'must be a TCP port (1-65535)').transform(Number).pipe(z.number().min(1, 'must be a TCP port (1-65535)').max(65535, 'must be a TCP port (1-65535)')).optional()),
  LINLI_HEALTH_HOST: z.string().trim().min(1).default('127.0.0.1'),
  LINLI_SECRET_KEY: optionalText.pipe(z.string().min(16, 'must be at least 16 characters (e.g. the output of: openssl rand -base64 32)').optional()),
});
export type Env = z.infer<typeof Env>;

/** Configuration as the app uses it. */
export interface Config {
  dbPath: string;
  timeZone: string;
  /** Platform-qualified member ids ("telegram:123") who are secretaries of every community. */
  admins: string[];
  logLevel: Env['LOG_LEVEL'];
  /** A daily bulletin missed while the bot was down is still sent (marked late) this many hours after its time. */
  bulletinCatchupHours: number;
  telegram?: { token: string; apiRoot?: string };
  wechat?: { puppet: string; token?: string };
  /** Messages for the bot one member may send at once and per minute before being slowed down; 0 = no limit. */
  floodPerMinute: number;
  /** Online backups of the database: where, how many are kept, when (none when off or in memory). */
  backup: { dir: string; keep: number; schedule: BackupSchedule | undefined };
  /** At most this many messages a day on WeChat (an account that sends like a machine is banned). */
  wechatDailyCap: number;
  /** The desk, a web page for secretaries (src/desk), when LINLI_DESK_PORT is set. */
  desk?: DeskConfig;
  /** Where GET /healthz is answered (none unless LINLI_HEALTH_PORT is set). */
  healthPort?: number;
  healthHost: string;
  /**
   * The key that seals secrets stored in the database (WeCom robot addresses), when given in
   * LINLI_SECRET_KEY; otherwise a key file beside the database (src/kernel/secret-box.ts).
   */
  secretKey?: string;
}

export interface DeskConfig {
  /** The port to listen on; 0 picks a free one (tests). */
  port: number;
  /** The address to listen on: 127.0.0.1 unless told otherwise (a reverse proxy in front gives TLS). */
  host: string;
  /** The address people open, as sign-in links write it (behind a proxy: its https:// address). */
  publicUrl?: string;
  /** Whether X-Forwarded-Proto from a reverse proxy is believed (cookies are then Secure behind TLS). */
  trustProxy: boolean;
}

/** A daily local time ("03:00") or an interval in ms. */
export type BackupSchedule = { dailyAt: string } | { everyMs: number };

/** Reads LINLI_BACKUP_SCHEDULE: "03:00", "6h", "30m", or "off" (undefined); null when unreadable. */
export function parseBackupSchedule(v: string): BackupSchedule | undefined | null {
  if (v === 'off' || v === 'none') return undefined;
  const daily = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(v);
  if (daily) return { dailyAt: `${daily[1]!.padStart(2, '0')}:${daily[2]}` };
  const every = /^(\d+)\s*(m|min|h)$/.exec(v);
  if (every && Number(every[1]) > 0) return { everyMs: Number(every[1]) * (every[2] === 'h' ? 3_600_000 : 60_000) };
  return null;
}

export class ConfigError extends Error {}

/** Reads and validates the environment. Throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`${name}: ${issue.message} (got ${JSON.stringify(source[name] ?? '')})`);
  }
  const env = parsed.data;
  return {
    dbPath: env.LINLI_DB_PATH,
    timeZone: env.LINLI_TIMEZONE,
    admins: env.LINLI_ADMINS,
    logLevel: env.LOG_LEVEL,
    bulletinCatchupHours: env.LINLI_BULLETIN_CATCHUP_HOURS,
    telegram: env.TELEGRAM_BOT_TOKEN
      ? { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT }
      : undefined,
    wechat: env.WECHATY_PUPPET ? { puppet: env.WECHATY_PUPPET, token: env.WECHATY_PUPPET_TOKEN } : undefined,
    floodPerMinute: env.LINLI_FLOOD_PER_MINUTE,
    backup: {
      dir: env.LINLI_BACKUP_DIR ?? join(dirname(env.LINLI_DB_PATH), 'backups'),
      keep: env.LINLI_BACKUP_KEEP,
      schedule: env.LINLI_DB_PATH === ':memory:' ? undefined : (parseBackupSchedule(env.LINLI_BACKUP_SCHEDULE) ?? undefined),
    },
    wechatDailyCap: env.LINLI_WECHAT_DAILY_CAP,
    desk:
      env.LINLI_DESK_PORT === undefined
        ? undefined
        : {
            port: env.LINLI_DESK_PORT,
            host: env.LINLI_DESK_HOST ?? '127.0.0.1',
            publicUrl: env.LINLI_DESK_URL?.replace(/\/+$/, ''),
            trustProxy: ['1', 'true', 'yes'].includes(env.LINLI_DESK_TRUST_PROXY ?? '0'),
          },
    healthPort: env.LINLI_HEALTH_PORT,
    healthHost: env.LINLI_HEALTH_HOST,
    secretKey: env.LINLI_SECRET_KEY,
  };
}
