// Run vitest once in a child process with the JSON reporter, under a hard time limit,
// and return what happened to every spec file and every test in it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from './curriculum';

export interface TestResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo';
  messages: string[];
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

// Runs still going when this process exits (a watchdog, Ctrl-C) are killed with it.
const running = new Set<number>();
process.on('exit', () => running.forEach(killGroup));

/** Strip terminal colours from vitest's messages. */
export function plain(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

export async function runVitest(options: RunOptions = {}): Promise<RunResult> {
  const cwd = options.cwd ?? root;
  const dir = mkdtempSync(join(tmpdir(), 'kata-run-'));
  const report = join(dir, 'report.json');
  const started = Date.now();
  const child = spawn(process.execPath, [vitestBin, 'run', '--reporter=json', `--outputFile=${report}`, ...(options.args ?? [])], {
    cwd,
    env: { ...process.env, KATA_LANG: 'en', FORCE_COLOR: '0', ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) running.add(child.pid);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, options.timeoutMs ?? 60_000);
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearTimeout(timer);
  killGroup(child.pid); // nothing of the run may outlive it
  if (child.pid !== undefined) running.delete(child.pid);

  let files: FileResult[] = [];
  try {
    files = parseReport(JSON.parse(readFileSync(report, 'utf8')), cwd);
  } catch {
    // no report: the run crashed or was killed; `output` says why
  }
  rmSync(dir, { recursive: true, force: true });
  return { files, timedOut, exitCode, output, seconds: (Date.now() - started) / 1000 };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

interface JsonReport {
  testResults: {
    name: string;
    status: string;
    message: string;
    assertionResults: { fullName: string; title: string; ancestorTitles: string[]; status: TestResult['status']; failureMessages: string[] }[];
  }[];
}

function parseReport(report: JsonReport, cwd: string): FileResult[] {
  return report.testResults.map((file) => ({
    file: relative(cwd, file.name),
    status: file.status,
    message: plain(file.message ?? ''),
    tests: file.assertionResults.map((a) => ({ name: a.fullName, status: a.status, messages: a.failureMessages.map(plain) })),
  }));
}
