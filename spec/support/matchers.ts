// The two matchers every spec uses, registered in spec/harness/setup.ts:
//   expect(value).toMatchArticle('0.43703857', { name: 'w5⁺', step: '역전파 1단계' })
//   expect(vector).toMatchValue([0.1, 0.2], { name: 'softmax([1, 2])' })
import { josa, t } from './i18n';
import { roundLike } from './round';

export { roundLike };
import { noteProbe } from './evidence';
import { diagnose, type Mistake } from './mistakes';
import { compareNested, show, showApart, type Comparison, type Entry, type Nested } from './nested';

export interface ArticleOptions {
  /** The article's name for the quantity, e.g. 'w5⁺' or 'E_total'. */
  name: string | readonly string[];
  /** Where the article prints it, e.g. '역전파 1단계' or '[Output / Loss function]'. */
  step: string;
  mistakes?: readonly Mistake[];
}

export interface ValueOptions {
  /** What is being compared, as the learner would call it, e.g. 'softmax([1, 2, 3])'. */
  name: string;
  /** Relative tolerance (absolute below 1); 0 asks for exact equality. Default 1e-9. */
  tol?: number;
  /** Other answers that are just as right (e.g. the same shuffle run the other way); `expected` is the one shown. */
  accept?: readonly Nested[];
  mistakes?: readonly Mistake[];
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

export function toMatchArticle(received: unknown, printed: string | readonly string[], options: ArticleOptions): MatcherResult {
  const printedList = typeof printed === 'string' ? [printed] : printed;
  const names = typeof options.name === 'string' ? [options.name] : options.name;
  const receivedList = typeof printed === 'string' ? [received] : received;
  const where = `(${options.step})`;

  const shape = compareNested(receivedList, printedList.map(Number), Infinity);
  if (shape.kind === 'shape') {
    noteProbe(names.join(', '), show(received as Nested), printedList.join(', '));
    return fail(describeShape(shape, names.join(', ')) + promiseNote(received) + diagnose(received, options.mistakes, printedList.map(Number)));
  }
  const lines: string[] = [];
  let pass = true;
  printedList.forEach((p, i) => {
    const value = (receivedList as number[])[i] as number;
    const rounded = roundLike(value, p);
    const name = names[i] ?? `${names[0]}[${i}]`;
    if (rounded !== p) {
      pass = false;
      lines.push(t(`expected ${name} = ${p} ${where}, received ${rounded}`, `${name} = ${p} 이어야 합니다 ${where}. 받은 값: ${rounded}`));
    }
  });
  if (pass) return { pass, message: () => t(`expected ${names.join(', ')} not to match the article`, `${names.join(', ')} 값이 글과 달라야 합니다`) };
  noteProbe(names.join(', '), printedList.map((p, i) => roundLike((receivedList as number[])[i] as number, p)).join(', '), printedList.join(', '));
  const note = t(
    `(compared after rounding yours to the printed ${printedList[0]!.split('.')[1]?.length ?? 0} decimals)`,
    `(받은 값을 글에 인쇄된 소수점 ${printedList[0]!.split('.')[1]?.length ?? 0}자리로 반올림해 비교했습니다)`,
  );
  return fail(`${lines.join('\n')}\n${note}${diagnose(received, options.mistakes, typeof printed === 'string' ? Number(printed) : printedList.map(Number))}`);
}

export function toMatchValue(received: unknown, expected: Nested, options: ValueOptions): MatcherResult {
  const tol = options.tol ?? 1e-9;
  const comparison = compareNested(received, expected, tol);
  const alsoRight = (options.accept ?? []).some((other) => {
    const c = compareNested(received, other, tol);
    return c.kind !== 'shape' && c.entries.every((e) => e.ok);
  });
  if (alsoRight || (comparison.kind !== 'shape' && comparison.entries.every((e) => e.ok))) return { pass: true, message: () => t(`expected ${options.name} not to be ${show(expected)}`, `${options.name} 값이 ${josa(show(expected), '이/가')} 아니어야 합니다`) };
  noteProbe(options.name, show(received as Nested), show(expected));
  if (comparison.kind === 'shape') return fail(describeShape(comparison, options.name, tol) + promiseNote(received) + diagnose(received, options.mistakes, expected));
  const wrong = comparison.entries.filter((e) => !e.ok);

  const head =
    typeof expected === 'number'
      ? (() => {
          const [yours, right] = showApart(received, expected);
          return t(`expected ${options.name} = ${right}, received ${yours}`, `${options.name} = ${right} 이어야 합니다. 받은 값: ${yours}`);
        })()
      : t(
          `${options.name}: ${wrong.length} of ${comparison.entries.length} ${comparison.entries.length === 1 ? 'entry' : 'entries'} ${wrong.length === 1 ? 'is' : 'are'} wrong${tol > 0 && Number.isFinite(tol) ? ` (relative tolerance ${tol}: |yours − expected| ≤ ${tol} · max(1, |expected|))` : ''}`,
          `${options.name}: ${comparison.entries.length}개 중 ${wrong.length}개가 틀렸습니다${tol > 0 && Number.isFinite(tol) ? ` (상대 허용 오차 ${tol}: |내 값 − 정답| ≤ ${tol} · max(1, |정답|))` : ''}`,
        );
  return fail(head + (typeof expected === 'number' ? '' : `\n${entryTable(comparison.entries)}`) + diagnose(received, options.mistakes, expected));
}

/** Every entry, yours vs expected, the wrong ones marked; long tables keep only the wrong rows. */
function entryTable(entries: readonly Entry[]): string {
  const rows = entries.length <= 12 ? entries : entries.filter((e) => !e.ok).slice(0, 12);
  const width = Math.max(...rows.map((e) => e.path.length));
  const lines = rows.map((e) => {
    const [yours, expected] = e.ok ? [show(e.yours), show(e.expected)] : showApart(e.yours, e.expected);
    return `  ${e.ok ? ' ' : '✗'} ${e.path.padEnd(width)}  ${t('yours', '내 값')} ${yours.padEnd(14)} ${t('expected', '정답')} ${expected}`;
  });
  const hidden = entries.filter((e) => !e.ok).length - rows.filter((e) => !e.ok).length;
  if (hidden > 0) lines.push(t(`  … and ${hidden} more wrong entries`, `  … 틀린 항목 ${hidden}개 더`));
  return lines.join('\n');
}

/** `tol` Infinity: only the shape is checked, and the zeros it compares with are no expected values. */
function describeShape(c: Comparison & { kind: 'shape' }, name: string, tol = 0): string {
  const at = c.path ? ` ${c.path}` : '';
  switch (c.problem) {
    case 'not-number':
      return t(`${name}${at}: expected a number, received ${show(c.yours)}`, `${name}${at}: 숫자여야 하는데 ${josa(show(c.yours), '을/를')} 받았습니다`);
    case 'not-finite':
      if (tol === Infinity) return t(`${name}${at}: expected a finite number, received ${show(c.yours)}`, `${name}${at}: 유한한 숫자여야 하는데 ${josa(show(c.yours), '을/를')} 받았습니다`);
      return t(`${name}${at}: expected ${show(c.expected)}, received ${show(c.yours)} (not a finite number)`, `${name}${at}: ${show(c.expected)} 이어야 하는데 ${josa(show(c.yours), '을/를')} 받았습니다 (유한한 숫자가 아님)`);
    case 'not-array':
      return t(
        `${name}${at}: expected an array of length ${(c.expected as readonly Nested[]).length}, received ${show(c.yours)}`,
        `${name}${at}: 길이 ${(c.expected as readonly Nested[]).length}인 배열이어야 하는데 ${josa(show(c.yours), '을/를')} 받았습니다`,
      );
    case 'length':
      return t(
        `${name}${at}: expected length ${(c.expected as readonly Nested[]).length}, received length ${(c.yours as unknown[]).length}: ${show(c.yours)}`,
        `${name}${at}: 길이가 ${(c.expected as readonly Nested[]).length}이어야 하는데 ${(c.yours as unknown[]).length}입니다: ${show(c.yours)}`,
      );
  }
}

/** A Promise where a value was expected: the learner's function is async (or returns one). */
function promiseNote(received: unknown): string {
  if (typeof (received as { then?: unknown } | null)?.then !== 'function') return '';
  return t(
    '\n\nThis is a Promise: is your function async? The specs call it without await and need the value itself: remove `async` (and any await inside) and return the number or array.',
    '\n\n이것은 Promise입니다. 함수가 async인가요? 스펙은 await 없이 불러서 값 자체가 필요합니다. `async`(와 안의 await)를 지우고 숫자나 배열을 반환하세요.',
  );
}

function fail(text: string): MatcherResult {
  return { pass: false, message: () => text };
}
