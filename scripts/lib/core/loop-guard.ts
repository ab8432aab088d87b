// The loop guard: a learner's `while (true) {}` must not hang the run (vitest's testTimeout cannot
// stop synchronous code). This vite plugin rewrites every loop in the code under test so that its
// body first calls `__kataLoopGuard()`, which throws once the spec file has run for longer than the
// time limit. The error is thrown inside the learner's loop, so vitest shows that very line.
// Lines stay where they were (insertions only, with a source map). The parser is rolldown's (oxc),
// which vite has loaded anyway, so the guard costs a run next to nothing.
import MagicString from 'magic-string';
import { parseSync } from 'rolldown/utils';
import type { Plugin } from 'vite';

const GUARD = '__kataLoopGuard();';
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

interface Node {
  type: string;
  start: number;
  end: number;
  body?: Node;
}

/** Call `visit` on every node of an ESTree tree. */
function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (typeof (node as Node).type === 'string') visit(node as Node);
  for (const child of Object.values(node)) if (child && typeof child === 'object') walk(child, visit);
}

/** Insert the guard at the start of every loop body of `code`. */
export function guardLoops(code: string, fileName: string): { code: string; map: ReturnType<MagicString['generateMap']> } | undefined {
  const parsed = parseSync(fileName, code, { lang: 'ts' });
  // Code that does not parse is left alone, so the learner sees the compiler's own error.
  if (parsed.errors.length > 0) return undefined;
  const out = new MagicString(code);
  let changed = false;
  walk(parsed.program, (node) => {
    const body = node.body;
    if (!LOOPS.has(node.type) || !body) return;
    if (body.type === 'BlockStatement') out.appendLeft(body.start + 1, ` ${GUARD}`);
    else {
      out.appendLeft(body.start, `{ ${GUARD} `);
      out.appendRight(body.end, ' }');
    }
    changed = true;
  });
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
