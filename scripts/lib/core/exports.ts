// The names a TypeScript file exports, read from its syntax tree (types and interfaces included).
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export function exportedNames(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    } else if (!exported) {
      continue;
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  return [...new Set(names)].sort();
}

/** Whether `code` still is a stub: every exported function and class throws "not implemented: <name>". */
export function isStub(code: string, fileName = 'stub.ts'): boolean {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  const names = source.statements
    .filter((s) => (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
    .map((s) => (s as ts.FunctionDeclaration | ts.ClassDeclaration).name!.text);
  return names.length > 0 && names.every((name) => new RegExp(`not implemented: ${name}\\b`).test(code));
}
