import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CardSpec } from '../kernel/types.js';
import type { CardReply, CardRequest } from './card-process.js';

/** The renderer process ends after this long without a card to draw. */
const IDLE_MS = 30_000;
/** A card that takes longer than this is given up (the process is ended; the send is retried). */
const RENDER_TIMEOUT_MS = 60_000;
/** Cards drawn lately, kept as PNG: one bulletin goes to every group in its language. */
const KEEP = 6;

interface Waiting {
  resolve(png: Buffer): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Draws cards (src/outbox/card.ts) in a process of its own, started on the first card and ended
 * after IDLE_MS without one. Measured (bench/card-bench.ts, docs/performance.md): drawing in the
 * bot's process added ~110-150 MB to its RSS for good (satori's wasm heaps, resvg, fonts); a
 * worker thread gave back only part of it when ended; a child process gives back all of it, for
 * ~0.5-1 s more on the day's first card. Nothing is drawn while a resident's message is handled:
 * the outbox asks for a card when it sends one, and the same card for the next group is kept.
 */
export class CardRenderer {
  private child: ChildProcess | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private idle: NodeJS.Timeout | undefined;
  private readonly drawn = new Map<string, Buffer>();
  private stderr = '';
  /** Peak RSS of the renderer process as it last said (MB), for the benchmark. */
  lastPeakRssMb = 0;
  /** How many renderer processes were started (tests and the benchmark look). */
  started = 0;

  constructor(private readonly opts: { idleMs?: number } = {}) {}

  /** Whether a renderer process is there now. */
  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The card as PNG. */
  render(card: CardSpec): Promise<Buffer> {
    const key = JSON.stringify(card);
    const kept = this.drawn.get(key);
    if (kept) {
      this.drawn.delete(key);
      this.drawn.set(key, kept);
      return Promise.resolve(kept);
    }
    const child = this.process();
    const id = this.nextId++;
    clearTimeout(this.idle);
    this.hold(child, true);
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error(`the card took more than ${RENDER_TIMEOUT_MS / 1000} s to draw`), true), RENDER_TIMEOUT_MS);
      this.waiting.set(id, { resolve, reject, timer });
      child.send({ id, card } satisfies CardRequest);
    }).then((png) => {
      this.drawn.set(key, png);
      if (this.drawn.size > KEEP) this.drawn.delete(this.drawn.keys().next().value!);
      return png;
    });
  }

  /** Ends the renderer process now (it would end by itself after IDLE_MS). */
  stop(): void {
    clearTimeout(this.idle);
    this.fail(new Error('the card renderer was stopped'), true);
  }

  private process(): ChildProcess {
    if (this.child && this.child.connected) return this.child;
    const here = fileURLToPath(import.meta.url);
    // From the TypeScript source (npm start, tests) the renderer runs under tsx too; built, as .js.
    const fromSource = here.endsWith('.ts');
    const entry = join(dirname(here), `card-process.${fromSource ? 'ts' : 'js'}`);
    const execArgv = fromSource ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];
    const child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.started++;
    this.stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-2000)));
    child.on('message', (reply: CardReply) => this.answer(reply));
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      const why = this.stderr.trim().split('\n').slice(-3).join(' ');
      this.fail(new Error(`the card renderer ended (${signal ?? code})${why ? `: ${why}` : ''}`), false);
    });
    this.child = child;
    return child;
  }

  private answer(reply: CardReply): void {
    this.lastPeakRssMb = reply.peakRssMb;
    const w = this.waiting.get(reply.id);
    if (!w) return;
    this.waiting.delete(reply.id);
    clearTimeout(w.timer);
    if (reply.png) w.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    else w.reject(new Error(`the card could not be drawn: ${reply.error}`));
    if (this.waiting.size === 0) this.rest();
  }

  /** Nothing to draw: the process may end the bot's event loop's wait, and ends itself after a while. */
  private rest(): void {
    const child = this.child;
    if (!child) return;
    this.hold(child, false);
    this.idle = setTimeout(() => {
      if (this.waiting.size === 0 && this.child === child) {
        this.child = undefined;
        child.disconnect();
      }
    }, this.opts.idleMs ?? IDLE_MS);
    this.idle.unref();
  }

  /** While a card is drawn, the renderer keeps the bot's event loop waiting for it; otherwise not. */
  private hold(child: ChildProcess, busy: boolean): void {
    const channel = (child as unknown as { channel?: { ref(): void; unref(): void } }).channel;
    if (busy) {
      child.ref();
      channel?.ref();
    } else {
      child.unref();
      channel?.unref();
    }
  }

  private fail(err: Error, kill: boolean): void {
    for (const [id, w] of this.waiting) {
      clearTimeout(w.timer);
      w.reject(err);
      this.waiting.delete(id);
    }
    if (kill && this.child) {
      const child = this.child;
      this.child = undefined;
      child.kill();
    }
  }
}
