// Starts the reading thread (read-worker.ts). Under tsx (npm start, the tests) the thread needs
// tsx's loader registered in it; a compiled build has read-worker.js beside this file instead.
import { existsSync } from 'node:fs';

const compiled = new URL('./read-worker.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('./read-worker.ts', import.meta.url).href);
}
