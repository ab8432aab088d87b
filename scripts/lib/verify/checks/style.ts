// verify's checks of the tooling's form: Biome's formatter and linter (biome.jsonc), the import rule
// (.dependency-cruiser.cjs) and the unit tests beside the pure functions (vitest.unit.config.ts). Each
// runs on the repository and, to show that it can fail, on a temporary folder with the same configuration
// and one planted violation, which it must report by name. Each check is [ok, what, detail].
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { root } from '../../core/curriculum.ts';
import { type Executed, execute } from '../../core/exec.ts';
import { type RunResult, runVitest } from '../run-vitest.ts';
import type { Check } from './curriculum.ts';

const BIOME = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
const DEPCRUISE = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIGS = ['biome.jsonc', '.dependency-cruiser.cjs', 'tsconfig.json', 'vitest.unit.config.ts'];
/** What the import rule reads: the tooling, the specs, the explore page and the vitest configs that import them. */
export const CRUISED = ['scripts', 'spec', 'explore', 'vitest.config.ts', 'mutants/vitest.config.ts'];
const UNIT = ['--config', 'vitest.unit.config.ts'];

/** One planted violation per tool: a file (relative to the copy) with its text. */
const PLANTED: Record<string, string> = {
  // Badly formatted; the same file in exercises/ must be left alone (the learner's tree is not formatted).
  'scripts/lib/core/badly-formatted.ts': 'export const planted = {a:1,b:[ 2,3 ]}\n',
  'exercises/01-planted/badly-formatted.ts': 'export const planted = {a:1,b:[ 2,3 ]}\n',
  // A lint error, formatted.
  'scripts/lib/core/lint-error.ts': 'export function planted(): number {\n  debugger;\n  return 1;\n}\n',
  // The runner importing verify, a spec importing core around scripts/lib/for-specs.ts, and a cycle.
  'scripts/lib/runner/imports-verify.ts': "import { tally } from '../verify/tally.ts';\n\nexport const planted = tally;\n",
  'scripts/lib/verify/tally.ts': 'export const tally = 1;\n',
  'spec/01-planted.spec.ts': "import { josa } from '../scripts/lib/core/josa.ts';\n\nexport const planted = josa;\n",
  'scripts/lib/core/josa.ts': 'export const josa = 1;\n',
  // Two modules that import each other.
  'scripts/lib/core/cycle-a.ts': "import { b } from './cycle-b.ts';\n\nexport const a = () => b;\n",
  'scripts/lib/core/cycle-b.ts': "import { a } from './cycle-a.ts';\n\nexport const b = () => a;\n",
  // A unit test that fails.
  'scripts/lib/core/planted.test.ts':
    "import { expect, it } from 'vitest';\n\nit('planted failure', () => {\n  expect(1 + 1).toBe(3);\n});\n",
};

export async function checkStyle(): Promise<Check[]> {
  const copy = plantedCopy();
  try {
    const [format, lint, imports, unit, plantedBiome, plantedImports, plantedUnit] = await Promise.all([
      biome(['format'], root),
      biome(['lint', '--error-on-warnings'], root),
      cruise(root),
      runVitest({ args: UNIT, timeoutMs: 60_000 }),
      biome(['ci', '--error-on-warnings'], copy),
      cruise(copy),
      runVitest({ args: UNIT, cwd: copy, timeoutMs: 60_000 }),
    ]);
    const checks: Check[] = [];
    const add = (ok: boolean, what: string, detail = '') => checks.push([ok, what, detail]);

    add(format.code === 0, 'the tooling is formatted (npx biome format; `--write` fixes it)', diagnostics(format));
    const planted = findings(plantedBiome, copy);
    const formatPlanted = planted.some((f) => f.rule === 'format' && f.file === 'scripts/lib/core/badly-formatted.ts');
    const formatExcluded = !planted.some((f) => f.file.startsWith('exercises/'));
    add(
      plantedBiome.code !== 0 && formatPlanted && formatExcluded,
      'the format check fails on a planted badly formatted file, and leaves exercises/ alone',
      diagnostics(plantedBiome, copy),
    );

    add(lint.code === 0, 'the linter finds nothing (npx biome lint)', diagnostics(lint));
    const lintPlanted = planted.some((f) => f.rule === 'lint/suspicious/noDebugger' && f.file === 'scripts/lib/core/lint-error.ts');
    add(plantedBiome.code !== 0 && lintPlanted, 'the linter fails on a planted `debugger` statement', diagnostics(plantedBiome, copy));

    add(
      imports.code === 0 && /no dependency violations found/.test(imports.stdout),
      `imports point down the layers, no cycles (npx depcruise ${CRUISED.join(' ')})`,
      said(imports),
    );
    const named = [
      'runner-imports-core-only: scripts/lib/runner/imports-verify.ts → scripts/lib/verify/tally.ts',
      'nothing-imports-verify: scripts/lib/runner/imports-verify.ts → scripts/lib/verify/tally.ts',
      'spec-imports-for-specs-only: spec/01-planted.spec.ts → scripts/lib/core/josa.ts',
      'no-circular: scripts/lib/core/cycle-a.ts → ',
    ];
    const missed = named.filter((n) => !plantedImports.stdout.includes(n));
    add(
      plantedImports.code !== 0 && missed.length === 0,
      'the import rule fails on a planted runner → verify import, a spec importing scripts/lib/core and a cycle',
      missed.length ? `not reported: ${missed.join('; ')}\n${said(plantedImports)}` : '',
    );

    const tests = unit.files.flatMap((f) => f.tests);
    const failed = tests.filter((t) => t.status !== 'passed');
    add(
      unit.exitCode === 0 && tests.length > 0 && failed.length === 0,
      `unit tests: ${tests.length - failed.length} of ${tests.length} pass in ${unit.files.length} files (npx vitest run ${UNIT.join(' ')})`,
      failed.length ? failed.map((t) => `${t.name}: ${t.messages[0]?.split('\n')[0] ?? t.status}`).join('\n') : vitestSaid(unit),
    );
    const plantedTests = plantedUnit.files.flatMap((f) => f.tests);
    const caught = plantedTests.some((t) => t.name === 'planted failure' && t.status === 'failed');
    add(plantedUnit.exitCode !== 0 && caught, 'the unit tests fail on a planted failing test', caught ? '' : vitestSaid(plantedUnit));
    return checks;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** A temporary folder with the real configurations, node_modules (linked) and the planted files. */
function plantedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kata-style-'));
  for (const file of CONFIGS) copyFileSync(join(root, file), join(dir, file));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(PLANTED)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function biome(args: string[], cwd: string): Promise<Executed> {
  return execute(process.execPath, [BIOME, ...args, '--reporter=github', '--colors=off', '--max-diagnostics=50'], {
    cwd,
    timeoutMs: 60_000,
  });
}

function cruise(cwd: string): Promise<Executed> {
  const targets = cwd === root ? CRUISED : ['scripts', 'spec'];
  return execute(process.execPath, [DEPCRUISE, '--config', '.dependency-cruiser.cjs', '--output-type', 'err', ...targets], {
    cwd,
    timeoutMs: 60_000,
  });
}

interface Finding {
  rule: string;
  /** Relative to the folder biome ran in. */
  file: string;
  line: string;
  message: string;
}

/** Biome's findings, from its GitHub reporter: `::error title=<rule>,file=<path>,line=<n>,…::<message>`. */
function findings(run: Executed, cwd: string): Finding[] {
  return [...run.stdout.matchAll(/^::\w+ title=([^,]+),file=([^,]+),line=(\d+)[^:]*::(.*)$/gm)].map(([, rule, file, line, message]) => ({
    rule: rule!,
    file: relative(cwd, resolve(cwd, file!)),
    line: line!,
    message: message!,
  }));
}

/** Biome's findings, one line each (file:line rule — message), else what it said. */
function diagnostics(run: Executed, cwd = root): string {
  if (run.timedOut) return 'biome timed out';
  const found = findings(run, cwd).map((f) => `${f.file}:${f.line} ${f.rule} — ${f.message}`);
  return found.length ? found.join('\n') : said(run);
}

function said(run: Executed): string {
  return run.timedOut ? 'timed out' : `${run.stdout}${run.stderr}`.trim().slice(-1500);
}

function vitestSaid(run: RunResult): string {
  return run.timedOut ? 'vitest timed out' : run.output.slice(-1500);
}
