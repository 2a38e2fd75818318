import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { serverBundle } from '../../scripts/serverBundle.mjs';

interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;

/** What a compiled module imports (statically or with `import()`), as written. */
function importedSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    }
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** The package a bare specifier names: `@scope/name` or `name`. */
function packageNamed(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
}

const isBuiltIn = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier);

/** The packages a compiled entry point loads, following its own modules through dist/. */
function packagesLoadedBy(entryPoint: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [resolve(entryPoint)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importedSpecifiers(file)) {
      if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier));
      else if (!isBuiltIn(specifier)) packages.add(packageNamed(specifier));
    }
  }
  return packages;
}

/**
 * The packages the server bundle (dist/main.js) takes in or leaves to node_modules, as its own
 * source files import them: esbuild's account of the build `npm run build` makes.
 */
async function packagesImportedByServerBundle(): Promise<Set<string>> {
  const { metafile } = await build({
    ...serverBundle,
    write: false,
    metafile: true as const,
    logLevel: 'silent',
  });
  const packages = new Set<string>();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    if (!file.startsWith('src/')) continue;
    for (const imported of input.imports) {
      const specifier = imported.original ?? imported.path;
      if (
        !imported.path.startsWith('src/') &&
        imported.path !== '<runtime>' &&
        !isBuiltIn(specifier)
      )
        packages.add(packageNamed(specifier));
    }
  }
  return packages;
}

/** Only the local chat page and `npm run package:teams` use these: not production. */
const developmentOnly = [
  'botframework-webchat',
  'react',
  'react-dom',
  '@microsoft/app-manifest',
  'ajv-draft-04',
  'ajv-formats',
  'fflate',
];

describe('a production install (npm ci --omit=dev)', () => {
  const notRuntimeDependencies = (packages: Set<string>) =>
    [...packages].filter((name) => !(name in packageJson.dependencies));

  it('has every package the library (dist/index.js) loads among the runtime dependencies', () => {
    const loaded = packagesLoadedBy('dist/index.js');

    expect(loaded).toContain('botbuilder');
    expect(notRuntimeDependencies(loaded)).toEqual([]);
  });

  it('has every package the server bundle (dist/main.js) takes in among the runtime dependencies', async () => {
    const imported = await packagesImportedByServerBundle();

    expect(imported).toContain('restify');
    expect(imported).toContain('better-sqlite3'); // left out of the bundle, loaded from node_modules
    expect(notRuntimeDependencies(imported)).toEqual([]);
  });

  it('leaves out Web Chat, React and the Teams packaging libraries', () => {
    expect(developmentOnly.filter((name) => name in packageJson.dependencies)).toEqual([]);
    expect(Object.keys(packageJson.devDependencies)).toEqual(
      expect.arrayContaining(['botframework-webchat', '@microsoft/app-manifest', 'ajv-draft-04']),
    );
  });
});
