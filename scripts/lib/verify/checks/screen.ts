// verify's check of the one-screen promise: `npm test` and `npm run progress` fit 80 columns by 24 lines
// (Hangul counted as two columns) on a fresh clone (the stubs), a half-solved tree and a solved one, in
// English, and in Korean on the half-solved tree, where the lines are longest. The half-solved tree is the
// solutions of chapters 1–2, two of chapter 3, two of chapter 4 and one of chapter 5, a known mistake (a
// mutant) in 11, and stubs elsewhere.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Check } from '../tally.ts';
import { type Curriculum, isPresent, pathsOf, root } from '../../core/curriculum.ts';
import { execute, type Executed, TSX } from '../../core/exec.ts';
import { applyMutant, loadMutants } from '../mutants.ts';
import { columns, HEIGHT, WIDTH } from '../../runner/screen.mjs';

const SOLVED = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '15', '16', '23'];
const MISTAKE = '11';

/** Whether `text` fits the screen, and if not, why. */
export function offScreen(text: string): string[] {
  const lines = text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .trimEnd()
    .split('\n');
  const wide = lines.filter((l) => columns(l) > WIDTH).map((l) => `${columns(l)} columns: ${l}`);
  return [...(lines.length > HEIGHT ? [`${lines.length} lines`] : []), ...wide];
}

/** A copy of the stubs with some exercises solved and one with a known mistake. */
export function halfSolvedTree(curriculum: Curriculum): string {
  const dir = mkdtempSync(join(tmpdir(), 'kata-half-'));
  cpSync(join(root, 'exercises'), dir, { recursive: true });
  for (const e of curriculum.exercises.filter((x) => isPresent(x))) {
    const n = e.id.slice(0, 2);
    if (SOLVED.includes(n)) cpSync(join(root, pathsOf(e).solution), join(dir, e.file));
    if (n === MISTAKE) {
      const { code, misfit } = applyMutant(readFileSync(join(root, pathsOf(e).solution), 'utf8'), loadMutants(e)[0]!.replace);
      if (code === undefined) throw new Error(`${e.id}'s first mutant: ${misfit}`);
      writeFileSync(join(dir, e.file), code);
    }
  }
  return dir;
}

export async function checkScreen(curriculum: Curriculum): Promise<Check[]> {
  const half = halfSolvedTree(curriculum);
  const trees: [name: string, target: string | undefined][] = [
    ['a fresh clone', undefined],
    ['a half-solved tree', half],
    ['a solved tree', join(root, 'solutions')],
  ];
  // Korean where the lines are longest (the half-solved tree); English everywhere.
  const runs = trees.flatMap(([name, target]) =>
    (target === half ? (['en', 'ko'] as const) : (['en'] as const)).flatMap((lang) => {
      const env = { KATA_LANG: lang, FORCE_COLOR: '0', ...(target ? { KATA_TARGET: target } : {}) };
      return [
        {
          what: `npm test on ${name} (${lang})`,
          start: () => execute(process.execPath, [join(root, 'scripts', 'test.mjs')], { env, timeoutMs: 90_000 }),
        },
        {
          what: `npm run progress on ${name} (${lang})`,
          start: () =>
            execute(
              process.execPath,
              ['--import', TSX, join(root, 'scripts', 'progress.ts'), '--time-limit', '60', ...(target ? ['--target', target] : [])],
              { env, timeoutMs: 90_000 },
            ),
        },
      ];
    }),
  );
  // Two at a time: the machine's two cores are shared with the mutants and the other command checks.
  const results: Executed[] = [];
  let taken = 0;
  const worker = async () => {
    while (taken < runs.length) {
      const i = taken++;
      results[i] = await runs[i]!.start();
    }
  };
  await Promise.all([worker(), worker()]);
  const checks: Check[] = [];
  runs.forEach(({ what }, i) => {
    const r = results[i]!;
    const problems = r.timedOut ? ['timed out'] : offScreen(r.stdout);
    const lines = r.stdout.trimEnd().split('\n').length;
    checks.push([
      problems.length === 0 && /\d+ passed, \d+ failed|통과 \d+, 실패 \d+/.test(r.stdout),
      `${what}: ${lines} lines of at most ${WIDTH} columns (fits ${WIDTH}×${HEIGHT})`,
      [...problems, r.stdout.slice(-2000), r.stderr.slice(-500)].join('\n'),
    ]);
  });
  // The check can fail: 25 short lines, or one line of 81 columns, are off the screen.
  const planted = [Array.from({ length: HEIGHT + 1 }, (_, i) => `line ${i}`).join('\n'), `${'가'.repeat(40)}x`];
  checks.push([
    planted.every((text) => offScreen(text).length > 0),
    'the screen check finds a 25-line output and an 81-column line (Hangul counted as two)',
    '',
  ]);
  rmSync(half, { recursive: true, force: true });
  return checks;
}
