import type { BuildOptions } from 'esbuild';

/** Where the bundle's parts loaded on demand go (see serverBundle.mjs). */
export declare const serverChunksFolder: string;

/** How scripts/buildDist.mjs bundles the server into dist/main.js (see serverBundle.mjs). */
export declare const serverBundle: BuildOptions;
