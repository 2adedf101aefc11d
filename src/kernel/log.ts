import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';

/**
 * The process log: JSON in production, readable in a terminal. Log ids and counts, never a
 * resident's message text, medicine or phone number. In a terminal pino-pretty formats the lines
 * in this thread (a pino transport would start a worker thread, ~10 MB more), and it is loaded
 * only then: a service's log is never a terminal.
 */
export function createLogger(level: string, pretty = process.stdout.isTTY === true && !process.env.CI): Logger {
  const options = { level, redact: { paths: ['text', '*.text', 'phone', '*.phone', 'medicine', '*.medicine'], censor: '[hidden]' } };
  if (!pretty) return pino(options, pino.destination(2));
  const prettyStream = createRequire(import.meta.url)('pino-pretty') as (o: object) => NodeJS.WritableStream;
  return pino(options, prettyStream({ destination: 2, ignore: 'pid,hostname', sync: true }));
}

export type { Logger };
