// The loop guard's clock in the browser (explore/vite.config.ts rewrites every loop of the learner's
// code to call __kataLoopGuard()): a computation that runs longer than its budget throws, so a
// `while (true)` shows as a message in its panel instead of freezing the page.
import { loopGuardMessage } from '../scripts/lib/core/time-limit';
import { t } from './i18n';
import { josa } from '../scripts/lib/core/josa';

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

/** Import a module of the learner's, or say why it cannot be loaded, in the kata's words (as npm test does). */
export async function load<T>(importer: () => Promise<T>): Promise<{ module?: T; error?: string }> {
  try {
    return { module: await importer() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The browser says only "Failed to fetch dynamically imported module: <url>"; the server knows why.
    const url = /https?:\/\/\S+/.exec(message)?.[0];
    if (!url || !/dynamically imported module|Importing a module script failed/i.test(message)) return { error: message.split('\n')[0] };
    return { error: await doesNotLoad(url) };
  }
}

/** "11 does not load (line 5): Expected …" from vite's answer for the module (its error, as JSON in the page it sends). */
async function doesNotLoad(url: string): Promise<string> {
  const file = /(\d\d)-[a-z0-9-]+\/[^/?]+\.ts/.exec(url);
  const exercise = file?.[1] ?? '';
  const response = await fetch(url).then(
    (res) => res,
    () => undefined,
  );
  // The module itself is fine: one it imports is not.
  if (response?.ok)
    return t(
      `${exercise} imports a file that does not load (a syntax error there, or a file that is not there). npm test -- ${exercise} shows which.`,
      `${josa(exercise, '이/가')} import 하는 파일을 불러오지 못했습니다 (그 파일의 구문 오류, 또는 없는 파일). 어느 파일인지는 npm test -- ${exercise}에서 볼 수 있습니다.`,
    );
  const body = response ? await response.text() : '';
  const json = /const error = (\{.*\});?\s*$/m.exec(body)?.[1]; // one line: the JSON escapes its newlines
  let detail = '';
  let line: number | undefined;
  try {
    const parsed = json ? (JSON.parse(json) as { message?: string; loc?: { line?: number } }) : {};
    detail =
      (parsed.message ?? '')
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .map((l) => l.replace(/^\[[A-Z_]+\]\s*|^.*ERROR:\s*/, '').trim())
        .find((l) => l && !/^Transform failed/.test(l)) ?? '';
    line = parsed.loc?.line ?? (Number(/\.ts:(\d+):\d+/.exec(parsed.message ?? '')?.[1]) || undefined);
  } catch {
    // not vite's page: the words below without the parser's
  }
  const where = line ? t(` (line ${line})`, ` (${line}번째 줄)`) : '';
  const file0 = file?.[0] ?? t('a file', '파일');
  return detail
    ? t(
        `${exercise} does not load${where}: ${detail} — in ${file0}. npm test -- ${exercise} shows it too.`,
        `${josa(exercise, '을/를')} 불러오지 못했습니다${where}: ${detail} — ${file0}. npm test -- ${exercise}에서도 볼 수 있습니다.`,
      )
    : t(
        `${exercise} does not load: a syntax error, or an import of a file that is not there, in ${file0}. npm test -- ${exercise} shows where.`,
        `${josa(exercise, '을/를')} 불러오지 못했습니다: ${file0}에 구문 오류가 있거나 없는 파일을 import 합니다. 어디인지는 npm test -- ${exercise}에서 볼 수 있습니다.`,
      );
}
