// The watchdog reporter, switched on by `npm test` (scripts/test.mjs) through KATA_WATCHDOG_STATE.
// The loop guard ends ordinary endless loops; this catches what it cannot (say, endless recursion
// that catches its own stack overflow). A spec file still running well after the time limit is
// written to the state file as hung and the process exits; the wrapper then runs the others again.
import { writeFileSync } from 'node:fs';
import type { Reporter } from 'vitest/node';
import { graceMs, timeLimitSeconds } from './time-limit.ts';

export function watchdog(stateFile: string): Reporter {
  const started = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  return {
    onTestRunStart() {
      timer = setInterval(() => {
        const limitMs = timeLimitSeconds() * 1000;
        const limit = limitMs + graceMs(limitMs);
        const hung = [...started].filter(([, t]) => Date.now() - t > limit).map(([file]) => file);
        if (hung.length === 0) return;
        writeFileSync(stateFile, JSON.stringify({ hung }));
        process.exit(1); // ends the worker threads too; nothing is left running
      }, 250);
      timer.unref();
    },
    onTestModuleStart(module) {
      started.set(module.moduleId, Date.now());
    },
    onTestModuleEnd(module) {
      started.delete(module.moduleId);
    },
    onTestRunEnd() {
      clearInterval(timer);
    },
  };
}
