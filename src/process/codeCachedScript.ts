import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { constants, Script } from 'node:vm';

/**
 * Whether V8 took the code cache: 'used', 'rejected' (made by another Node or V8, or with other
 * V8 flags, or for another build of the script: compiled from source instead), or 'absent' (none,
 * or one the process cannot read).
 */
export type CodeCacheUse = 'used' | 'rejected' | 'absent';

/** A CommonJS script compiled with V8's code cache for it, when there is one that fits. */
export interface CodeCachedScript {
  /** What the script exported (`module.exports`). */
  exports: unknown;
  codeCache: CodeCacheUse;
  /**
   * Writes the code cache: every function compiled so far, so call it once the script has done
   * the work a start does. Written beside and renamed into place, so a start never reads half a
   * file.
   */
  writeCodeCache(): void;
}

/** The wrapper Node puts around a CommonJS module, so the script gets the same five names. */
const wrapperStart = '(function (exports, require, module, __filename, __dirname) { ';
const wrapperEnd = '\n});';

/**
 * Runs a CommonJS file as `require` would, but compiled with the V8 code cache at
 * `${file}.v8-cache` when there is one: V8 then reads compiled functions instead of parsing the
 * source again and compiling each function on its first call. Node 20 has no code cache for ES
 * modules (`module.enableCompileCache` came in Node 22), hence CommonJS.
 */
export function runCodeCachedScript(file: string): CodeCachedScript {
  const cacheFile = `${file}.v8-cache`;
  const cachedData = readIfPossible(cacheFile);
  const script = new Script(`${wrapperStart}${readFileSync(file, 'utf8')}${wrapperEnd}`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...names: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    codeCache:
      cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used',
    writeCodeCache() {
      const partial = `${cacheFile}.${process.pid}.partial`;
      try {
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
      } finally {
        rmSync(partial, { force: true });
      }
    },
  };
}

/** The cache's bytes; none when there is no cache or it cannot be read (the start compiles). */
function readIfPossible(cacheFile: string): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}
