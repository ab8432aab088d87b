// Run a command in its own process group under a hard time limit; nothing of it outlives the call.
import { spawn } from 'node:child_process';
import { root } from './curriculum.ts';

/** tsx's loader, for `node --import TSX script.ts`: how every npm script of the tooling runs (ES modules, TypeScript). */
export const TSX = import.meta.resolve('tsx');

export interface Executed {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  seconds: number;
}

const running = new Set<number>();
process.on('exit', () => running.forEach(killGroup));
// Interrupted (Ctrl-C, a CI timeout's SIGTERM): end what runs in its own group too, then exit as the
// signal would, so that 'exit' handlers (temporary folders) still run.
let trapped = false;
function trapSignals(): void {
  if (trapped) return;
  trapped = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      running.forEach(killGroup);
      process.exit(code);
    });
  }
}

export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export function execute(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string; onStdout?: (text: string, stop: () => void) => void } = {},
): Promise<Executed> {
  const started = Date.now();
  trapSignals();
  const child = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: { ...process.env, KATA_PARENT_PID: String(process.pid), ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid !== undefined) running.add(pid);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8'); // a character split between two chunks stays whole
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    stdout += d;
    options.onStdout?.(stdout, () => pid !== undefined && killGroup(pid));
  });
  child.stderr.on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (pid !== undefined) killGroup(pid);
  }, options.timeoutMs ?? 60_000);
  return new Promise((done) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pid !== undefined) {
        killGroup(pid);
        running.delete(pid);
      }
      done({ code, stdout, stderr, timedOut, seconds: (Date.now() - started) / 1000 });
    }),
  );
}
