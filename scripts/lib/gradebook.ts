// npm run grade -- --each DIR: every student repository under DIR graded by its own `npm run grade`
// (up to one per core at once, each under a time limit of its own) into one CSV gradebook.
import { cpus, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Exercise } from './curriculum';
import { root } from './curriculum';
import { execute } from './exec';
import type { GradeReport } from './grading';
import type { Lang } from './lang';
import { SEAL_ENV } from './manifest';
import { optionValue, SelectionError } from './selection';
import { firstLine, pad } from './text';
import { graceMs } from './time-limit';

export interface GradebookOptions {
  /** npm run grade's arguments (--csv, --jobs, --json-dir, and the selection passed on to each run). */
  args: readonly string[];
  lang: Lang;
  /** Seconds per exercise. */
  limit: number;
  say: (en: string, ko: string) => string;
  /** The exercises a repository is graded on: the CSV's columns. */
  columnsOf: (folder: string) => Exercise[];
}

export async function gradeEach(dir: string, o: GradebookOptions): Promise<number> {
  const { args, lang, limit, say } = o;
  const base = resolve(dir);
  if (!existsSync(base) || !statSync(base).isDirectory()) throw new SelectionError(`${dir} is not a folder`, `${dir}은(는) 폴더가 아닙니다`);
  const folders = readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'exercises')))
    .map((d) => d.name)
    .sort();
  if (folders.length === 0) throw new SelectionError(`no student repository (a folder with exercises/) in ${dir}`, `${dir}에 학생 저장소(exercises/가 있는 폴더)가 없습니다`);

  // The plan of the first folder tells which exercises every row has, and bounds each child's time.
  const columns = o.columnsOf(join(base, folders[0]!));
  const childLimitMs = (columns.length * (limit * 1000 + graceMs(limit * 1000)) + 60_000);
  const jobs = Math.max(1, Number(optionValue(args, '--jobs')) || cpus().length);
  const scratch = mkdtempSync(join(tmpdir(), 'kata-grade-each-'));
  // --json-dir keeps every repository's full report (the JSON of npm run grade) next to the CSV.
  const jsonDir = optionValue(args, '--json-dir') ? resolve(optionValue(args, '--json-dir')!) : undefined;
  if (jsonDir) mkdirSync(jsonDir, { recursive: true });
  const pass = ['--chapters', '--exercises', '--manifest'].flatMap((name) => (optionValue(args, name) ? [name, optionValue(args, name)!] : []));
  const rows: { folder: string; report?: GradeReport; error?: string; seconds: number }[] = [];
  console.log(say(`Grading ${folders.length} repositories in ${dir}, ${jobs} at a time…`, `${dir}의 저장소 ${folders.length}개를 한 번에 ${jobs}개씩 채점합니다…`));

  let next = 0;
  const worker = async () => {
    while (next < folders.length) {
      const folder = folders[next++]!;
      const out = join(jsonDir ?? scratch, `${folder}.json`);
      const run = await execute(join(root, 'node_modules', '.bin', 'ts-node'), ['-P', join(root, 'scripts', 'tsconfig.json'), join(root, 'scripts', 'grade.ts'), '--target', join(base, folder), '--json-file', out, '--lang', lang, '--time-limit', String(limit), ...pass], {
        cwd: root,
        timeoutMs: childLimitMs,
        env: { KATA_LANG: lang, [SEAL_ENV]: '' },
      });
      let report: GradeReport | undefined;
      try {
        report = JSON.parse(readFileSync(out, 'utf8')) as GradeReport;
      } catch {
        // no report: the row says why
      }
      const error = report ? undefined : run.timedOut ? say(`grading did not finish within ${Math.round(childLimitMs / 1000)} s`, `${Math.round(childLimitMs / 1000)}초 안에 채점이 끝나지 않음`) : firstLine(run.stderr || run.stdout) || say(`grading failed (exit ${run.code})`, `채점 실패 (종료 코드 ${run.code})`);
      rows.push({ folder, report, error, seconds: run.seconds });
      const r = report;
      console.log(`  ${r ? (r.tampered.length ? '!' : '✓') : '✗'} ${pad(folder, 28)}${r ? `${r.total}/${r.max}` : error}${r?.tampered.length ? `  ${say(`${r.tampered.length} changed file(s)`, `바뀐 파일 ${r.tampered.length}개`)}` : ''}  (${run.seconds.toFixed(1)} s)`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, folders.length) }, worker));
  rmSync(scratch, { recursive: true, force: true });
  rows.sort((a, b) => a.folder.localeCompare(b.folder));

  const csvFile = resolve(optionValue(args, '--csv') ?? 'grades.csv');
  const header = ['folder', ...columns.map((e) => `${e.id} (${e.points})`), 'total', 'max', 'tampered', 'warnings', 'note'];
  const lines = [header, ...rows.map((row) => {
    const byId = new Map(row.report?.exercises.map((e) => [e.id, e]) ?? []);
    return [
      row.folder,
      ...columns.map((e) => (row.report ? String(byId.get(e.id)?.points ?? '') : '')),
      row.report ? String(row.report.total) : '',
      String(columns.reduce((s, e) => s + e.points, 0)),
      row.report?.tampered.map((t) => `${t.file} (${t.change})`).join('; ') ?? '',
      row.report?.warnings.map((w) => w.file).join('; ') ?? '',
      row.error ?? '',
    ];
  })];
  writeFileSync(csvFile, `${lines.map((l) => l.map(csvCell).join(',')).join('\n')}\n`);
  console.log(`\n${say('Gradebook', '성적표')}: ${relative(process.cwd(), csvFile) || csvFile}`);
  const passed = rows.reduce((s, r) => s + (r.report?.passed ?? 0), 0);
  const failed = rows.reduce((s, r) => s + (r.report ? r.report.failed : columns.length), 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  return rows.some((r) => !r.report) ? 1 : 0;
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
