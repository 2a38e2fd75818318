import type { BuildOptions } from 'esbuild';

/** How scripts/buildDist.mjs bundles the server into dist/main.js (see serverBundle.mjs). */
export declare const serverBundle: BuildOptions;
