import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
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
 * Before the tests: compiles src/ to dist/ once, so tests that start the bot as its own process
 * run what `npm start` runs (type errors are the type check's business: tsc still emits, and
 * only a build that emitted nothing stops the run); and starts Azurite's blob service from its
 * npm package, in memory, on a free loopback port, without telemetry.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const build = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
    { stdio: 'inherit' },
  );
  const emittedDespiteTypeErrors = 2;
  if (build.status !== 0 && build.status !== emittedDespiteTypeErrors) {
    throw new Error(`building dist/ failed (tsc exit ${build.status})`);
  }

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
  project.provide(
    'azuriteConnectionString',
    `DefaultEndpointsProtocol=http;AccountName=${devAccount.name};AccountKey=${devAccount.key};BlobEndpoint=http://127.0.0.1:${port}/${devAccount.name};`,
  );
  return () => {
    azurite?.kill();
  };
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
