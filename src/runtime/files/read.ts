import { Worker } from 'node:worker_threads';
import type { FileRead } from '../../kernel/types.js';
import { READ_TIMEOUT_MS, READER_HEAP_MB, type FileLimits } from './limits.js';

/** A reading thread with nothing to do ends after this long (starting one takes a moment). */
const IDLE_MS = 60_000;

let thread: Worker | undefined;
let idle: NodeJS.Timeout | undefined;

/** The reading thread, started when needed; it ends after IDLE_MS without work, or when a file killed it. */
function reader(): Worker {
  if (idle) clearTimeout(idle);
  if (thread) return thread;
  // Compiled (npm start), the thread runs read-worker.js beside this file; from the sources (tsx:
  // the tests, npm run dev) read-worker.mjs registers tsx in the thread first.
  const compiled = import.meta.url.endsWith('.js');
  const worker = new Worker(new URL(compiled ? './read-worker.js' : './read-worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
  });
  worker.once('exit', () => {
    if (thread === worker) thread = undefined;
  });
  thread = worker;
  return worker;
}

function release(worker: Worker): void {
  worker.unref();
  idle = setTimeout(() => void worker.terminate(), IDLE_MS);
  idle.unref();
}

/**
 * Reads a spreadsheet in a thread of its own, with its own small heap, so no chat waits on it and
 * nothing it does can take the bot down: a file that gets past every limit and still runs the
 * thread out of memory ends the thread, not the process, and is refused as too big. One file at a
 * time (the intake reads them in turn).
 */
export function readOffThread(bytes: Buffer, file: { name: string; mimeType?: string }, limits: FileLimits, signal?: AbortSignal): Promise<FileRead> {
  return new Promise((resolve) => {
    const worker = reader();
    worker.ref();
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    let settled = false;
    const settle = (read: FileRead, healthy: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy) release(worker);
      else {
        if (thread === worker) thread = undefined;
        void worker.terminate();
      }
      resolve(read);
    };
    const onMessage = (read: FileRead) => settle(read, true);
    const onError = (err: NodeJS.ErrnoException) =>
      settle(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { ok: false, problem: 'unpacksTooBig', limit: limits.unpackedBytes } : { ok: false, problem: 'unreadable' }, false);
    const onExit = () => settle({ ok: false, problem: 'unreadable' }, false);
    const timer = setTimeout(() => settle({ ok: false, problem: 'unreadable' }, false), READ_TIMEOUT_MS);
    // The bot is stopping: the thread ends now (the caller does not use this answer).
    signal?.addEventListener('abort', () => settle({ ok: false, problem: 'unreadable' }, false), { once: true });
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ bytes: copy, file: { name: file.name, mimeType: file.mimeType }, limits }, [copy.buffer]);
  });
}
