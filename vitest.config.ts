import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    // expect.poll waits for the UI (a relayout, a worker's answer), not for a deadline: on a
    // loaded machine a lane's ELK layout alone can pass vitest's default second. Speed is the
    // benchmark's business (npm run bench), so polls get a generous bound instead.
    expect: { poll: { timeout: 30_000 } },
  },
});
