// The watchdog reporter, switched on by `npm test` (scripts/test.mjs) through KATA_WATCHDOG_STATE.
// The loop guard ends ordinary endless loops; this catches what it cannot (say, endless recursion
// that catches its own stack overflow). A spec file still running well after the time limit is
// written to the state file as hung and the process exits; the wrapper then runs the others again.
// Which file started when is read from KATA_STARTED_DIR, where the setup file marks each spec file as
// it begins: a worker stuck in learner code cannot report anything itself.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reporter } from 'vitest/node';
import { graceMs, timeLimitSeconds } from './time-limit.ts';

/** Spec files that have started (per the markers) and not ended, with when they started. scripts/lib/runner.ts reads them the same way: change both together. */
export function startedFiles(dir: string, ended: ReadonlySet<string>): [file: string, at: number][] {
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.tmp')) // still being written (see spec/support/setup.ts)
    .map((name) => [decodeURIComponent(name), Number(readFileSync(join(dir, name), 'utf8'))] as [string, number])
    .filter(([file, at]) => !ended.has(file) && at > 0);
}

export function watchdog(stateFile: string): Reporter {
  const ended = new Set<string>();
  // npm test names the folder itself (it reads the markers after a crash); otherwise a fresh one.
  const dir = process.env.KATA_STARTED_DIR || mkdtempSync(join(tmpdir(), 'kata-started-'));
  process.env.KATA_STARTED_DIR = dir; // worker threads share this process's environment
  let timer: NodeJS.Timeout | undefined;
  return {
    onTestRunStart() {
      timer = setInterval(() => {
        const limitMs = timeLimitSeconds() * 1000;
        const hung = startedFiles(dir, ended).filter(([, at]) => Date.now() - at > limitMs + graceMs(limitMs)).map(([file]) => file);
        if (hung.length === 0) return;
        writeFileSync(stateFile, JSON.stringify({ hung }));
        process.exit(1); // ends the worker threads too; nothing is left running
      }, 250);
      timer.unref();
    },
    onTestModuleEnd(module) {
      ended.add(module.moduleId);
    },
    onTestRunEnd() {
      clearInterval(timer);
    },
  };
}

/**
 * npm test's record of the run (scripts/test.mjs, KATA_RECORD): one JSON line per spec file as it ends,
 * appended at once, so that what ended before a crash that takes the whole process down is kept.
 */
export function recorder(file: string): Reporter {
  return {
    onTestModuleEnd(module) {
      const tests = [...module.children.allTests()].map((test) => {
        const result = test.result();
        return { name: test.name, state: result.state, message: (result.errors ?? []).map((e) => e.message ?? String(e)).join('\n') };
      });
      const errors = module.errors().map((e) => e.message ?? String(e));
      appendFileSync(file, `${JSON.stringify({ file: module.moduleId, tests, errors })}\n`);
    },
  };
}
