import { relative } from 'node:path';
import ts from 'typescript';

/** A named type of our own that the entry's public surface uses but does not export. */
export interface UnexportedType {
  /** The type's name and the file that declares it, e.g. `DueDateRules (src/cases/dueDate.ts)`. */
  type: string;
  /** The first exported name through which it was reached. */
  reachedFrom: string;
}

const namedTypeFlags =
  ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.TypeAlias;
const hiddenMemberFlags = ts.ModifierFlags.Private | ts.ModifierFlags.Protected;

/**
 * Walks everything an entry module exports, type or value, through the types it is written
 * with: properties, parameters, return types, index signatures, type arguments, union members
 * and base types, through every type our own source declares (of a library's types only their
 * type arguments are followed). Lists each named type of ours met on the way that the entry does
 * not export, which its users could not name. Private and protected members are not public.
 */
export function unexportedPublicTypes(entryFile: string): UnexportedType[] {
  const program = ts.createProgram([entryFile], compilerOptions());
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(entryFile);
  const entryModule = entry && checker.getSymbolAtLocation(entry);
  if (!entryModule) throw new Error(`${entryFile} is not a module`);

  const resolved = (symbol: ts.Symbol) =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const isOurs = (symbol: ts.Symbol) =>
    (symbol.declarations ?? []).some(
      (declaration) =>
        !declaration.getSourceFile().isDeclarationFile &&
        !program.isSourceFileFromExternalLibrary(declaration.getSourceFile()),
    );
  const exportedSymbols = checker.getExportsOfModule(entryModule).map(resolved);
  const exported = new Set(exportedSymbols);
  const unexported = new Map<ts.Symbol, string>();
  const seen = new Set<ts.Type>();

  const visit = (type: ts.Type, reachedFrom: string): void => {
    if (seen.has(type) || type.flags & ts.TypeFlags.TypeParameter) return;
    seen.add(type);
    const next = (inner: ts.Type) => visit(inner, reachedFrom);
    type.aliasTypeArguments?.forEach(next);
    if (isTypeReference(type)) checker.getTypeArguments(type).forEach(next);
    if (type.isUnionOrIntersection()) type.types.forEach(next);
    const declaredBy = [type.aliasSymbol, type.getSymbol()].filter(
      (symbol): symbol is ts.Symbol => symbol !== undefined,
    );
    for (const symbol of declaredBy) {
      const needsExport = symbol.flags & namedTypeFlags && isOurs(symbol) && !exported.has(symbol);
      if (needsExport && !unexported.has(symbol)) unexported.set(symbol, reachedFrom);
    }
    // A library's type is its own business (and endless to walk); only its arguments are ours.
    if (!declaredBy.every(isOurs)) return;
    if (type.isClassOrInterface()) checker.getBaseTypes(type).forEach(next);
    for (const property of checker.getPropertiesOfType(type)) {
      if (isPublic(property)) next(checker.getTypeOfSymbol(property));
    }
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      for (const parameter of signature.getParameters()) next(checker.getTypeOfSymbol(parameter));
      next(signature.getReturnType());
    }
    for (const index of checker.getIndexInfosOfType(type)) next(index.type);
  };

  for (const symbol of exportedSymbols) {
    if (symbol.flags & namedTypeFlags) visit(checker.getDeclaredTypeOfSymbol(symbol), symbol.name);
    if (symbol.flags & ts.SymbolFlags.Value) visit(checker.getTypeOfSymbol(symbol), symbol.name);
  }
  return [...unexported].map(([symbol, reachedFrom]) => ({
    type: `${symbol.name} (${relative(process.cwd(), symbol.declarations?.[0]?.getSourceFile().fileName ?? '')})`,
    reachedFrom,
  }));
}

function isTypeReference(type: ts.Type): type is ts.TypeReference {
  return (
    (type.flags & ts.TypeFlags.Object) !== 0 &&
    ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) !== 0
  );
}

function isPublic(member: ts.Symbol): boolean {
  return (member.declarations ?? []).every(
    (declaration) =>
      !(ts.getCombinedModifierFlags(declaration) & hiddenMemberFlags) &&
      !(ts.isPropertyDeclaration(declaration) && ts.isPrivateIdentifier(declaration.name)),
  );
}

/** The project's compiler options, from tsconfig.json. */
function compilerOptions(): ts.CompilerOptions {
  const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, process.cwd()).options;
}
