// The names a TypeScript module exports, read from its syntax tree by rolldown's parser (oxc, which vite
// has loaded anyway): for verify's curriculum check, the grading sandbox's stand-ins, and stub detection.
import { readFileSync } from 'node:fs';
import { parseSync } from 'rolldown/utils';
import { bracketDepth, MAX_BRACKET_DEPTH } from './nesting.mjs';

interface Declared {
  type: string;
  id?: { name?: string } | null;
  declarations?: { id?: { type: string; name?: string } }[];
}
interface Exported {
  type: string;
  declaration?: Declared | null;
  specifiers?: { exported?: { type: string; name?: string } }[];
}

/** rolldown's parse of `code`, refusing first what would crash it: brackets nested deeper than MAX_BRACKET_DEPTH. */
export function parseModule(fileName: string, code: string): ReturnType<typeof parseSync> {
  if (bracketDepth(code) > MAX_BRACKET_DEPTH) throw new RangeError(`${fileName} nests brackets more than ${MAX_BRACKET_DEPTH} deep`);
  return parseSync(fileName, code, { lang: 'ts' });
}

/** The named exports of `code` (types and interfaces included; `export default` is not a name), each with how it was declared. */
function namedExports(code: string, fileName: string): { name: string; declared?: string }[] {
  const found: { name: string; declared?: string }[] = [];
  for (const node of parseModule(fileName, code).program.body as Exported[]) {
    if (node.type !== 'ExportNamedDeclaration') continue;
    const d = node.declaration;
    if (d?.id?.name) found.push({ name: d.id.name, declared: d.type });
    for (const v of d?.declarations ?? []) if (v.id?.type === 'Identifier' && v.id.name) found.push({ name: v.id.name, declared: d!.type });
    for (const s of node.specifiers ?? []) if (s.exported?.type === 'Identifier' && s.exported.name) found.push({ name: s.exported.name });
  }
  return found;
}

/** The names `code` exports, sorted, each once. */
export function exportedNamesOf(code: string, fileName: string): string[] {
  return [...new Set(namedExports(code, fileName).map((e) => e.name))].sort();
}

/** The names the file at `path` exports, sorted, each once. */
export function exportedNames(path: string): string[] {
  return exportedNamesOf(readFileSync(path, 'utf8'), path);
}

/** Whether `code` still is a stub: every exported function and class throws "not implemented: <name>". */
export function isStub(code: string, fileName = 'stub.ts'): boolean {
  if (bracketDepth(code) > MAX_BRACKET_DEPTH) return false; // never a stub, and more than the parser survives
  const names = namedExports(code, fileName)
    .filter((e) => e.declared === 'FunctionDeclaration' || e.declared === 'ClassDeclaration')
    .map((e) => e.name);
  return names.length > 0 && names.every((name) => new RegExp(`not implemented: ${name}\\b`).test(code));
}
