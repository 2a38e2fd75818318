// Loads a TypeScript module of the tests (a corpus) into a benchmark, which runs on plain Node:
// the file is transpiled with the project's TypeScript, written beside nothing but a temporary
// folder, and imported. Only for modules whose imports are types (they are dropped).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export async function loadTypeScriptModule(path) {
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const folder = mkdtempSync(join(tmpdir(), 'bench-module-'));
  const file = join(folder, 'module.mjs');
  writeFileSync(file, outputText);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
