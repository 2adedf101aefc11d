import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each test file opens its own SQLite files; two workers match the 2-core machines.
    maxWorkers: 2,
  },
});
