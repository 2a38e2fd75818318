import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCodeCachedScript } from '../../src/process/codeCachedScript.js';

/** A CommonJS file in a folder of its own, which uses the names a module gets. */
function script(
  source = "module.exports = { name: require('node:path').basename(__filename), twice: (n) => 2 * n };",
): string {
  const file = join(mkdtempSync(join(tmpdir(), 'code-cache-')), 'bundle.cjs');
  writeFileSync(file, source);
  return file;
}

describe('a CommonJS script run with its V8 code cache', () => {
  it('runs as a module without a cache, then with the cache it wrote', () => {
    const file = script();

    const first = runCodeCachedScript(file);
    expect(first.codeCache).toBe('absent');
    expect((first.exports as { name: string }).name).toBe('bundle.cjs');
    first.writeCodeCache();
    expect(readdirSync(join(file, '..')).sort()).toEqual(['bundle.cjs', 'bundle.cjs.v8-cache']);

    const second = runCodeCachedScript(file);
    expect(second.codeCache).toBe('used');
    expect((second.exports as { twice(n: number): number }).twice(21)).toBe(42);
  });

  it('compiles from source when the cache was made for another build of the file', () => {
    const file = script();
    runCodeCachedScript(file).writeCodeCache();
    writeFileSync(file, 'module.exports = { rebuilt: true };');

    const run = runCodeCachedScript(file);

    expect(run.codeCache).toBe('rejected');
    expect(run.exports).toEqual({ rebuilt: true });
  });

  it('compiles from source when the cache is damaged', () => {
    const file = script();
    writeFileSync(`${file}.v8-cache`, 'not a code cache');

    const run = runCodeCachedScript(file);

    expect(run.codeCache).toBe('rejected');
    expect((run.exports as { name: string }).name).toBe('bundle.cjs');
  });

  it('compiles from source when the cache cannot be read', () => {
    const file = script();
    mkdirSync(`${file}.v8-cache`); // reading it fails, as a file the process may not read would

    const run = runCodeCachedScript(file);

    expect(run.codeCache).toBe('absent');
    expect((run.exports as { name: string }).name).toBe('bundle.cjs');
  });

  it('leaves no partial file where the cache cannot be written', () => {
    const file = script();
    const run = runCodeCachedScript(file);
    mkdirSync(`${file}.v8-cache`); // a folder where the cache goes: renaming onto it fails

    expect(() => run.writeCodeCache()).toThrow();
    expect(readdirSync(join(file, '..')).sort()).toEqual(['bundle.cjs', 'bundle.cjs.v8-cache']);
  });
});
