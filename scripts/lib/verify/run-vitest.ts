// Run vitest once in a child process with the JSON reporter, under a hard time limit,
// and return what happened to every spec file and every test in it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from '../core/curriculum.ts';
import { execute } from '../core/exec.ts';
import { COMPANION, companionOf } from '../core/companion.mjs';

export interface TestResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo';
  messages: string[];
  /** The stable ids of the known mistakes this test's failure named (spec/support/evidence.ts). */
  mistakes: string[];
  /** The id of an earlier test's named mistake that diagnose() said this failure follows from. */
  followsFrom?: string;
}

export interface FileResult {
  file: string;
  status: string;
  message: string;
  tests: TestResult[];
}

export interface RunResult {
  files: FileResult[];
  timedOut: boolean;
  exitCode: number | null;
  output: string;
  seconds: number;
}

export interface RunOptions {
  args?: string[];
  /** The run carries held-out specs inside their public files (grading: sandbox/companion.mjs); report them apart. */
  companions?: boolean;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  cwd?: string;
}

const vitestBin = join(root, 'node_modules', 'vitest', 'vitest.mjs');

/** Strip terminal colours from vitest's messages. */
export function plain(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

export async function runVitest(options: RunOptions = {}): Promise<RunResult> {
  const cwd = options.cwd ?? root;
  const dir = mkdtempSync(join(tmpdir(), 'kata-run-'));
  const report = join(dir, 'report.json');
  const run = await execute(process.execPath, [vitestBin, 'run', '--reporter=json', `--outputFile=${report}`, ...(options.args ?? [])], {
    cwd,
    // A sound spec file must not be stopped as endless because verify runs a dozen things at once on
    // 2 cores (24 took over 10 s there); the loop guard itself is checked by the command checks.
    env: { KATA_LANG: 'en', FORCE_COLOR: '0', KATA_TIME_LIMIT: '30', ...options.env },
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  let files: FileResult[] = [];
  try {
    files = parseReport(JSON.parse(readFileSync(report, 'utf8')), cwd, options.companions === true);
  } catch {
    // no report: the run crashed or was killed; `output` says why
  }
  rmSync(dir, { recursive: true, force: true });
  return { files, timedOut: run.timedOut, exitCode: run.code, output: run.stdout + run.stderr, seconds: run.seconds };
}

interface JsonReport {
  testResults: {
    name: string;
    status: string;
    message: string;
    assertionResults: {
      fullName: string;
      title: string;
      ancestorTitles: string[];
      status: TestResult['status'];
      failureMessages: string[];
      meta?: { mistakes?: { id: string }[]; followsFrom?: string };
    }[];
  }[];
}

function parseReport(report: JsonReport, cwd: string, companions: boolean): FileResult[] {
  return report.testResults.flatMap((file) => {
    const result = (a: JsonReport['testResults'][number]['assertionResults'][number], prefix = ''): TestResult => ({
      name: prefix && a.fullName.startsWith(prefix) ? a.fullName.slice(prefix.length) : a.fullName,
      status: a.status,
      messages: a.failureMessages.map(plain),
      mistakes: (a.meta?.mistakes ?? []).map((m) => m.id),
      ...(a.meta?.followsFrom ? { followsFrom: a.meta.followsFrom } : {}),
    });
    const message = plain(file.message ?? '');
    // While grading, a held-out spec runs inside its public file (sandbox/companion.mjs): its own result here too.
    const heldOut = companions ? companionOf(file.name) : undefined;
    const carried = (a: { ancestorTitles: string[] }) => heldOut !== undefined && a.ancestorTitles[0] === COMPANION + heldOut;
    const own = file.assertionResults.filter((a) => !carried(a)).map((a) => result(a));
    const status = (tests: TestResult[]) =>
      tests.some((t) => t.status === 'failed') || (file.status === 'failed' && (message !== '' || tests.length === 0))
        ? 'failed'
        : 'passed';
    const files: FileResult[] = [{ file: relative(cwd, file.name), status: heldOut ? status(own) : file.status, message, tests: own }];
    if (heldOut) {
      const tests = file.assertionResults.filter(carried).map((a) => result(a, `${COMPANION + heldOut} `));
      files.push({ file: relative(cwd, heldOut), status: status(tests), message: tests.length > 0 ? '' : message, tests });
    }
    return files;
  });
}
