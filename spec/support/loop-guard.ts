// The loop guard: a learner's `while (true) {}` must not hang the run (vitest's testTimeout cannot
// stop synchronous code). This vite plugin rewrites every loop in the code under test so that its
// body first calls `__kataLoopGuard()`, which throws once the spec file has run for longer than the
// time limit. The error is thrown inside the learner's loop, so vitest shows that very line.
// Lines stay where they were (insertions only, with a source map).
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

const GUARD = '__kataLoopGuard();';

/** Insert the guard at the start of every loop body of `code`. */
export function guardLoops(code: string, fileName: string): { code: string; map: ReturnType<MagicString['generateMap']> } | undefined {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  // Code that does not parse is left alone, so the learner sees the compiler's own error.
  if ((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return undefined;
  const out = new MagicString(code);
  let changed = false;
  const visit = (node: ts.Node): void => {
    if (ts.isIterationStatement(node, false)) {
      const body = node.statement;
      if (ts.isBlock(body)) out.appendLeft(body.getStart(source) + 1, ` ${GUARD}`);
      else {
        out.appendLeft(body.getStart(source), `{ ${GUARD} `);
        out.appendRight(body.getEnd(), ' }');
      }
      changed = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return changed ? { code: out.toString(), map: out.generateMap({ hires: true, source: fileName }) } : undefined;
}

/** Guard the loops of every .ts file under `targetDir` (the tree the specs are testing). */
export function loopGuard(targetDir: string): Plugin {
  const prefix = targetDir.endsWith('/') ? targetDir : `${targetDir}/`;
  return {
    name: 'kata-loop-guard',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(prefix) || !file.endsWith('.ts')) return null;
      return guardLoops(code, file) ?? null;
    },
  };
}
