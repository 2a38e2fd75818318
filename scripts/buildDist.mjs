// Compiles src/ to dist/ with tsc, bundles the server into dist/server.cjs with esbuild
// (scripts/serverBundle.mjs) and has dist/main.js write the bundle's V8 code cache
// (`npm run build`), or, with --if-stale, only when something the
// build reads changed since the last successful build: `npm start`, `npm run chat` and
// `npm run package:teams` then start in about the time `node dist/main.js` takes.
//
//   node scripts/buildDist.mjs [--if-stale] [--if-typescript-installed]
//
// --if-typescript-installed (for `prepare`) leaves dist/ as it is when TypeScript and esbuild are
// not installed, as in a production install (`npm ci --omit=dev`), instead of failing it.
// Plain JavaScript: it has to run before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serverBundle, serverBundleFile } from './serverBundle.mjs';

const sourceFolder = 'src';
/** Files besides src/ whose change changes what tsc emits. */
const buildInputs = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
/**
 * Written after a successful build, dated when that build started: dist/ is current when nothing
 * the build reads is newer. A failed build removes it, so the next start builds (and fails) again
 * instead of running what a broken build emitted.
 */
const stamp = join('dist', '.build-stamp');
const entryPoint = join('dist', 'main.js');

const options = new Set(process.argv.slice(2));
const ifStale = options.has('--if-stale');
const ifTypeScriptInstalled = options.has('--if-typescript-installed');

/** The newest modification time, in ms, of the files under a folder. */
function newestUnder(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function newestInput() {
  const files = buildInputs
    .filter((file) => existsSync(file))
    .map((file) => statSync(file).mtimeMs);
  return Math.max(newestUnder(sourceFolder), ...files);
}

function isCurrent() {
  return (
    existsSync(stamp) &&
    existsSync(entryPoint) &&
    existsSync(serverBundleFile) &&
    statSync(stamp).mtimeMs >= newestInput()
  );
}

function typeScriptCompiler() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

/** esbuild's API, or undefined when it is not installed (a production install). */
async function esbuild() {
  try {
    return await import('esbuild');
  } catch {
    return undefined;
  }
}

async function build() {
  if (!existsSync(sourceFolder)) return 0; // an installed package or an image: dist/ is all there is
  if (ifStale && isCurrent()) return 0;
  const tsc = typeScriptCompiler();
  const bundler = await esbuild();
  if (tsc === undefined || bundler === undefined) {
    if (ifTypeScriptInstalled) {
      process.stderr.write(
        'TypeScript or esbuild is not installed (a production install): dist/ left as it is\n',
      );
      return 0;
    }
    process.stderr.write(
      'cannot build dist/: TypeScript or esbuild is not installed; run npm install\n',
    );
    return 1;
  }
  const started = new Date();
  rmSync(stamp, { force: true });
  const { status } = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  if (status !== 0) return status ?? 1;
  // tsc has type-checked and emitted every module, dist/main.js among them; then the bundle it
  // runs, and the code cache of this bundle (the last build's would be refused, so it goes).
  rmSync(`${serverBundleFile}.v8-cache`, { force: true });
  const bundled = await bundler.build(serverBundle).then(
    () => true,
    () => false, // esbuild has printed why
  );
  if (!bundled) return 1;
  const cached = spawnSync(
    process.execPath,
    ['--disable-warning=DEP0111', entryPoint, '--write-code-cache'],
    {
      stdio: 'inherit',
    },
  );
  if (cached.status !== 0) return cached.status ?? 1;
  writeFileSync(stamp, '');
  utimesSync(stamp, started, started);
  return 0;
}

process.exitCode = await build();
