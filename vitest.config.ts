import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The real-browser tests need Chromium and run on their own: npm run test:browser.
    exclude: ['test/browser/**'],
    environment: 'node',
    // Some tests start the bot as its own process from dist/: build it once first.
    globalSetup: ['test/globalSetup.ts'],
    // The server's own zone must never leak into a user's due date: run far from UTC.
    env: { TZ: 'Pacific/Chatham' },
    // restify's dependencies touch process.binding('http_parser'); the warning is noise here.
    execArgv: ['--disable-warning=DEP0111'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
