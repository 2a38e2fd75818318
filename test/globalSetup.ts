import { spawnSync } from 'node:child_process';

/**
 * Compiles src/ to dist/ once before the tests, so tests that start the bot as its own process
 * (`node dist/main.js`, `node dist/cli/chat.js`) run what `npm start` runs, never a stale build.
 * Type errors are the type check's business (`npm run typecheck`): tsc still emits, and only a
 * build that emitted nothing stops the run.
 */
export default function buildOnce(): void {
  const build = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
    { stdio: 'inherit' },
  );
  const emittedDespiteTypeErrors = 2;
  if (build.status !== 0 && build.status !== emittedDespiteTypeErrors) {
    throw new Error(`building dist/ failed (tsc exit ${build.status})`);
  }
}
