// npm run grade -- --each DIR: every student repository under DIR, regraded from this folder (the
// teacher's export) in ONE vitest run, into one CSV gradebook, a class report next to it (HTML and
// Markdown, class-report/; --report PATH for PATH.html and PATH.md), and where asked every full
// report (--json-dir) and JUnit XML with a test suite per student and exercise (--junit FILE).
//
// Each student is planned as `--target` plans one (lib/grading/plan.ts, lib/grading/regrade.ts): only their
// assigned exercise files are taken, next to this folder's own provided code; the specs are this
// folder's. Every student gets their own tree and their own copy of the specs in a scratch folder
// (<class>/s001/tree, <class>/s001/spec …), and vitest.config.ts (KATA_CLASS_DIR) gives each spec copy
// the sandbox of its student. One run saves vitest's start-up per student; the sandbox keeps every
// student's code in child processes of its own, one per exercise, as for a single grade.
//
// This folder is checked before the run (kata.json, node_modules against the lock) and fingerprinted
// before and after: grading a class must leave it as it was. The reports and the CSV are written here,
// by this process, from what the runner reported — never read back from anywhere.
//
// No student can stop the class: a repository that cannot be planned or graded (a folder where a file
// should be, a link the regrade refuses, an unreadable or huge file) gets a row "not graded: why" — a
// SelectionError's own words (en/ko), else the error's message — and every other student is graded.
// With --similarity, every pair of submissions per exercise is compared (class-report/similarity.ts).
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { csvText } from './class-report/csv.ts';
import { identityOf } from './class-report/identity.ts';
import { type ClassRow, summarise } from './class-report/model.ts';
import { classReportHtml, classReportMarkdown } from './class-report/render.ts';
import { compareSubmissions, ensureDolos, type Similarity, type Submission } from './class-report/similarity.ts';
import { noteOf } from './class-report/students.ts';
import { type Exercise, root } from '../core/curriculum.ts';
import { partialPoints } from './points.ts';
import { type Plan, report, specFiles, UsageError } from './plan.ts';
import type { Lang } from '../core/language.ts';
import { fingerprint, fingerprintChanges } from './regrade.ts';
import { type ExerciseResult, SpecSession } from '../runner/runner.ts';
import { hasOption, optionValue, SelectionError } from './selection.ts';
import { junitXml } from './platforms/results.ts';
import { pad } from '../core/text.ts';
import { josa } from '../core/josa.ts';

export interface GradebookOptions {
  /** npm run grade's arguments (--csv, --json-dir, --jobs, and the selection). */
  args: readonly string[];
  lang: Lang;
  /** Seconds per exercise. */
  limit: number;
  say: (en: string, ko: string) => string;
  /** The plan of one student's regrade. */
  planOf: (folder: string) => Plan;
  /** The curriculum's exercises (their titles, for the class report). */
  exercises: readonly Exercise[];
}

export async function gradeEach(dir: string, o: GradebookOptions): Promise<number> {
  const { args, say } = o;
  const base = resolve(dir);
  if (!existsSync(base) || !statSync(base).isDirectory())
    throw new SelectionError(`${dir} is not a folder`, `${josa(dir, '은/는')} 폴더가 아닙니다`);
  // A student is a folder with exercises/ (a folder that is itself a link is listed too, to be refused).
  const folders = readdirSync(base, { withFileTypes: true })
    .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && existsSync(join(base, d.name, 'exercises')))
    .map((d) => d.name)
    .sort();
  if (folders.length === 0)
    throw new SelectionError(
      `no student repository (a folder with exercises/) in ${dir}`,
      `${dir}에 학생 저장소(exercises/가 있는 폴더)가 없습니다`,
    );
  const csvFile = resolve(optionValue(args, '--csv') ?? 'grades.csv');
  const jsonDir = optionValue(args, '--json-dir') ? resolve(optionValue(args, '--json-dir')!) : undefined;
  const reportBase = resolve(optionValue(args, '--report')?.replace(/\.(html|md)$/, '') ?? join(dirname(csvFile), 'class-report'));
  const junitFile = optionValue(args, '--junit') ? resolve(optionValue(args, '--junit')!) : undefined;
  // Dolos is installed (once, into .kata/similarity) before this folder's fingerprint is taken.
  const dolos = hasOption(args, '--similarity') ? await ensureDolos(root, say) : undefined;
  const similarity = dolos !== undefined;
  const outputs = [csvFile, `${reportBase}.html`, `${reportBase}.md`, ...(jsonDir ? [jsonDir] : []), ...(junitFile ? [junitFile] : [])]
    .map((f) => relative(root, f))
    .filter((f) => !f.startsWith('..'));
  const before = fingerprint(root, (path) => outputs.some((out) => path === out || path.startsWith(`${out}/`)));
  const started = Date.now();
  /** Why a student was not graded, in the grader's language. */
  const why = (error: unknown) =>
    error instanceof SelectionError ? say(error.en, error.ko) : error instanceof Error ? error.message : String(error);

  // Plan every student (the first one also checks this folder), then lay out the class.
  const classDir = mkdtempSync(join(tmpdir(), 'kata-class-'));
  const students: { folder: string; key: string; plan: Plan; specs: Map<string, { id: string; heldOut: boolean }> }[] = [];
  const notGraded = new Map<string, string>();
  const submissions: Submission[] = [];
  try {
    symlinkSync(join(root, 'node_modules'), join(classDir, 'node_modules'), 'dir'); // the specs' own imports (vitest, fast-check)
    folders.forEach((folder, i) => {
      const key = `s${String(i + 1).padStart(3, '0')}`;
      let plan: Plan | undefined;
      try {
        if (lstatSync(join(base, folder)).isSymbolicLink())
          throw new SelectionError(`${folder} is a link`, `${josa(folder, '은/는')} 링크입니다`);
        plan = o.planOf(join(base, folder));
        const tree = join(classDir, key, 'tree');
        mkdirSync(join(classDir, key, 'spec'), { recursive: true });
        renameSync(plan.scratch!, tree);
        plan.scratch = undefined;
        plan.codeDir = tree;
        // The support code (case tables included) is each student's own copy: a student's code that changes
        // an array the spec hands it changes that copy, never what the next student is graded with.
        cpSync(join(root, 'spec', 'support'), join(classDir, key, 'spec', 'support'), { recursive: true });
        symlinkSync(join(root, 'scripts'), join(classDir, key, 'scripts'), 'dir'); // what spec/support imports from scripts/
        const specs = new Map<string, { id: string; heldOut: boolean }>();
        for (const f of specFiles(plan)) {
          const copy = join(classDir, key, 'spec', ...(f.heldOut ? ['held-out'] : []), `${f.id}.spec.ts`);
          if (f.heldOut && !existsSync(join(classDir, key, 'spec', 'held-out'))) {
            mkdirSync(join(classDir, key, 'spec', 'held-out'));
            cpSync(join(root, 'spec', 'held-out', 'support'), join(classDir, key, 'spec', 'held-out', 'support'), { recursive: true });
          }
          cpSync(f.file, copy);
          specs.set(copy, f);
        }
        // What similarity compares: the files the regrade took (regular files, within the size limit).
        if (similarity)
          for (const e of plan.exercises) {
            const file = join(tree, e.file);
            if (existsSync(file)) submissions.push({ student: folder, exercise: e.id, code: readFileSync(file, 'utf8') });
          }
        students.push({ folder, key, plan, specs });
      } catch (error) {
        if (error instanceof UsageError) throw error; // this folder (the teacher's) is at fault, not the student
        if (plan?.scratch) rmSync(plan.scratch, { recursive: true, force: true });
        rmSync(join(classDir, key), { recursive: true, force: true });
        notGraded.set(folder, why(error));
      }
    });

    const columns = students[0]?.plan.exercises ?? [];
    console.log(
      say(`Grading ${folders.length} repositories in ${dir} in one run…`, `${dir}의 저장소 ${folders.length}개를 한 번에 채점합니다…`),
    );
    const workers = Number(optionValue(args, '--jobs')) || undefined;
    const session = new SpecSession({ classDir, limitSeconds: o.limit, lang: o.lang, grading: true, ...(workers ? { workers } : {}) });
    let results: Map<string, ExerciseResult>;
    try {
      const files = students.flatMap((s) => [...s.specs].map(([file, e]) => ({ file, id: e.id })));
      results = files.length > 0 ? await session.runFiles(files) : new Map();
    } finally {
      await session.close();
    }
    const gradedAt = Date.now();

    const byFolder = new Map(students.map((s) => [s.folder, s]));
    const rows: ClassRow[] = folders.map((folder) => {
      const identity = identityOf(join(base, folder));
      const s = byFolder.get(folder);
      if (!s) return { folder, identity, notGraded: notGraded.get(folder) ?? '' };
      try {
        const pick = (held: boolean) =>
          new Map([...s.specs].filter(([, f]) => f.heldOut === held).map(([file, f]) => [f.id, results.get(file)!]));
        const r = report(s.plan, pick(false), pick(true), say, partialPoints);
        r.target = join(base, s.folder, 'exercises');
        return { folder, identity, report: r };
      } catch (error) {
        return { folder, identity, notGraded: why(error) };
      }
    });
    if (jsonDir) {
      mkdirSync(jsonDir, { recursive: true });
      for (const row of rows)
        if (row.report) writeFileSync(join(jsonDir, `${row.folder}.json`), `${JSON.stringify(row.report, null, 2)}\n`);
    }
    for (const { folder, report: r, notGraded: reason } of rows) {
      if (!r) console.log(`  ✗ ${pad(folder, 28)}${say('not graded', '채점하지 않음')}: ${reason}`);
      else
        console.log(
          `  ${r.tampered.length ? '!' : '✓'} ${pad(folder, 28)}${r.total}/${r.max}${r.tampered.length ? `  ${say(`${r.tampered.length} changed file(s), not used`, `바뀐 파일 ${r.tampered.length}개, 쓰지 않음`)}` : ''}`,
        );
    }

    let compared: Similarity | undefined;
    if (similarity) {
      compared = await compareSubmissions(dolos!, submissions, columns, root, say);
      console.log(
        compared.error
          ? `! ${compared.error}`
          : say(
              `Similarity: ${compared.pairs.length} pair(s) of submissions above ${Math.round(compared.threshold * 100)}% (${compared.seconds.toFixed(1)} s)`,
              `유사도: ${Math.round(compared.threshold * 100)}% 넘는 제출물 쌍 ${compared.pairs.length}개 (${compared.seconds.toFixed(1)}초)`,
            ),
      );
    }
    const summary = summarise(rows, o.exercises, columns, say, compared);

    const header = ['folder', ...columns.map((e) => `${e.id} (${e.points})`), 'total', 'max', 'tampered', 'warnings', 'note', 'identity'];
    const lines = [
      header,
      ...rows.map(({ folder, identity, report: r, notGraded: reason }) => {
        if (!r) return [folder, ...columns.map(() => ''), '', '', '', '', `${say('not graded', '채점하지 않음')}: ${reason}`, identity];
        const byId = new Map(r.exercises.map((e) => [e.id, e]));
        const student = summary.view.find((x) => x.name === folder);
        return [
          folder,
          ...columns.map((e) => String(byId.get(e.id)?.points ?? '')),
          String(r.total),
          String(r.max),
          r.tampered.map((t) => `${t.file} (${t.change})`).join('; '),
          r.warnings.map((w) => w.file).join('; '),
          student ? noteOf(student, say) : '',
          identity,
        ];
      }),
    ];
    mkdirSync(dirname(csvFile), { recursive: true });
    writeFileSync(csvFile, csvText(lines));
    console.log(
      `\n${say('Gradebook', '성적표')}: ${relative(process.cwd(), csvFile) || csvFile}  (${((gradedAt - started) / 1000).toFixed(1)} s${compared ? say(`, similarity ${compared.seconds.toFixed(1)} s`, `, 유사도 ${compared.seconds.toFixed(1)}초`) : ''})`,
    );
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    mkdirSync(dirname(reportBase), { recursive: true });
    writeFileSync(`${reportBase}.html`, classReportHtml(summary, say, when, o.lang));
    writeFileSync(`${reportBase}.md`, classReportMarkdown(summary, say, when));
    console.log(`${say('Class report', '반 보고서')}: ${relative(process.cwd(), `${reportBase}.html`)} (${say('and .md', '.md도')})`);
    if (junitFile)
      writeFileSync(
        junitFile,
        junitXml(rows.map((r) => ({ name: r.folder, ...(r.report ? { report: r.report } : { notGraded: r.notGraded ?? '' }) }))),
      );

    const changed = fingerprintChanges(
      before,
      fingerprint(root, (path) => outputs.some((out) => path === out || path.startsWith(`${out}/`))),
    );
    if (changed.length > 0) {
      console.log(
        `\n✗ ${say('This folder changed while the class was graded — do not trust these grades:', '반을 채점하는 동안 이 폴더가 바뀌었습니다 — 이 점수를 믿지 마세요:')}\n    ${changed.slice(0, 20).join('\n    ')}`,
      );
      return 1;
    }
    console.log(
      `✓ ${say(`This folder is as it was before (${before.size} files compared).`, `이 폴더는 채점 전과 같습니다 (파일 ${before.size}개 비교).`)}`,
    );
    const passed = rows.reduce((s, r) => s + (r.report?.passed ?? 0), 0);
    const failed = rows.reduce((s, r) => s + (r.report ? r.report.failed : columns.length), 0); // a student not graded: none full
    console.log(`\n${passed} passed, ${failed} failed`);
    return 0;
  } finally {
    for (const s of students) if (s.plan.scratch) rmSync(s.plan.scratch, { recursive: true, force: true });
    rmSync(classDir, { recursive: true, force: true });
  }
}
