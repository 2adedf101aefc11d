import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/tools/corpus.js';

/**
 * A message must never stall the bot: every recogniser reads every message, and one regular
 * expression that backtracked exponentially held the process for minutes on a 240-character
 * English sentence (a group-buy pattern for "A B 各一份"). A stalled regular expression cannot be
 * interrupted inside the process, so the messages go through `npm run parse` (the understanding the
 * dispatcher uses) in a child process that is stopped if it has not read them all in time: every
 * dev message of the corpora as written and stretched to 2,000 characters, and messages built to
 * make a pattern backtrack. How fast messages are read is measured in `npm run bench`.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const CORPUS = join(ROOT, 'tests/corpus');
const CONTEXTS = ['group', 'private', 'private:new', 'reply:chain', 'reply:task', 'reply:recruit'];

function stretch(text: string): string {
  const glue = /[a-z]{3}/i.test(text) ? ' ' : '';
  let long = text;
  while (long.length < 2000) long += glue + text;
  return long.slice(0, 2000);
}

const HOSTILE = [
  `${'a '.repeat(40)}各`,
  `${'A和'.repeat(700)}各`,
  `${'and '.repeat(480)}各`,
  `${'please help '.repeat(160)}each`,
  `${'我住'.repeat(600)}5号楼`,
  '5-302 '.repeat(330),
  '救命 '.repeat(600),
  `${'1.'.repeat(900)}B×2`,
  '两盒'.repeat(900),
  `${'😀 '.repeat(600)}配药`,
  `${'5号楼'.repeat(400)}302`,
  `${'B '.repeat(900)}x`,
  `${'1 '.repeat(900)}盒`,
  // Eight letters, each followed by blank lines (kept by the normaliser, unlike runs of spaces):
  // two \s* in a row split each run in eleven ways, 11⁸ tries before giving up (minutes).
  `${[...'BCDEFGHJ'].map((c) => c + '\n'.repeat(10)).join('')}x各`,
  // Filler words that also join into one another (以上 + 都 = 以上都), ending in another word.
  `配药 这${'些以上都这'.repeat(29)}一`,
  // A medicine "是" a list whose separators (和, 跟) are also characters of a name.
  `药是${'和跟和'.repeat(23)}x`,
  // Line breaks between a group-buy letter and its price: three \s* in a row (seconds, cubic).
  `/gbprice 1 A${'\n'.repeat(1900)}.`,
];

/** Each message once per context, as the corpus's TSV lines `npm run parse` reads. */
function lines(): string[] {
  const dev = readdirSync(CORPUS)
    .filter((f) => f.startsWith('dev') && f.endsWith('.tsv'))
    .flatMap((f) => readCorpus(join(CORPUS, f)));
  const tsv = (text: string, context: string) => `${text.replace(/\n/g, '\\n')}\t${context}`;
  return [
    ...dev.flatMap((row) => [tsv(row.text, row.context), tsv(stretch(row.text), row.context)]),
    ...HOSTILE.flatMap((text) => CONTEXTS.map((context) => tsv(text, context))),
  ];
}

/**
 * How many lines `npm run parse` answered before it finished or was stopped, and the longest wait for one answer
 * (a message that stalls the reader shows as a long wait, however many messages there are around it).
 */
function parseAll(input: string[], deadlineMs: number): Promise<{ answered: number; stopped: boolean; longestWaitMs: number; waitedOn: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/tools/parse.ts'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    let answered = 0;
    let stopped = false;
    let last = performance.now();
    let longestWaitMs = 0;
    let waitedOn = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      const now = performance.now();
      // (The first answer waits for the reader to start too; from then on each wait is one message's.)
      if (answered > 0 && now - last > longestWaitMs) [longestWaitMs, waitedOn] = [now - last, answered];
      last = now;
      answered += chunk.toString().split('\n').length - 1;
    });
    const timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('close', () => {
      clearTimeout(timer);
      done({ answered, stopped, longestWaitMs, waitedOn });
    });
    child.stdin.end(`text\tcontext\n${input.join('\n')}\n`);
  });
}

/** Far longer than any message takes (a few ms; the longest, stretched, tens of ms), far shorter than a stall (minutes). */
const STALL_MS = 10_000;

describe('no message stalls the understanding', () => {
  it('every dev corpus message, as written and stretched to 2,000 characters, and messages built to backtrack, are all read', async () => {
    const input = lines();
    expect(input.length).toBeGreaterThan(4000);
    // The whole run's deadline grows with the corpora (they grow every round) and a busy machine; a stall is the wait.
    const { answered, stopped, longestWaitMs, waitedOn } = await parseAll(input, 900_000);
    // On a stall, the line that was being read: input[answered], or input[waitedOn] for the longest wait.
    expect({ stopped, answered, stalledOn: stopped ? input[answered]?.slice(0, 80) : undefined }).toEqual({ stopped: false, answered: input.length, stalledOn: undefined });
    expect({ longestWaitMs: Math.min(longestWaitMs, STALL_MS), on: longestWaitMs >= STALL_MS ? input[waitedOn]?.slice(0, 80) : undefined }).toEqual({ longestWaitMs: expect.any(Number), on: undefined });
  }, 920_000);
});
