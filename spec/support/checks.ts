// Checks that every exercise needs: bad input is rejected with an error naming the argument,
// and inputs are never changed.
import { expect, type TaskMeta } from 'vitest';
import { particleFor, josa, t } from './i18n';
import { noteContract, noteMistake } from './evidence';
import { diagnose, type Mistake } from './mistakes';
import { matchesModel, show, type Nested } from './nested';
import { expectShape } from './numeric';

/** Stubs throw this; a check that sees it lets it through, so the learner reads "not implemented". */
export function isStub(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('not implemented');
}

/**
 * `call` must throw a RangeError or TypeError whose message names `argument`.
 * `what` says in words which bad input this is, e.g. 'an empty array'.
 * `asked`: where the exercise's instructions fix which of the two this input gets, that one.
 */
export function expectRejects(call: () => unknown, argument: string | readonly string[], what: string, asked?: 'RangeError' | 'TypeError'): void {
  // Several names: more than one argument is wrong here and the README fixes no order of the checks, so naming any one is right.
  noteContract();
  const names = typeof argument === 'string' ? [argument] : argument;
  const named = names.map((n) => `\`${n}\``).join(t(' or ', ' 또는 '));
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (isStub(error)) throw error;
    const kind = error instanceof RangeError ? 'RangeError' : error instanceof TypeError ? 'TypeError' : undefined;
    const message = error instanceof Error ? error.message : String(error);
    expect.soft(kind, t(
      `given ${what}, throw a RangeError or TypeError; it threw ${error instanceof Error ? error.name : typeof error}: ${message}`,
      `${josa(what, '이/가')} 들어오면 RangeError나 TypeError를 던져야 합니다. 던진 것: ${error instanceof Error ? error.name : typeof error}: ${message}`,
    )).toBeDefined();
    if (asked !== undefined) {
      expect.soft(kind === asked, t(
        `given ${what}, the instructions ask for a ${asked}; it threw ${error instanceof Error ? error.name : typeof error}: ${message}`,
        `${josa(what, '이/가')} 들어오면 설명대로 ${asked}를 던져야 합니다. 던진 것: ${error instanceof Error ? error.name : typeof error}: ${message}`,
      )).toBe(true);
    }
    expect(names.some((n) => namesArgument(message, n)), t(
      `given ${what}, the error message should name the argument ${named}; it says: "${message}"`,
      `${josa(what, '이/가')} 들어왔을 때 오류 메시지에 인자 이름 ${josa(named, '이/가')} 있어야 합니다. 지금 메시지: "${message}"`,
    )).toBe(true);
    return;
  }
  expect.fail(t(
    `given ${what}, throw a ${asked ?? 'RangeError or TypeError'} that names ${named}; it did not throw, and gave ${show(result)}`,
    `${josa(what, '이/가')} 들어오면 ${josa(named, '을/를')} 언급하는 ${asked ?? 'RangeError나 TypeError'}를 던져야 하는데, 던지지 않고 ${josa(show(result), '을/를')} 돌려줬습니다`,
  ));
}

/**
 * Run the learner's call; when it throws and one of `mistakes` (a probe of the learner's code, `when`) explains
 * why, the error says so — a slip that crashes on this input is named as one that gives a wrong value would be.
 */
export function explainThrow<T>(call: () => T, mistakes: readonly Mistake[]): T {
  try {
    return call();
  } catch (error) {
    // A failed expect keeps its own diagnosis; and diagnose() is asked only when a mistake knows this error
    // (asking it forgets what the test named before).
    if (isStub(error) || !(error instanceof Error) || error.name === 'AssertionError' || !mistakes.some((m) => knows(m, error))) throw error;
    const note = diagnose(error, mistakes);
    if (note) {
      // The report may show the stack, which repeats the message as it was thrown (grading mode's reports do).
      const thrown = error.message;
      error.message += note;
      if (typeof error.stack === 'string') error.stack = error.stack.replace(thrown, () => error.message);
    }
    throw error;
  }
}

/** An error your 06 raised for σ′ of undefined: an index that found nothing (for a symptom's `when`). */
export function slopeOfUndefined(error: unknown): boolean {
  return error instanceof TypeError && /undefined/.test(error.message) && /sigmoidPrime/.test(`${error.message}\n${error.stack ?? ''}`);
}

/** Whether `message` mentions `argument` as a word of its own (so `p` is not found inside `crossEntropy`). */
function namesArgument(message: string, argument: string): boolean {
  const escaped = argument.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w$])${escaped}($|[^\\w$])`).test(message);
}

/**
 * Call `use` on deep copies of `inputs` and fail if it changed any of them — or if what it returned is
 * not even an answer of the right shape (`answers`, e.g. shaped('softmax(…)', [0, 0, 0])): leaving the
 * input alone is only worth a test when the function does its job at all.
 */
export function expectUnchanged<A extends readonly unknown[]>(inputs: A, names: readonly string[], use: (...args: A) => unknown, answers: (result: unknown) => void): void {
  noteContract();
  const before = JSON.stringify(inputs);
  const copies = JSON.parse(before) as A;
  const result = use(...copies);
  copies.forEach((copy, i) => {
    const was = JSON.stringify(inputs[i]);
    const now = JSON.stringify(copy);
    if (now !== was) noteMistake('changes-its-input', t(`changed its argument \`${names[i]}\``, `인자 \`${names[i]}\`${particleFor(names[i], '을/를')} 바꿈`));
    expect(now === was, t(
      `your function changed its argument \`${names[i]}\`: it was ${was}, afterwards ${now}. Work on a copy of it (and return a new array where the result is one).`,
      `함수가 인자 \`${names[i]}\`${particleFor(names[i], '을/를')} 바꿨습니다: 원래 ${was}, 호출 뒤 ${now}. 복사본으로 계산하세요 (결과가 배열이면 새 배열을 반환하세요).`,
    )).toBe(true);
  });
  answers(result);
  // A second call must not touch what the first returned: one array kept at module level and handed out each time would.
  const kept = JSON.stringify(result);
  const again = use(...(JSON.parse(before) as A));
  const shared = typeof result === 'object' && result !== null && again === result;
  const now = JSON.stringify(result);
  expect(!shared && now === kept, t(
    `a second call ${shared ? 'returned the very same array as the first' : `changed what the first call returned (${kept}, afterwards ${now})`}: your function hands out one array it keeps between calls. Make a new array in every call.`,
    `두 번째 호출이 ${shared ? '첫 번째와 똑같은 배열을 반환했습니다' : `첫 번째 호출이 반환한 것을 바꿨습니다 (${kept}, 호출 뒤 ${now})`}. 호출 사이에 보관한 배열 하나를 매번 돌려주고 있습니다. 호출마다 새 배열을 만드세요.`,
  )).toBe(true);
}

/** Every number in a number, vector or matrix is finite. */
function allFinite(x: Nested): boolean {
  return typeof x === 'number' ? Number.isFinite(x) : x.every((y) => allFinite(y));
}

/**
 * Your function changes its argument and computes from what it made of it (sorts it in place, say): a run on a copy
 * of `input` leaves the copy changed, and `right` of the changed copy is what you returned.
 */
export function computedFromChanged(input: readonly number[], name: string, call: (copy: number[]) => unknown, right: (changed: readonly number[]) => Nested): Mistake {
  return {
    id: 'changes-its-input',
    when: (received) => {
      const copy = [...input];
      call(copy);
      // NaN is the right answer for no array: a NaN that matches a NaN model says nothing of the cause.
      const model = right(copy);
      return copy.some((x, i) => !Object.is(x, input[i])) && allFinite(model) && matchesModel(received, model);
    },
    en: `your function changed its argument \`${name}\` (reordered or overwrote it) and then computed from the changed array: this is the right answer for that array, not for the one given. Work on a copy of it.`,
    ko: `함수가 인자 \`${name}\`${particleFor(name, '을/를')} 바꾼 뒤(순서를 바꾸거나 덮어씀) 바뀐 배열로 계산했습니다. 주어진 배열이 아니라 바뀐 배열에 대한 정답입니다. 복사본으로 계산하세요.`,
  };
}

function knows(mistake: Mistake, error: Error): boolean {
  try {
    return mistake.when?.(error) === true;
  } catch {
    return false;
  }
}

/**
 * Your function hands out one array it keeps between calls (two calls return the very same array): a sum of two of its
 * results then adds one array to itself. A probe: `call` is run twice.
 */
export function oneArrayKept(call: () => unknown): Mistake {
  return {
    id: 'one-array-kept',
    when: () => {
      const first = call();
      return typeof first === 'object' && first !== null && call() === first;
    },
    en: 'a second call returned the very same array as the first: your function hands out one array it keeps between calls, so an earlier result changes when you call it again. Make a new array in every call.',
    ko: '두 번째 호출이 첫 번째와 똑같은 배열을 반환했습니다. 호출 사이에 보관한 배열 하나를 매번 돌려주므로, 다시 부르면 앞의 결과가 바뀝니다. 호출마다 새 배열을 만드세요.',
  };
}

/**
 * A check that a result has the shape of `like` (numbers, vectors, matrices of finite numbers; or an
 * object with such fields), values not compared.
 */
export function shaped(name: string, like: Nested | Readonly<Record<string, Nested>>, mistakes: readonly Mistake[] = []): (result: unknown) => void {
  return (result) => {
    if (typeof like === 'number' || Array.isArray(like)) {
      expectShape(result, like as Nested, name, mistakes);
      return;
    }
    expect(typeof result === 'object' && result !== null, t(`${name} should return an object with ${Object.keys(like).join(', ')}; it returned ${show(result)}`, `${josa(name, '은/는')} ${josa(Object.keys(like).join(', '), '이/가')} 있는 객체를 반환해야 합니다. 반환한 것: ${show(result)}`)).toBe(true);
    for (const [field, shape] of Object.entries(like)) expectShape((result as Record<string, unknown>)[field], shape, `${name}.${field}`);
  };
}

/** `received` must be an array of `length` finite numbers (values not compared). */
export function expectFiniteVector(received: unknown, length: number, name: string, mistakes: readonly Mistake[] = []): void {
  expect(received).toMatchValue(new Array<number>(length).fill(0), { name, tol: Infinity, mistakes });
}

declare module 'vitest' {
  interface TaskMeta {
    /** A held-out test of a contract (rejects, keeps its input …) rather than of values: see contract(). */
    contract?: boolean;
  }
}

/**
 * Marks a held-out test as checking a contract — bad input rejected, arguments kept — rather than values.
 * It still catches mistakes, but does not confirm points: an answer looked up for the public inputs
 * can keep such a contract, so only the held-out value checks confirm the public ones (the grader's
 * confirmed() in scripts/lib/grading/plan.ts reads this mark).
 */
export function contract(body: () => void): (context: { task: { meta: TaskMeta } }) => void {
  return ({ task }) => {
    task.meta.contract = true;
    body();
  };
}
