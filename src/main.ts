import { fileURLToPath } from 'node:url';
import { type CodeCacheUse, runCodeCachedScript } from './process/codeCachedScript.js';
import { compileRegularExpressionsAtOnce } from './process/regexpCompilation.js';

/** What dist/server.cjs, the bundled server (src/server.ts), exports. */
interface ServerBundle {
  runServer(codeCache: CodeCacheUse): Promise<void>;
  exerciseForCodeCache(): Promise<void>;
}

/**
 * `npm start`: runs the server bundle with its code cache. With `--write-code-cache` (the build
 * runs it once after bundling) it loads the bundle, starts a server on a free loopback port and
 * takes it through a few conversations (`exerciseForCodeCache`), closes it, and writes the code
 * cache instead of serving. V8 takes a code cache only under the flags it was made with, so the
 * flags are set first, and the same way, in both.
 */
compileRegularExpressionsAtOnce();
const bundle = runCodeCachedScript(fileURLToPath(new URL('./server.cjs', import.meta.url)));
const server = bundle.exports as ServerBundle;
if (process.argv.includes('--write-code-cache')) {
  await server.exerciseForCodeCache();
  bundle.writeCodeCache();
} else {
  await server.runServer(bundle.codeCache);
}
