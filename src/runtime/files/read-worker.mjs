// Starts the reading thread (read-worker.ts) from the sources: under tsx (the tests, npm run dev)
// the thread needs tsx's loader registered in it. A compiled build starts read-worker.js directly.
const { register } = await import('tsx/esm/api');
register();
await import(new URL('./read-worker.ts', import.meta.url).href);
