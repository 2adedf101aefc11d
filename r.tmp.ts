import { allCapabilities } from './src/app.js';
import { Registry } from './src/runtime/registry.js';
import { situationOfContext } from './src/tools/corpus.js';
const { router } = new Registry(allCapabilities, ['linli', '邻里']);
const ctx = process.argv[2]!;
for (const t of process.argv.slice(3)) {
  const p = router.prepare({ text: t.replace(/\\n/g, '\n'), isGroup: !ctx.startsWith('private') });
  if (p.kind !== 'text') { console.log(p.kind); continue; }
  const u = router.understand(p.text, situationOfContext(ctx, p.addressed), p.lang);
  console.log(t, '=>', u.decision.kind, JSON.stringify(u.readings.map(r => [r.intent, r.confidence, r.evidence.join(','), r.fields])));
}
