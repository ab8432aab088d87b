// npm run mutants [-- NN …] [--grading] — maintainers: run the known mistakes of mutants/ (all, or the
// exercises named) and say for each whether its spec catches it and names it, and names nothing else.
// verify runs all of them in both modes; this is the quick loop while writing a spec.
import { loadCurriculum } from './lib/core/curriculum.ts';
import { runMutants } from './lib/verify/mutants.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const wanted = args.filter((a) => /^\d+$/.test(a)).map((a) => a.padStart(2, '0'));
  const exercises = loadCurriculum().exercises.filter((e) => wanted.length === 0 || wanted.some((n) => e.id.startsWith(`${n}-`)));
  const outcomes = await runMutants(exercises, 150_000, args.includes('--grading'));
  for (const o of outcomes) console.log(`${o.ok ? '✓' : '✗'} ${o.exercise}: ${o.mutant.name}${o.ok ? '' : `\n    ${o.why}`}`);
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`\n${outcomes.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
