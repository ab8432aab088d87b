// npm run bench — how long a learner and a maintainer wait, on this machine.
// Runs each command several times and prints the medians as a table. `npm run bench -- 3` sets the runs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchOnce } from './lib/verify/checks/commands.ts';
import { loadCurriculum, root } from './lib/core/curriculum.ts';
import { TSX } from './lib/core/exec.ts';

interface Row {
  what: string;
  /** A command to time from start to exit … */
  command?: string[];
  /** … or a measurement that returns seconds itself. */
  measure?: () => Promise<number>;
  runs?: number;
  env?: NodeJS.ProcessEnv;
}

const node = process.execPath;
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');

/** Later work adds its rows here. */
const rows: Row[] = [
  { what: 'whole spec suite on solutions/', command: [node, vitest, 'run', '--mode', 'solutions'] },
  {
    what: 'whole spec suite on solutions/, grading mode (the sandbox)',
    command: [node, vitest, 'run', '--mode', 'solutions'],
    env: { KATA_GRADING: '1' },
  },
  { what: 'one exercise (04) on solutions/', command: [node, vitest, 'run', '--mode', 'solutions', 'spec/04'] },
  { what: 'npm test on the stubs (all red, the wrapper)', command: [node, 'scripts/test.mjs'] },
  { what: 'npm test -- 04 (the wrapper) on the stubs', command: [node, 'scripts/test.mjs', '04'] },
  { what: 'plain vitest run on the stubs (for comparison)', command: [node, vitest, 'run'] },
  { what: 'npm run progress on the stubs', command: [process.execPath, '--import', TSX, 'scripts/progress.ts'] },
  { what: 'npm run progress on solutions/', command: [process.execPath, '--import', TSX, 'scripts/progress.ts', '--target', 'solutions'] },
  { what: 'npm run watch: rerun after a save', measure: watchRerun },
  { what: 'npm run grade on the stubs', command: [process.execPath, '--import', TSX, 'scripts/grade.ts'] },
  { what: 'npm run grade on solutions/', command: [process.execPath, '--import', TSX, 'scripts/grade.ts', '--target', 'solutions'] },
  { what: "npm run grade in a student's repository (every exercise solved; no held-out checks there)", measure: studentRepository },
  { what: 'npm run grade -- --each: 20 students of chapters 1–5 (half solved, half chapter 1 only)', measure: classOfTwenty, runs: 3 },
  { what: 'npm run export -- --chapters 1-3 (into a new folder)', measure: exportOnce },
  { what: 'npm run plot', command: [process.execPath, '--import', TSX, 'scripts/plot.ts'], runs: 3 },
  { what: 'npm run verify', command: [process.execPath, '--import', TSX, 'scripts/verify.ts'], runs: 3 },
];

/** Export chapters 1–3 into a fresh folder (the export refuses a folder that is not empty). */
async function exportOnce(): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'kata-bench-export-'));
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', TSX, 'scripts/export.ts', '--chapters', '1-3', '--out', join(out, 'template')], {
    cwd: root,
    stdio: 'ignore',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(out, { recursive: true, force: true });
  return run.status === 0 ? seconds : NaN;
}

/** A student's repository (export of chapters 1–5, made once per bench run) with every solution in it. */
let studentRepo: string | undefined;
async function studentRepository(): Promise<number> {
  if (!studentRepo) {
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-student-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const made = spawnSync(process.execPath, ['--import', TSX, 'scripts/export.ts', '--chapters', '1-5', '--out', join(dir, 'repo')], {
      cwd: root,
      stdio: 'ignore',
    });
    if (made.status !== 0) return NaN;
    studentRepo = join(dir, 'repo');
    symlinkSync(join(root, 'node_modules'), join(studentRepo, 'node_modules'), 'dir');
    for (const e of loadCurriculum().exercises) cpSync(join(root, 'solutions', e.file), join(studentRepo, 'exercises', e.file));
  }
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', TSX, 'scripts/grade.ts'], { cwd: studentRepo, stdio: 'ignore' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return run.status === 0 ? seconds : NaN;
}

/** Regrade a class of 20 from this repository: every even student solved everything, every odd one chapter 1. */
async function classOfTwenty(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kata-bench-class-'));
  const curriculum = loadCurriculum();
  for (let i = 1; i <= 20; i++) {
    const student = join(dir, `student${String(i).padStart(2, '0')}`, 'exercises');
    cpSync(join(root, 'exercises'), student, { recursive: true });
    for (const e of curriculum.exercises)
      if (i % 2 === 0 || e.chapter === 1) cpSync(join(root, 'solutions', e.file), join(student, e.file));
  }
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', TSX, 'scripts/grade.ts', '--each', dir, '--csv', join(dir, 'grades.csv')], {
    cwd: root,
    stdio: 'ignore',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(dir, { recursive: true, force: true });
  return run.status === 0 ? seconds : NaN;
}

/** Save exercise 01 (the solution) in a copy of the stubs that watch is watching; time until it reports. */
async function watchRerun(): Promise<number> {
  const target = mkdtempSync(join(tmpdir(), 'kata-bench-'));
  cpSync(join(root, 'exercises'), target, { recursive: true });
  const first = loadCurriculum().exercises[0]!;
  const result = await watchOnce(first, target, { KATA_LANG: 'en' });
  rmSync(target, { recursive: true, force: true });
  return result.ms / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function time(row: Row): Promise<number> {
  if (row.measure) return row.measure();
  const start = process.hrtime.bigint();
  spawnSync(row.command![0]!, row.command!.slice(1), { cwd: root, stdio: 'ignore', env: { ...process.env, CI: '1', ...row.env } });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main(): Promise<void> {
  const defaultRuns = Number(process.argv[2] ?? 5);
  const filter = process.argv[3];
  console.log(`| what | runs | median s | min s | max s |\n|---|---|---|---|---|`);
  for (const row of rows.filter((r) => !filter || r.what.includes(filter))) {
    const times: number[] = [];
    let failed = 0;
    for (let i = 0; i < (row.runs ?? defaultRuns); i++) {
      const t = await time(row);
      if (Number.isFinite(t)) times.push(t);
      else failed++;
    }
    if (times.length === 0) {
      console.log(`| ${row.what} | 0 | failed | | |`);
      continue;
    }
    const f = (x: number) => x.toFixed(2);
    console.log(
      `| ${row.what}${failed ? ` (${failed} failed)` : ''} | ${times.length} | ${f(median(times))} | ${f(Math.min(...times))} | ${f(Math.max(...times))} |`,
    );
  }
  process.exit(0);
}

void main();
