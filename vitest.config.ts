import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser specs start Chromium; two cores are all a CI machine has.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    // `npm run bench`: figures for speed, never timed assertions in tests.
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
