import { availableParallelism } from 'node:os';
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
    // Files share a worker's modules instead of each loading botbuilder, restify and the
    // recognizers (and warming those up) again: seconds of CPU per file. The tests keep no state
    // in modules, mock nothing and stub no globals; what a test starts, it closes.
    isolate: false,
    // Much of a test's time is spent waiting on a bot process, a socket or a timer: two files at
    // a time keep both cores of a two-core machine busy (vitest alone would run one at a time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
