// Run vitest once in a child process with the JSON reporter, under a hard time limit,
// and return what happened to every spec file and every test in it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from './curriculum';
import { execute } from './exec';

export interface TestResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo';
  messages: string[];
  /** The stable ids of the known mistakes this test's failure named (spec/support/evidence.ts). */
  mistakes: string[];
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
    env: { KATA_LANG: 'en', FORCE_COLOR: '0', ...options.env },
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  let files: FileResult[] = [];
  try {
    files = parseReport(JSON.parse(readFileSync(report, 'utf8')), cwd);
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
    assertionResults: { fullName: string; title: string; ancestorTitles: string[]; status: TestResult['status']; failureMessages: string[]; meta?: { mistakes?: { id: string }[] } }[];
  }[];
}

function parseReport(report: JsonReport, cwd: string): FileResult[] {
  return report.testResults.map((file) => ({
    file: relative(cwd, file.name),
    status: file.status,
    message: plain(file.message ?? ''),
    tests: file.assertionResults.map((a) => ({ name: a.fullName, status: a.status, messages: a.failureMessages.map(plain), mistakes: (a.meta?.mistakes ?? []).map((m) => m.id) })),
  }));
}
