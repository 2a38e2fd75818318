import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

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
      else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) {
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''));
      }
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
  it.each(['dist/main.js', 'dist/index.js'])(
    'has every package %s loads among the runtime dependencies',
    (entryPoint) => {
      const missing = [...packagesLoadedBy(entryPoint)].filter(
        (name) => !(name in packageJson.dependencies),
      );
      expect(missing).toEqual([]);
    },
  );

  it('leaves out Web Chat, React and the Teams packaging libraries', () => {
    expect(developmentOnly.filter((name) => name in packageJson.dependencies)).toEqual([]);
    expect(Object.keys(packageJson.devDependencies)).toEqual(
      expect.arrayContaining(['botframework-webchat', '@microsoft/app-manifest', 'ajv-draft-04']),
    );
  });
});
