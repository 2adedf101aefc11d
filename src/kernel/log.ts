import pino, { type Logger } from 'pino';

/**
 * The process log: JSON in production, readable in a terminal. Log ids and counts, never a
 * resident's message text, medicine or phone number.
 */
export function createLogger(level: string, pretty = process.stdout.isTTY === true && !process.env.CI): Logger {
  return pino({
    level,
    redact: { paths: ['text', '*.text', 'phone', '*.phone', 'medicine', '*.medicine'], censor: '[hidden]' },
    transport: pretty ? { target: 'pino-pretty', options: { destination: 2, ignore: 'pid,hostname' } } : undefined,
  }, pretty ? undefined : pino.destination(2));
}

export type { Logger };
