import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{shared,electron,server,renderer,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Server suites open databases and ports; two cores do not gain from more workers.
    maxWorkers: 2,
    // Every answer of the newsroom server is checked against the route table's response schema.
    env: { COPYDESK_CHECK_RESPONSES: '1' },
  },
});
