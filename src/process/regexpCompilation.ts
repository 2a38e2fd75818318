import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile each regular expression to machine code on its first run. By default V8 first
 * runs one in its bytecode interpreter and compiles it on the second run: for the thousands of
 * large patterns Recognizers-Text runs on every message, that is two compilations, the first
 * run interpreted, and a second turn that still pays to compile. Compiling at once makes the
 * start-up warm-up about a third cheaper (English 250 → 170 ms, Spanish 410 → 270 ms) and the
 * turn after it as fast as any later one (35 → 6 ms), with the same cost per turn from then on
 * (`node bench/understanding.mjs`, `npm run bench:throughput`). Only the server's entry point
 * sets it: a V8 flag belongs to the process, not to a library a bot builder imports.
 */
export function compileRegularExpressionsAtOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
