// verify's check of grading mode against a dishonest class (lib/verify/fixtures/attacks.ts): an export of every chapter,
// regraded from the teacher's folder with --each over five students — two who attack from their
// exercise files, one whose correct work sabotages itself in two exercises, an honest one, one who
// did nothing — then one attacker's repository graded by its own workflow, with a secret in the
// runner's environment. Every attack must gain nothing and cost nobody else anything.
// Over 300 lines: one scenario (a dishonest class regraded) whose steps share its folders.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATTACKS, type Attack, BREACH, SECRET } from '../fixtures/attacks.ts';
import type { Check } from '../tally.ts';
import { runWorkflowByHand } from './teacher.ts';
import { type Curriculum, isPresent, pathsOf, root } from '../../core/curriculum.ts';
import { execute, TSX } from '../../core/exec.ts';
import type { GradeReport } from '../../grading/points.ts';
import { compareWithManifest, readAssignment } from '../../grading/assignment.ts';
import { contentHashes, fingerprint, fingerprintChanges } from '../../grading/regrade.ts';

/** The rows of a CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function plant(dir: string, file: string, attack: Attack): void {
  const path = join(dir, 'exercises', file);
  let code = readFileSync(path, 'utf8');
  if (attack.body) code = code.replace(/throw new Error\('not implemented/g, `{ ${attack.body} }\n  throw new Error('not implemented`);
  if (attack.prefix) code = `${attack.prefix}\n${code}`;
  if (attack.append) code = `${code}\n${attack.append}\n`;
  writeFileSync(path, code);
}

/**
 * Processes of the sandbox (or started from it) still running, but for those in `already` (running
 * before the attacks: another grade, or a maintainer's own `sleep 300`, are not the attacks' doing).
 */
function leftovers(already: ReadonlySet<string> = new Set(), within = ''): string[] {
  try {
    return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
      .split('\n')
      .filter(
        (l) =>
          ((/runtime\/child\.mjs/.test(l) && l.includes(within)) || /sleep 300/.test(l)) &&
          !/\bps\b/.test(l) &&
          !already.has(l.trim().split(/\s+/)[0]!),
      );
  } catch {
    return [];
  }
}

export async function checkAttacks(curriculum: Curriculum): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (ok: boolean, what: string, detail = '') => checks.push([ok, what, detail]);
  const present = curriculum.exercises.filter((e) => isPresent(e));
  const max = present.reduce((s, e) => s + e.points, 0);
  const already = new Set(leftovers().map((l) => l.trim().split(/\s+/)[0]!));
  const tmp = mkdtempSync(join(tmpdir(), 'kata-attacks-'));
  const template = join(tmp, 'template');
  const fileOf = (id: string) => present.find((e) => e.id === id)!.file;
  try {
    const exported = await execute(
      process.execPath,
      ['--import', TSX, join(root, 'scripts', 'export.ts'), '--chapters', '1-5', '--out', template],
      { env: { KATA_LANG: 'en' }, timeoutMs: 60_000 },
    );
    if (exported.code !== 0) {
      add(false, 'export of every chapter for the attacks', exported.stdout + exported.stderr);
      return checks;
    }
    symlinkSync(join(root, 'node_modules'), join(template, 'node_modules'), 'dir');
    const klass = join(tmp, 'class');
    const student = (name: string, solved: boolean) => {
      const dir = join(klass, name);
      mkdirSync(dir, { recursive: true });
      for (const entry of readdirSync(template))
        if (entry !== 'node_modules' && entry !== '.git') cpSync(join(template, entry), join(dir, entry), { recursive: true });
      if (solved) for (const e of present) cpSync(join(root, pathsOf(e).solution), join(dir, pathsOf(e).stub));
      return dir;
    };
    ATTACKS.forEach((attacks, i) => {
      const dir = student(`s${i + 1}-attacks`, true);
      for (const a of attacks) {
        cpSync(join(root, pathsOf(present.find((e) => e.id === a.exercise)!).stub), join(dir, 'exercises', fileOf(a.exercise)));
        plant(dir, fileOf(a.exercise), a);
      }
    });
    const saboteur = student('s3-sabotage', true);
    const sabotage = [
      { exercise: '17-nesterov', prefix: `try { process.kill(process.pid, 'SIGKILL'); } catch {} (process as any).reallyExit(1);` },
      { exercise: '19-rmsprop', prefix: '(Array.prototype as any).map = function () { return [7]; };' },
    ];
    for (const s of sabotage) plant(saboteur, fileOf(s.exercise), { name: 'sabotage', ...s });
    student('s4-honest', true);
    student('s5-nothing', false);
    // Students who try to stop the class run or to take a classmate's work (each of them is graded or
    // "not graded" with a reason; everyone else exactly as before).
    mkdirSync(join(klass, 's6-linked'));
    cpSync(join(template, 'kata.json'), join(klass, 's6-linked', 'kata.json'));
    symlinkSync(join(klass, 's4-honest', 'exercises'), join(klass, 's6-linked', 'exercises'), 'dir');
    const stopper = student('s7-stoppers', false);
    rmSync(join(stopper, 'spec'), { recursive: true });
    symlinkSync('/proc', join(stopper, 'spec'));
    rmSync(join(stopper, 'kata.json'));
    symlinkSync('/dev/stdin', join(stopper, 'kata.json'));
    for (const f of readdirSync(join(stopper, '.github', 'workflows'))) {
      rmSync(join(stopper, '.github', 'workflows', f));
      mkdirSync(join(stopper, '.github', 'workflows', f));
      writeFileSync(join(stopper, '.github', 'workflows', f, 'x'), '');
    }
    appendFileSync(
      join(stopper, 'exercises', fileOf('07-gradient-descent')),
      `\nexport const deep = ${'('.repeat(30_000)}1${')'.repeat(30_000)};\n`,
    );
    symlinkSync('README.md', join(stopper, 'x\r=1+1\r'));

    const sandboxes = join(tmp, 'sandboxes');
    mkdirSync(sandboxes);
    const templateBefore = contentHashes(template);
    const modulesBefore = fingerprint(join(root, 'node_modules'));
    const csv = join(tmp, 'grades.csv');
    const reports = join(tmp, 'reports');
    const run = await execute(
      process.execPath,
      ['--import', TSX, join(template, 'scripts', 'grade.ts'), '--each', klass, '--csv', csv, '--json-dir', reports, '--time-limit', '8'],
      {
        cwd: template,
        // Its sandbox under tmp: what is left running is told from another grade's children by that path.
        env: { KATA_LANG: 'en', GITHUB_TOKEN: SECRET, KATA_PRIVATE: SECRET, TMPDIR: sandboxes },
        timeoutMs: 480_000, // 8 s per exercise: 4 s let 24's sound training time out on a loaded machine
      },
    );
    const report = (name: string) =>
      existsSync(join(reports, `${name}.json`))
        ? (JSON.parse(readFileSync(join(reports, `${name}.json`), 'utf8')) as GradeReport)
        : undefined;
    const points = (r: GradeReport | undefined, id: string) => r?.exercises.find((e) => e.id === id)?.points;
    const rows = existsSync(csv) ? csvRows(readFileSync(csv, 'utf8').replace(/^\uFEFF/, '')) : [];
    const linked = rows.find((r) => r[0]?.includes('s6-linked'));
    add(
      run.code === 0 &&
        rows.length === 9 &&
        rows.every((r) => r.length === rows[0]!.length) &&
        !!linked &&
        /link/.test(linked.join(' ')) &&
        !!rows.find((r) => r[0]?.includes('s7-stoppers')),
      "a student whose exercises/ links to a classmate's is not graded, with the reason; one with spec/ linked to /proc, kata.json to /dev/stdin, a folder for its workflow, brackets nested 30,000 deep and a file name with carriage returns is a row like any other: the class is graded, the CSV has 8 rows of equal length",
      `${rows
        .map((r) => r.join(' | '))
        .join('\n')
        .slice(0, 1500)}\n${run.stdout.slice(-800)}\n${run.stderr.slice(-800)}`,
    );
    add(
      run.code === 0 && report('s4-honest')?.total === max && report('s5-nothing')?.total === 0,
      `a class of eight regraded from the teacher's export of every chapter: the honest student ${report('s4-honest')?.total}/${max}, the one who did nothing ${report('s5-nothing')?.total}/${max} (${run.seconds.toFixed(1)} s)`,
      `${
        report('s4-honest')
          ?.exercises.filter((e) => e.points !== e.max)
          .map((e) => `${e.id} ${e.points}/${e.max} ${e.status}: ${e.firstFailure}`)
          .join('\n') ?? ''
      }\n${run.stdout.slice(-1500)}\n${run.stderr.slice(-800)}`,
    );
    ATTACKS.forEach((attacks, i) => {
      const r = report(`s${i + 1}-attacks`);
      for (const a of attacks) {
        const got = points(r, a.exercise);
        const e = r?.exercises.find((x) => x.id === a.exercise);
        add(
          got !== undefined && got <= (a.points ?? 0) && !BREACH.test(JSON.stringify(e ?? '')),
          `attack "${a.name}" (${a.exercise}) earns ${got ?? '?'} points and nothing it tried worked`,
          `${e?.status}: ${e?.firstFailure}`,
        );
      }
      const innocent = r?.exercises.filter((e) => !attacks.some((a) => a.exercise === e.id)) ?? [];
      const short = innocent.filter((e) => e.points !== e.max);
      add(
        !!r && innocent.length > 0 && short.length === 0,
        `student ${i + 1}: every exercise without an attack keeps full points (${innocent.length} exercises)`,
        short.map((e) => `${e.id} ${e.points}/${e.max} ${e.status}: ${e.firstFailure}`).join('\n'),
      );
    });
    const s3 = report('s3-sabotage');
    const due = max - sabotage.reduce((s, x) => s + present.find((e) => e.id === x.exercise)!.points, 0);
    add(
      s3?.total === due && sabotage.every((x) => points(s3, x.exercise) === 0),
      `everything solved, but 17 kills its own process at import and 19 patches Array.prototype.map: ${s3?.total}/${max}, the ${due} points due, every time`,
      s3?.exercises
        .filter((e) => e.points !== e.max)
        .map((e) => `${e.id} ${e.points}/${e.max} ${e.status}: ${e.firstFailure}`)
        .join('\n') ?? 'no report',
    );
    const texts = [
      run.stdout,
      run.stderr,
      existsSync(csv) ? readFileSync(csv, 'utf8') : '',
      ...(existsSync(reports) ? readdirSync(reports).map((f) => readFileSync(join(reports, f), 'utf8')) : []),
    ];
    add(
      texts.every((t) => !t.includes(SECRET)) && texts.join('').length > 0,
      "no report, log or gradebook holds the secret that was in the grader's environment",
    );
    const changed = fingerprintChanges(templateBefore, contentHashes(template));
    const modulesChanged = fingerprintChanges(modulesBefore, fingerprint(join(root, 'node_modules')));
    add(
      changed.length === 0 && modulesChanged.length === 0 && run.stdout.includes('This folder is as it was before'),
      `the teacher's folder is byte for byte as before (${templateBefore.size} files), node_modules untouched`,
      [...changed, ...modulesChanged].join('\n'),
    );
    const left = leftovers(already, sandboxes);
    add(left.length === 0, 'nothing the attacks started is left running', left.join('\n'));

    // The same attacker's repository, graded by its own workflow, with secrets in the runner's environment.
    symlinkSync(join(root, 'node_modules'), join(klass, 's3-sabotage', 'node_modules'), 'dir');
    const byHand = await runWorkflowByHand(join(klass, 's3-sabotage'), true, 120_000, {
      GITHUB_TOKEN: SECRET,
      ACTIONS_RUNTIME_TOKEN: SECRET,
    });
    add(
      byHand.outcome?.points === due && !JSON.stringify(byHand).includes(SECRET),
      `its own workflow, with tokens in the runner's environment: the reporter sends ${byHand.outcome?.points}/${byHand.outcome?.max}, no token in the results or the log`,
      byHand.error ?? byHand.run.stdout.slice(-1000),
    );

    // One worker, the attacker first: an array the spec hands the attacker's code (a case table's
    // gradients) is changed, and copied back; the honest student after it must not be graded with it.
    const pair = join(tmp, 'pair');
    cpSync(join(klass, 's3-attacks'), join(pair, 'a-poison'), { recursive: true });
    cpSync(join(klass, 's4-honest'), join(pair, 'b-honest'), { recursive: true });
    const paired = await execute(
      process.execPath,
      [
        '--import',
        TSX,
        join(template, 'scripts', 'grade.ts'),
        '--each',
        pair,
        '--exercises',
        '22',
        '--jobs',
        '1',
        '--csv',
        join(tmp, 'pair.csv'),
        '--json-dir',
        join(tmp, 'pair-reports'),
      ],
      {
        cwd: template,
        env: { KATA_LANG: 'en', TMPDIR: sandboxes },
        timeoutMs: 120_000,
      },
    );
    const honest22 = existsSync(join(tmp, 'pair-reports', 'b-honest.json'))
      ? (JSON.parse(readFileSync(join(tmp, 'pair-reports', 'b-honest.json'), 'utf8')) as GradeReport).exercises[0]
      : undefined;
    add(
      paired.code === 0 && !!honest22 && honest22.points === honest22.max,
      `graded in one worker right after a student whose 22 overwrites the options and arrays the spec hands it, the honest student's 22 keeps ${honest22?.points}/${honest22?.max} (each student grades with their own copy of the case tables)`,
      `${honest22?.firstFailure ?? ''}\n${paired.stdout.slice(-800)}${paired.stderr.slice(-400)}`,
    );

    // Packages of the student's own that Node would load before the installed ones: a fake fast-check
    // under spec/, a fake vitest under scripts/ (the nearest node_modules wins), and a link.
    const forged = join(tmp, 'forged');
    cpSync(join(klass, 's4-honest'), forged, { recursive: true });
    for (const [dir, main] of [
      ['spec/node_modules/fast-check', 'export default { assert() {}, property() {} };'],
      ['scripts/node_modules/vitest', 'export const describe = () => {};'],
    ] as const) {
      mkdirSync(join(forged, dir), { recursive: true });
      writeFileSync(join(forged, dir, 'package.json'), '{ "name": "forged", "type": "module", "main": "index.js" }');
      writeFileSync(join(forged, dir, 'index.js'), main);
    }
    symlinkSync(join(forged, 'curriculum.json'), join(forged, 'spec', 'support', 'linked.ts'));
    cpSync(join(forged, 'package-lock.json'), join(forged, 'npm-shrinkwrap.json')); // npm ci prefers it to the lock
    symlinkSync(join(root, 'node_modules'), join(forged, 'node_modules'), 'dir');
    const manifest = readAssignment(forged);
    const flagged = manifest?.ok ? compareWithManifest(forged, manifest.assignment).map((t) => t.file) : [];
    const forgedRun = await runWorkflowByHand(forged, true, 60_000);
    const want = ['spec/node_modules/', 'scripts/node_modules/', 'spec/support/linked.ts', 'npm-shrinkwrap.json'];
    add(
      want.every((f) => flagged.includes(f)) && forgedRun.outcome?.points === 0 && want.every((f) => forgedRun.run.stdout.includes(f)),
      `a fake fast-check in spec/node_modules, a fake vitest in scripts/node_modules, a link in spec/support and an npm-shrinkwrap.json: its workflow refuses to grade (${forgedRun.outcome?.points}/${forgedRun.outcome?.max}) and the grader's tamper check names all four`,
      `flagged: ${flagged.join(', ')}\n${forgedRun.error ?? ''}${forgedRun.run.stdout.slice(-1200)}`,
    );

    // Nothing implemented, every stub a RangeError naming every parameter: the argument checks pass,
    // but without one right value they are worth nothing (its own workflow: public checks only).
    const validating = join(tmp, 'validating');
    cpSync(join(klass, 's5-nothing'), validating, { recursive: true });
    for (const e of present) {
      const file = join(validating, pathsOf(e).stub);
      const code = readFileSync(file, 'utf8');
      const names = [...new Set([...code.matchAll(/([A-Za-z_]\w*)\??\s*:/g)].map((m) => m[1]))].join(', ');
      writeFileSync(file, code.replace(/throw new Error\('not implemented[^']*'\)/g, `throw new RangeError('bad ${names}')`));
    }
    symlinkSync(join(root, 'node_modules'), join(validating, 'node_modules'), 'dir');
    const validatingRun = await runWorkflowByHand(validating, true, 120_000);
    add(
      validatingRun.outcome?.points === 0 && validatingRun.outcome.max === max,
      `nothing implemented, every stub throwing a RangeError that names every parameter: its own workflow gives ${validatingRun.outcome?.points}/${validatingRun.outcome?.max} (argument checks count only beside a right value)`,
      validatingRun.error ?? validatingRun.run.stdout.slice(-1200),
    );
  } catch (error) {
    add(false, 'attacks', error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return checks;
}
