import { recogniseMedicine } from './commands/medicine/recognise.js';
import { parseNormalized } from './commands/medicine/read.js';
import { normalize } from './src/kernel/normalize.js';
for (const t of process.argv.slice(2)) { const n = normalize(t); console.log(JSON.stringify(parseNormalized(n)), JSON.stringify(recogniseMedicine(n))); }
