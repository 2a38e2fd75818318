import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The server's own zone must never leak into a user's due date: run far from UTC.
    env: { TZ: 'Pacific/Chatham' },
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
