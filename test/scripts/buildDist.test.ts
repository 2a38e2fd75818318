import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNodeScript } from '../support/nodeScript.js';
import { nonEmptyLines } from '../support/outputLines.js';

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    rootDir: 'src',
    outDir: 'dist',
    types: [],
  },
  include: ['src'],
};

/** A project laid out like this one, with one source file, and TypeScript unless told not to. */
function project({ typescript = true, source = true } = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'build-dist-'));
  mkdirSync(join(folder, 'scripts'));
  for (const script of ['buildDist.mjs', 'serverBundle.mjs'])
    cpSync(join('scripts', script), join(folder, 'scripts', script));
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(folder, 'tsconfig.build.json'), JSON.stringify(tsconfig));
  if (source) {
    mkdirSync(join(folder, 'src'));
    writeFileSync(join(folder, 'src', 'main.ts'), 'export const answer: number = 42;\n');
    writeFileSync(join(folder, 'src', 'server.ts'), 'export const served: boolean = true;\n');
  }
  if (typescript) symlinkSync(resolve('node_modules'), join(folder, 'node_modules'), 'dir');
  return folder;
}

/** Runs the build script as `npm start` (`--if-stale`) or `npm run build` (no option) does. */
function buildDist(folder: string, ...options: string[]) {
  return runNodeScript('scripts/buildDist.mjs', options, { cwd: folder });
}

const quiet = { code: 0, stdout: '', stderr: '' };
const compiled = (folder: string) => join(folder, 'dist', 'main.js');
const builtAt = (folder: string) => statSync(compiled(folder)).mtimeMs;
/** Dates a file a minute later, as an edit after the last build would. */
function editLater(file: string): void {
  const later = new Date(Date.now() + 60_000);
  utimesSync(file, later, later);
}

// Each test runs tsc up to three times; on a busy machine one run takes seconds.
describe('scripts/buildDist.mjs --if-stale (npm start, npm run chat, npm run package:teams)', {
  timeout: 60_000,
}, () => {
  it('builds dist/ when there is none, then leaves an up-to-date dist/ alone', async () => {
    const folder = project();

    expect(await buildDist(folder, '--if-stale')).toEqual(quiet);
    expect(readFileSync(compiled(folder), 'utf8')).toContain('answer = 42');
    const first = builtAt(folder);
    expect(await buildDist(folder, '--if-stale')).toEqual(quiet);
    expect(builtAt(folder)).toBe(first);
  });

  it('rebuilds when a source file or a build setting changed after the last build', async () => {
    const folder = project();
    await buildDist(folder, '--if-stale');

    writeFileSync(join(folder, 'src', 'main.ts'), 'export const answer: number = 43;\n');
    editLater(join(folder, 'src', 'main.ts'));
    await buildDist(folder, '--if-stale');
    expect(readFileSync(compiled(folder), 'utf8')).toContain('answer = 43');

    const before = builtAt(folder);
    editLater(join(folder, 'tsconfig.build.json'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await buildDist(folder, '--if-stale');
    expect(builtAt(folder)).toBeGreaterThan(before);
  });

  it('rebuilds when dist/ was deleted, and always without --if-stale (npm run build)', async () => {
    const folder = project();
    await buildDist(folder, '--if-stale');
    rmSync(join(folder, 'dist'), { recursive: true });

    await buildDist(folder, '--if-stale');
    const rebuilt = builtAt(folder);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await buildDist(folder);
    expect(builtAt(folder)).toBeGreaterThan(rebuilt);
  });

  it('fails on a type error, and fails again on the next start instead of running what it emitted', async () => {
    const folder = project();
    writeFileSync(join(folder, 'src', 'main.ts'), "export const answer: number = 'no';\n");

    const first = await buildDist(folder, '--if-stale');
    expect(first.code).not.toBe(0);
    expect(first.stdout).toContain('TS2322');
    expect((await buildDist(folder, '--if-stale')).code).not.toBe(0);
  });

  it('says in one line that TypeScript is missing, and fails', async () => {
    const run = await buildDist(project({ typescript: false }), '--if-stale');

    expect(run.code).toBe(1);
    expect(nonEmptyLines(run.stderr)).toEqual([
      'cannot build dist/: TypeScript or esbuild is not installed; run npm install',
    ]);
  });

  it('lets a production install (prepare without TypeScript) through, saying so in one line', async () => {
    const folder = project({ typescript: false });

    const run = await buildDist(folder, '--if-stale', '--if-typescript-installed');

    expect(run.code).toBe(0);
    expect(nonEmptyLines(run.stderr)).toEqual([
      'TypeScript or esbuild is not installed (a production install): dist/ left as it is',
    ]);
    expect(existsSync(compiled(folder))).toBe(false);
  });

  it('does nothing where there is no src/, as in the image or an installed package', async () => {
    const run = await buildDist(project({ typescript: false, source: false }), '--if-stale');

    expect(run).toEqual(quiet);
  });
});

describe('the package scripts', () => {
  it.each(['start', 'chat', 'package:teams', 'bench'])('%s builds only when stale', (script) => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts[script]).toMatch(/^node scripts\/buildDist\.mjs --if-stale && node /);
  });
});
