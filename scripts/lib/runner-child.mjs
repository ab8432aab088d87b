// @ts-check
// The vitest process behind scripts/lib/runner.ts. The runner forks it, asks it to run spec files
// and hears about each file as it starts and ends. When learner code hangs a worker thread in a way
// the loop guard cannot stop, the runner kills this whole process — the only sure way to end a
// spinning thread — and forks a new one for the files that remain. Plain JavaScript: starts fast.
import { createVitest } from 'vitest/node';

const send = (/** @type {object} */ message) => process.send?.(message);
const target = process.env.KATA_TARGET ? `${process.env.KATA_TARGET.replace(/[\\/]+$/, '')}/` : undefined;

/** Where in the learner's tree an error was thrown: the first frame of its stack inside the target. */
function locate(/** @type {{ stack?: string } | undefined} */ error) {
  if (!target || !error?.stack) return undefined;
  for (const line of error.stack.split('\n')) {
    const at = line.indexOf(target);
    if (at < 0) continue;
    const match = /^([^:()]+):(\d+)(?::\d+)?/.exec(line.slice(at + target.length));
    if (match) return { file: match[1], line: Number(match[2]) };
  }
  return undefined;
}

/** @type {import('vitest/node').Reporter} */
const reporter = {
  onTestModuleStart(module) {
    send({ type: 'start', file: module.moduleId });
  },
  onTestModuleEnd(module) {
    const tests = [...module.children.allTests()].map((test) => {
      const result = test.result();
      return {
        name: test.fullName,
        passed: result.state === 'passed',
        message: (result.errors ?? []).map((e) => e.message ?? String(e)).join('\n'),
        ...(test.meta().contract ? { contract: true } : {}),
        ...(result.state === 'failed' && locate(result.errors?.[0]) ? { location: locate(result.errors?.[0]) } : {}),
        // What a failing test saw (spec/support/evidence.ts), for the class report.
        ...(result.state === 'failed' && test.meta().mistakes?.length ? { mistakes: test.meta().mistakes } : {}),
        ...(result.state === 'failed' && test.meta().probe ? { probe: test.meta().probe } : {}),
      };
    });
    const errors = module.errors().map((e) => ({
      name: e.name,
      message: e.message,
      file: /** @type {{ __vitest_rollup_error__?: { id?: string } }} */ (e).__vitest_rollup_error__?.id,
    }));
    send({ type: 'end', file: module.moduleId, tests, errors });
  },
};

const [config] = process.argv.slice(2);
// The config is loaded by vite's module runner, not bundled into a temporary file in node_modules:
// grading writes nothing into the folder it grades from.
const vitest = await createVitest('test', { config, run: true, watch: false, reporters: [reporter], silent: true, configLoader: 'runner' }, { logLevel: 'silent' });

process.on('message', async (/** @type {{ type: string, files?: string[], file?: string }} */ message) => {
  if (message.type === 'run') {
    try {
      await vitest.runTestFiles(message.files ?? []);
    } catch (error) {
      send({ type: 'error', message: String(error) });
    }
    send({ type: 'done' });
  } else if (message.type === 'invalidate' && message.file) {
    vitest.invalidateFile(message.file);
  } else if (message.type === 'close') {
    await vitest.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0)); // the runner is gone: so are we
send({ type: 'ready' });
