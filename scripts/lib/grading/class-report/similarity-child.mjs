// @ts-nocheck — Dolos is installed on demand beside the project (similarity.ts), not in its types.
// The similarity comparison, in a process of its own: Dolos (@dodona/dolos-lib) parses the students'
// code with native tree-sitter parsers, so a parser that crashes or hangs on hostile input takes only
// this process down, never the grader. argv[2]: the folder Dolos is installed in. stdin: JSON
// { exercises: [{ id, maxCount, ignored, files: [{ student, code }] }] }; stdout: JSON { pairs }.
// Nothing is read from or written to disk but Dolos's own modules.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir] = process.argv.slice(2);
const { Dolos, File } = await import(pathToFileURL(join(dir, 'node_modules', '@dodona', 'dolos-lib', 'dist', 'index.js')).href);

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { exercises } = JSON.parse(input);
const pairs = [];
for (const e of exercises) {
  if (e.files.length < 2) continue;
  const dolos = new Dolos({ language: 'typescript', maxFingerprintCount: e.maxCount });
  const files = e.files.map((f, i) => new File(`${i}.ts`, f.code));
  const report = await dolos.analyze(files, e.id, new File('stub.ts', e.ignored));
  for (const p of report.allPairs()) {
    const left = e.files[Number(p.leftFile.path.replace('.ts', ''))];
    const right = e.files[Number(p.rightFile.path.replace('.ts', ''))];
    if (!left || !right || !(p.similarity > 0)) continue;
    pairs.push({
      exercise: e.id,
      left: left.student,
      right: right.student,
      similarity: p.similarity,
      longest: p.longest,
      fragments: p.buildFragments().map((f) => ({
        left: [f.leftSelection.startRow, f.leftSelection.endRow],
        right: [f.rightSelection.startRow, f.rightSelection.endRow],
      })),
    });
  }
}
process.stdout.write(JSON.stringify({ pairs }));
