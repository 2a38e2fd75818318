// How `scripts/buildDist.mjs` bundles the server: src/main.ts and every package it loads in one
// file, dist/main.js, which `npm start` runs. Node then reads one file instead of some 1,400
// modules: the start to the first answer takes about 0.85 s instead of 1.3 s (`npm run bench`).
// The library (dist/index.js) and the command-line tools stay as tsc emits them, one module per
// source file, for bot builders to import.
//
// Plain JavaScript: it has to run before anything is compiled.

/**
 * Where the parts the server loads only when it needs them go (`import()`: Azure Blob Storage
 * with STORAGE=blob): about 3 MB that a start with SQLite does not read, some 0.1 s of it.
 */
export const serverChunksFolder = 'dist/server-chunks';

/** @type {import('esbuild').BuildOptions} */
export const serverBundle = {
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  entryNames: '[name]',
  splitting: true,
  chunkNames: `${serverChunksFolder.slice('dist/'.length)}/[name]-[hash]`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Native add-ons are loaded from node_modules at run time: better-sqlite3, and restify's
  // optional DTrace probes.
  external: ['better-sqlite3', 'dtrace-provider'],
  // The CommonJS packages inside an ES module need a `require` (for Node's own modules and the
  // add-ons above); the bundle's own code never declares one.
  banner: {
    js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);",
  },
  sourcemap: 'linked',
  sourcesContent: false,
  // No `keepNames`: its helper runs each time a function or class is made, closures included,
  // which cost a sixth of an answer's CPU. Names stay as written but where two modules' top-level
  // names clash (a few functions of bundled lodash and htmlparser2 copies, zod's ZodString in
  // copies); nothing looks those up by name.
  logLevel: 'warning',
};
