// The loop guard's clock in the browser (explore/vite.config.ts rewrites every loop of the learner's
// code to call __kataLoopGuard()): a computation that runs longer than its budget throws, so a
// `while (true)` shows as a message in its panel instead of freezing the page.
import { loopGuardMessage } from '../spec/support/time-limit';
import { t } from './i18n';

let deadline = Infinity;
let iterations = 0;

(globalThis as { __kataLoopGuard?: () => void }).__kataLoopGuard = () => {
  if ((++iterations & 0xff) === 0 && performance.now() > deadline) {
    throw new Error(loopGuardMessage(BUDGET_MS, t));
  }
};

const BUDGET_MS = 2000;

/** Run learner code under the guard; its error (or a non-finite result) comes back as text. */
export function attempt<T>(run: () => T): { value?: T; error?: string } {
  deadline = performance.now() + BUDGET_MS;
  try {
    return { value: run() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    deadline = Infinity;
  }
}

/** Import a module of the learner's, or say why it cannot be loaded. */
export async function load<T>(importer: () => Promise<T>): Promise<{ module?: T; error?: string }> {
  try {
    return { module: await importer() };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}
