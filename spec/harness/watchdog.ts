// The watchdog reporter, switched on by `npm test` (scripts/test.mjs) through KATA_WATCHDOG_STATE.
// The loop guard ends ordinary endless loops; this catches what it cannot (say, endless recursion
// that catches its own stack overflow). A spec file still running well after the time limit is
// written to the state file as hung and the process exits; the wrapper then runs the others again.
// Which file started when is read from KATA_STARTED_DIR, where the setup file marks each spec file as
// it begins: a worker stuck in learner code cannot report anything itself.
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reporter } from 'vitest/node';
import { graceMs, startedFiles, timeLimitSeconds } from '../../scripts/lib/for-specs.ts';

export function watchdog(stateFile: string): Reporter {
  const ended = new Set<string>();
  // npm test names the folder itself (it reads the markers after a crash); otherwise a fresh one.
  const dir = process.env.KATA_STARTED_DIR || mkdtempSync(join(tmpdir(), 'kata-started-'));
  process.env.KATA_STARTED_DIR = dir; // worker threads share this process's environment
  let timer: NodeJS.Timeout | undefined;
  // What this process holds (its worker threads included), sampled: a file that hung while the memory
  // grew is reported as memory, not as an endless loop (scripts/test.mjs).
  const samples: [at: number, rss: number][] = [];
  return {
    onTestRunStart() {
      timer = setInterval(() => {
        const limitMs = timeLimitSeconds() * 1000;
        samples.push([Date.now(), process.memoryUsage.rss()]);
        if (samples.length > 1000) samples.shift();
        const started = startedFiles(dir, ended).filter(([, at]) => Date.now() - at > limitMs + graceMs(limitMs));
        const hung = started.map(([file]) => file);
        if (hung.length === 0) return;
        const since = Math.min(...started.map(([, at]) => at));
        const rss = samples[samples.length - 1]![1];
        const grown = rss - Math.min(...samples.filter(([at]) => at >= since).map(([, r]) => r), rss);
        writeFileSync(stateFile, JSON.stringify({ hung, rss, grown }));
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
