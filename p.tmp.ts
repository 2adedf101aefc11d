import { parseMedicineRequest } from './commands/medicine/read.js';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(parseMedicineRequest(t.replace(/\\n/g,'\n'))));
