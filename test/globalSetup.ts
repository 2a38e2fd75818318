import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string to the Azurite blob service the tests share. */
    azuriteConnectionString: string;
  }
}

/** Azurite's well-known development account: public, documented, for emulators only. */
const devAccount = {
  name: 'devstoreaccount1',
  key: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
};

let azurite: ChildProcess | undefined;

/**
 * Before the tests: makes dist/ current, so tests that start the bot as its own process run
 * what `npm start` runs, and starts Azurite's blob service from its npm package, in memory, on a
 * free loopback port, without telemetry. The two run side by side.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const [built, started] = await Promise.allSettled([buildDist(), startAzurite()]);
  const teardown = () => {
    azurite?.kill();
  };
  if (built.status === 'rejected' || started.status === 'rejected') {
    teardown();
    throw built.status === 'rejected' ? built.reason : (started as PromiseRejectedResult).reason;
  }
  project.provide('azuriteConnectionString', started.value);
  return teardown;
}

/**
 * Compiles src/ to dist/ with `npm start`'s own rule (scripts/buildDist.mjs --if-stale: only
 * when something the build reads changed since the last clean build). Type errors are the type
 * check's business: tsc still emits (exit 2), and only a build that emitted nothing stops the
 * run; such a build leaves no stamp, so the next run compiles again.
 */
async function buildDist(): Promise<void> {
  const build = spawn(process.execPath, ['scripts/buildDist.mjs', '--if-stale'], {
    stdio: 'inherit',
  });
  const [status] = (await once(build, 'exit')) as [number | null];
  const emittedDespiteTypeErrors = 2;
  if (status !== 0 && status !== emittedDespiteTypeErrors) {
    throw new Error(`building dist/ failed (exit ${status})`);
  }
}

/** Starts Azurite and resolves to the connection string of its blob service. */
async function startAzurite(): Promise<string> {
  const port = await freePort();
  azurite = spawn(
    process.execPath,
    [
      'node_modules/azurite/dist/src/blob/main.js',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '256',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    azurite?.stdout?.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes('successfully listens')) resolve();
    });
    azurite?.once('exit', (code) => reject(new Error(`Azurite exited (${code}): ${seen}`)));
  });
  return `DefaultEndpointsProtocol=http;AccountName=${devAccount.name};AccountKey=${devAccount.key};BlobEndpoint=http://127.0.0.1:${port}/${devAccount.name};`;
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
