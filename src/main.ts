import { fileURLToPath } from 'node:url';
import { runCodeCachedScript } from './process/codeCachedScript.js';
import { compileRegularExpressionsAtOnce } from './process/regexpCompilation.js';

/**
 * `npm start`: runs the server bundle with its code cache. With `--write-code-cache` (the build
 * runs it once after bundling) it loads the bundle, starts a server on a free loopback port and
 * takes it through a few conversations (`exerciseForCodeCache`), closes it, and writes the code
 * cache instead of serving. V8 takes a code cache only under the flags it was made with, so the
 * flags are set first, and the same way, in both.
 */
compileRegularExpressionsAtOnce();
const bundle = runCodeCachedScript(fileURLToPath(new URL('./server.cjs', import.meta.url)));
// What dist/server.cjs, the bundled src/server.ts, exports (a type only: nothing is imported).
const server = bundle.exports as typeof import('./server.js');
if (process.argv.includes('--write-code-cache')) {
  await server.exerciseForCodeCache();
  bundle.writeCodeCache();
} else {
  await server.runServer(bundle.codeCache);
}
