import { allCapabilities } from '../app.js';
import { Registry } from '../runtime/registry.js';
import { readingArgs } from '../runtime/args.js';
import { bareSituation } from '../runtime/router.js';
import type { OpenGroupBuy, Situation } from '../runtime/understand.js';
import { CORPUS_GROUP_BUY } from './corpus.js';

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
 */
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const valued = new Set(['--home', '--reply']);
const text = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? '')).join(' ');

const isNew = flag('--new');
const isGroup = !flag('--private') && !isNew;
const reply = value('--reply');
const groupBuys: OpenGroupBuy[] = flag('--groupbuy') || reply === 'chain' ? [CORPUS_GROUP_BUY] : [];
const { router } = new Registry(allCapabilities, ['linli', '邻里', '邻里助手']);
const read = router.read({ text, isGroup, mentionsBot: flag('--addressed') });

if (read.kind !== 'text') {
  const out =
    read.kind === 'command'
      ? { forBot: true, command: read.command.name, via: 'slash', args: read.args.ok ? read.args.value : undefined, problem: read.args.ok ? undefined : read.args.error.key }
      : { forBot: false, reason: read.reason };
  console.log(JSON.stringify({ normalized: read.text, lang: read.lang ?? 'zh-CN', ...out }, null, 2));
} else {
  const situation: Situation = bareSituation(isGroup, read.addressed, {
    hasCommunity: !isNew,
    groupBuys,
    ...(value('--home') ? { home: value('--home') } : {}),
    ...(reply ? { replyTo: { kind: reply, id: 1 } } : {}),
  });
  const { readings, decision } = router.understand(read.text, situation, read.lang);
  const show = ({ intent, command, via, confidence, evidence, fields }: (typeof readings)[number]) => ({ intent, command, via, confidence, evidence, fields });
  const chosen = decision.kind === 'act' || decision.kind === 'ask' ? decision.reading : undefined;
  const command = chosen && chosen.via !== 'reply' ? router.commandByName(chosen.command) : undefined;
  const args = command && chosen ? readingArgs(command, chosen, { lang: read.lang ?? 'zh-CN', isGroup, addressed: read.addressed }) : undefined;
  console.log(
    JSON.stringify(
      {
        // Acted on or asked about: for the bot; silence and a guess record nothing.
        forBot: chosen !== undefined,
        command: chosen?.command,
        args: args?.ok ? args.value : undefined,
        normalized: read.text,
        lang: read.lang ?? 'zh-CN',
        situation: { isGroup, addressed: read.addressed, replyTo: reply, hasCommunity: !isNew, groupBuys: groupBuys.map((g) => g.id) },
        readings: readings.map(show),
        decision:
          decision.kind === 'act' || decision.kind === 'ask'
            ? { kind: decision.kind, intent: decision.reading.intent, command: decision.reading.command, fields: decision.reading.fields ?? {} }
            : decision.kind === 'guess'
              ? { kind: 'guess', choices: decision.choices.map((c) => c.intent) }
              : { kind: 'silence' },
      },
      null,
      2,
    ),
  );
}
