// What an exercise's code imports. Exercises import each other (`../09-forward/forward`) and
// nothing else; code that imports the test library or reaches outside exercises/ runs in the same
// worker as the specs and could bend them, so grading lists such imports for the teacher to see.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { listFiles } from './assignment.ts';
import { parseModule } from '../core/exports.ts';

/** Module specifiers of a TypeScript/JavaScript file: imports, re-exports, import() and require() of a string. */
export function importsOf(code: string): string[] {
  // rolldown's parser (oxc), guarded as core/exports.ts guards it: TypeScript's own would cost every grade 1.2 s to load.
  const { program, module } = parseModule('module.ts', code);
  const found = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.flatMap((x) => (x.moduleRequest ? [x.moduleRequest.value] : []))),
  ];
  const literal = (node: unknown): string | undefined => {
    const n = node as { type?: string; value?: unknown; quasis?: { value: { cooked?: string } }[]; expressions?: unknown[] };
    if (n?.type === 'Literal' && typeof n.value === 'string') return n.value;
    if (n?.type === 'TemplateLiteral' && n.expressions?.length === 0) return n.quasis?.[0]?.value.cooked;
    return undefined;
  };
  // import('x') and require('x') anywhere in the tree.
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; source?: unknown; callee?: { type?: string; name?: string }; arguments?: unknown[] };
    const specifier =
      n.type === 'ImportExpression'
        ? literal(n.source)
        : n.type === 'CallExpression' && n.callee?.type === 'Identifier' && n.callee.name === 'require'
          ? literal(n.arguments?.[0])
          : undefined;
    if (specifier !== undefined) found.push(specifier);
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(program);
  return found;
}

/** Imports in the folders of `ids` under `codeDir` that are not relative paths staying inside `codeDir`. */
export function outsideImports(codeDir: string, ids: readonly string[]): { file: string; specifier: string }[] {
  const out: { file: string; specifier: string }[] = [];
  const base = resolve(codeDir);
  for (const id of ids) {
    if (!existsSync(join(base, id))) continue;
    for (const file of listFiles(base, id).filter((f) => /\.(c|m)?[jt]sx?$/.test(f))) {
      let code: string;
      try {
        code = readFileSync(join(base, file), 'utf8');
      } catch {
        continue;
      }
      let specifiers: string[];
      try {
        specifiers = importsOf(code);
      } catch {
        continue; // a file TypeScript's scanner cannot read: the sandbox fails its exercise with the reason
      }
      for (const specifier of specifiers) {
        const inside = specifier.startsWith('.') && !relative(base, resolve(dirname(join(base, file)), specifier)).startsWith('..');
        if (!inside) out.push({ file: relative(dirname(base), join(base, file)).split(sep).join('/'), specifier });
      }
    }
  }
  return out;
}
