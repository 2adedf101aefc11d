import { z } from 'zod';

/** Platforms linli speaks on. `console` is the terminal chat used when no platform is configured. */
export const PLATFORMS = ['telegram', 'wechat', 'console'] as const;
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TELEGRAM_BOT_TOKEN: optionalText.pipe(
    z.string().regex(/^\d+:[\w-]+$/, 'looks wrong: a BotFather token is digits, a colon, then letters').optional(),
  ),
  TELEGRAM_API_ROOT: optionalText.pipe(z.url('must be a URL such as http://127.0.0.1:9000').optional()),
  WECHATY_PUPPET: optionalText,
  WECHATY_PUPPET_TOKEN: optionalText,
  LINLI_WECHAT_DAILY_CAP: z.coerce.number().int().positive('must be a whole number above 0').default(1000),
});
export type Env = z.infer<typeof Env>;

/** Configuration as the app uses it. */
export interface Config {
  dbPath: string;
  timeZone: string;
  /** Platform-qualified member ids ("telegram:123") who are secretaries of every community. */
  admins: string[];
  logLevel: Env['LOG_LEVEL'];
  telegram?: { token: string; apiRoot?: string };
  wechat?: { puppet: string; token?: string };
  /** At most this many messages a day on WeChat (an account that sends like a machine is banned). */
  wechatDailyCap: number;
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
    telegram: env.TELEGRAM_BOT_TOKEN
      ? { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT }
      : undefined,
    wechat: env.WECHATY_PUPPET ? { puppet: env.WECHATY_PUPPET, token: env.WECHATY_PUPPET_TOKEN } : undefined,
    wechatDailyCap: env.LINLI_WECHAT_DAILY_CAP,
  };
}
