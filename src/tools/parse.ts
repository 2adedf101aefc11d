import { createInterface } from 'node:readline';
import { allCapabilities } from '../app.js';
import { Registry } from '../runtime/registry.js';
import { readingArgs } from '../runtime/args.js';
import { bareSituation } from '../runtime/router.js';
import type { OpenGroupBuy, Situation } from '../runtime/understand.js';
import { CORPUS_CONTEXTS, CORPUS_GROUP_BUY, labelOf, labelOfCommand, situationOfContext } from './corpus.js';

/**
 * `npm run parse -- "text" [options]`: how linli understands one message, as JSON, without a
 * database: every reading (intent, confidence, the words that decided it, the fields) and the one
 * decision (act, ask, silence, guess).
 *
 *   --private              a private chat (default: a group)
 *   --new                  the writer is unknown: no community, no home (implies --private)
 *   --home 5-302           the writer's saved home
 *   --reply task|recruit|chain|emergency   a reply to that kind of bot post
 *   --addressed            the bot was @-mentioned
 *   --groupbuy             group-buy #1 is open (A 蔬菜套餐, B 肉禽套餐, C 水果套餐, D 鸡蛋), as in tests/corpus/SPEC.md
 *   --context group|private|private:new|reply:task|reply:recruit|reply:chain
 *                          the scenario of tests/corpus/SPEC.md for that context (instead of the flags above)
 *
 * Without a text and with a file on stdin (`npm run parse -- --context group < messages.txt`), every
 * line is one message (`\n` in a line is a line break) and one line of JSON is printed for each. A
 * line `text<TAB>context…` (the corpus's TSV) is read in its own context; a header line is skipped.
 * Every answer also says `intent` and `fields` as the corpus labels them (act: the intent; the
 * emergency question: emergency.ask; another question: ask:<intent>; silence and guesses: none).
 */
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const valued = new Set(['--home', '--reply', '--context']);
const text = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? '')).join(' ');
const { router } = new Registry(allCapabilities, ['linli', '邻里', '邻里助手']);

/** The situation the flags describe; `context` (the corpus's) wins over them. */
function situationOf(context: string | undefined, addressed: boolean): { isGroup: boolean; situation: Situation } {
  if (context !== undefined) return { isGroup: !context.startsWith('private'), situation: situationOfContext(context, addressed) };
  const isNew = flag('--new');
  const isGroup = !flag('--private') && !isNew;
  const reply = value('--reply');
  const groupBuys: OpenGroupBuy[] = flag('--groupbuy') || reply === 'chain' ? [CORPUS_GROUP_BUY] : [];
  return {
    isGroup,
    situation: bareSituation(isGroup, addressed, {
      hasCommunity: !isNew,
      groupBuys,
      ...(value('--home') ? { home: value('--home') } : {}),
      ...(reply ? { replyTo: { kind: reply, id: 1 } } : {}),
    }),
  };
}

/** Every reading of one message and the decision, as printed. */
function explain(message: string, context: string | undefined): Record<string, unknown> {
  const read = router.read({ text: message, isGroup: situationOf(context, false).isGroup, mentionsBot: flag('--addressed') });
  if (read.kind !== 'text') {
    const out =
      read.kind === 'command'
        ? { forBot: true, command: read.command.name, via: 'slash', args: read.args.ok ? read.args.value : undefined, problem: read.args.ok ? undefined : read.args.error.key }
        : { forBot: false, reason: read.reason };
    const labelled = { intent: read.kind === 'command' ? labelOfCommand(read.command.name) : 'none', fields: {} };
    return { normalized: read.text, lang: read.lang ?? 'zh-CN', ...labelled, ...out };
  }
  const { isGroup, situation } = situationOf(context, read.addressed);
  const { readings, decision } = router.understand(read.text, situation, read.lang);
  const show = ({ intent, command, via, confidence, evidence, fields }: (typeof readings)[number]) => ({ intent, command, via, confidence, evidence, fields });
  const chosen = decision.kind === 'act' || decision.kind === 'ask' ? decision.reading : undefined;
  const command = chosen && chosen.via !== 'reply' ? router.commandByName(chosen.command) : undefined;
  const args = command && chosen ? readingArgs(command, chosen, { lang: read.lang ?? 'zh-CN', isGroup, addressed: read.addressed }) : undefined;
  return {
    // Acted on or asked about: for the bot; silence and a guess record nothing.
    forBot: chosen !== undefined,
    ...labelOf(decision),
    command: chosen?.command,
    args: args?.ok ? args.value : undefined,
    normalized: read.text,
    lang: read.lang ?? 'zh-CN',
    situation: { isGroup, addressed: read.addressed, replyTo: situation.replyTo?.kind, hasCommunity: situation.hasCommunity, groupBuys: situation.groupBuys.map((g) => g.id) },
    readings: readings.map(show),
    decision:
      decision.kind === 'act' || decision.kind === 'ask'
        ? { kind: decision.kind, intent: decision.reading.intent, command: decision.reading.command, fields: decision.reading.fields ?? {} }
        : decision.kind === 'guess'
          ? { kind: 'guess', choices: decision.choices.map((c) => c.intent) }
          : { kind: 'silence' },
  };
}

const context = value('--context');
if (context !== undefined && !CORPUS_CONTEXTS.includes(context)) {
  console.error(`linli: --context must be one of ${CORPUS_CONTEXTS.join(', ')} (got "${context}")`);
  process.exit(2);
}

if (text !== '' || process.stdin.isTTY) {
  console.log(JSON.stringify(explain(text, context), null, 2));
} else {
  // One message a line from stdin, one line of JSON each, answered as the lines arrive (a pipe
  // read at once with readFileSync fails with EAGAIN when the writer is slower than the reader).
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const [message = '', rowContext] = line.split('\t');
    if (message === 'text' && rowContext === 'context') continue; // the corpus's header
    const own = rowContext !== undefined && CORPUS_CONTEXTS.includes(rowContext) ? rowContext : context;
    console.log(JSON.stringify({ text: message.replace(/\\n/g, '\n'), ...explain(message.replace(/\\n/g, '\n'), own) }));
  }
}
