// How `scripts/buildDist.mjs` bundles the server: src/server.ts and every package it loads in
// one CommonJS file, dist/server.cjs, which dist/main.js (src/main.ts, `npm start`) compiles with
// V8's code cache and runs. Node then reads one file instead of some 1,400 modules, and with the
// cache it does not parse it again or compile its functions again either (`npm run bench`).
// The library (dist/index.js) and the command-line tools stay as tsc emits them, one module per
// source file, for bot builders to import.
//
// Plain JavaScript: it has to run before anything is compiled.

/** The bundle, which dist/main.js runs. */
export const serverBundleFile = 'dist/server.cjs';

/** @type {import('esbuild').BuildOptions} */
export const serverBundle = {
  entryPoints: ['src/server.ts'],
  outfile: serverBundleFile,
  bundle: true,
  platform: 'node',
  // CommonJS, not an ES module: Node 20 keeps no code cache for ES modules. What the server loads
  // only when it needs it (`import()`: Azure Blob Storage with STORAGE=blob) stays in the file
  // but runs only then.
  format: 'cjs',
  target: 'node20',
  // Native add-ons are loaded from node_modules at run time: better-sqlite3, and restify's
  // optional DTrace probes.
  external: ['better-sqlite3', 'dtrace-provider'],
  // The source's `import.meta.url` (finding the package's own files) is the bundle's URL.
  define: { 'import.meta.url': 'bundleUrl' },
  banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  sourcesContent: false,
  // No `keepNames`: its helper runs each time a function or class is made, closures included,
  // which cost a sixth of an answer's CPU. Names stay as written but where two modules' top-level
  // names clash (a few functions of bundled lodash and htmlparser2 copies, zod's ZodString in
  // copies); nothing looks those up by name.
  logLevel: 'warning',
};
