// @ts-check
// The vitest process behind scripts/lib/runner/runner.ts. The runner forks it, asks it to run spec files
// and hears about each file as it starts and ends. When learner code hangs a worker thread in a way
// the loop guard cannot stop, the runner kills this whole process — the only sure way to end a
// spinning thread — and forks a new one for the files that remain. Plain JavaScript: starts fast.
import { createVitest } from 'vitest/node';
import { COMPANION, companionOf, companionsOn } from '../core/companion.mjs';

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

/** What one test did, as the runner records it. `prefix`: the companion suite's name, left out of the test's name. */
function outcome(/** @type {import('vitest/node').TestCase} */ test, prefix = '') {
  const result = test.result();
  return {
    name: prefix && test.fullName.startsWith(prefix) ? test.fullName.slice(prefix.length) : test.fullName,
    passed: result.state === 'passed',
    ms: Math.round(test.diagnostic()?.duration ?? 0),
    message: (result.errors ?? [])
      .map((e) => e.message ?? String(e))
      .join('\n')
      .slice(0, 4000), // the learner's code decides its length
    ...(test.meta().contract ? { contract: true } : {}),
    ...(result.state === 'failed' && locate(result.errors?.[0]) ? { location: locate(result.errors?.[0]) } : {}),
    // What a failing test saw (spec/support/evidence.ts), for the class report.
    ...(result.state === 'failed' && test.meta().mistakes?.length ? { mistakes: test.meta().mistakes } : {}),
    ...(result.state === 'failed' && test.meta().probe ? { probe: test.meta().probe } : {}),
  };
}

/** @param {readonly import('vitest/node').TestError[]} errors */
const moduleErrors = (errors) =>
  errors.map((e) => ({
    name: e.name,
    message: e.message,
    file: /** @type {{ __vitest_rollup_error__?: { id?: string } }} */ (e).__vitest_rollup_error__?.id,
  }));

/** Public spec file → its held-out companion, for the files of the current run (see companion.mjs). */
const companions = new Map();

/** @type {import('vitest/node').Reporter} */
const reporter = {
  onTestModuleStart(module) {
    send({ type: 'start', file: module.moduleId });
  },
  onTestModuleEnd(module) {
    const errors = moduleErrors(module.errors());
    // The companion's suite is reported as the held-out file of its own; when the public file failed
    // before the suite was made (its import threw), the held-out file failed the same way.
    const heldOut = companions.get(module.moduleId);
    let carrier;
    if (heldOut) {
      carrier = [...module.children].find((c) => c.type === 'suite' && c.name === COMPANION + heldOut);
      const suite = /** @type {import('vitest/node').TestSuite | undefined} */ (carrier);
      const prefix = `${COMPANION + heldOut} > `;
      send({
        type: 'end',
        file: heldOut,
        tests: suite ? [...suite.children.allTests()].map((t) => outcome(t, prefix)) : [],
        errors: suite ? moduleErrors(suite.errors()) : errors,
      });
    }
    const tests = [...module.children.allTests()].filter((t) => !carrier || !isWithin(t, carrier)).map((t) => outcome(t));
    send({ type: 'end', file: module.moduleId, tests, errors });
  },
};

function isWithin(/** @type {import('vitest/node').TestCase} */ test, /** @type {unknown} */ suite) {
  for (let p = test.parent; p && p.type === 'suite'; p = p.parent) if (p === suite) return true;
  return false;
}

const [config] = process.argv.slice(2);
// The config is loaded by vite's module runner, not bundled into a temporary file in node_modules:
// grading writes nothing into the folder it grades from.
const vitest = await createVitest(
  'test',
  { config, run: true, watch: false, reporters: [reporter], silent: true, configLoader: 'runner' },
  { logLevel: 'silent' },
);

process.on('message', async (/** @type {{ type: string, files?: string[], file?: string }} */ message) => {
  if (message.type === 'run') {
    // While grading, a held-out file whose public file runs too goes with it (companion.mjs).
    const files = message.files ?? [];
    companions.clear();
    if (companionsOn())
      for (const file of files) {
        const heldOut = companionOf(file);
        if (heldOut && files.includes(heldOut)) companions.set(file, heldOut);
      }
    if (companions.size > 0) send({ type: 'companions', pairs: [...companions] });
    const carried = new Set(companions.values());
    try {
      await vitest.runTestFiles(files.filter((f) => !carried.has(f)));
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
