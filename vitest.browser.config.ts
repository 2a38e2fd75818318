import { defineConfig } from 'vitest/config';

/** Real-browser tests (npm run test:browser): Web Chat in Chromium against the running bot. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: 'Pacific/Chatham' },
    execArgv: ['--disable-warning=DEP0111'],
  },
});
