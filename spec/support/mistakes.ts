// Known mistakes: a wrong answer that is recognisable from its value gets a plain explanation
// and the hint command, instead of only "expected x, received y".
import { expect } from 'vitest';
import { TestRunner } from 'vitest';

const getCurrentTest = () => TestRunner.getCurrentTest();
import { noteMistake } from './evidence';
import { hintCommand, t } from './i18n';
import { matches, type Nested } from './nested';

export interface Mistake {
  /** A stable name within its exercise, e.g. 'overflow-no-shift': the class report counts students by it. */
  id: string;
  /** What went wrong and what to do, in English and in Korean. */
  en: string;
  ko: string;
  /** The value this mistake produces (compared with a relative tolerance of 1e-6) … */
  value?: Nested;
  /** … or a test that recognises it. */
  when?: (received: unknown) => boolean;
}

/** The two-digit exercise number of the spec file that is running, e.g. "04". */
export function currentExercise(testPath = expect.getState().testPath ?? ''): string {
  return /(?:^|[\\/])(\d\d)-[^\\/]*\.spec\.ts$/.exec(testPath)?.[1] ?? '??';
}

/**
 * The explanation of the one mistake that `received` matches, with the hint command. When none
 * matches (or two different ones do: the value cannot tell them apart) but an earlier test of this file named one, it says this failure may follow from that one
 * (one root cause, several failures) instead of guessing another cause; otherwise ''.
 */
export function diagnose(received: unknown, mistakes: readonly Mistake[] = [], expected?: Nested): string {
  // A mistake's value that is also (nearly) the right answer tells nothing: it is never named.
  const telling = (value: Nested) => matches(received, value, 1e-6) && !(expected !== undefined && matches(expected, value, 1e-6));
  const recognised = mistakes.filter((mistake) => (mistake.when ? safely(() => mistake.when!(received)) : mistake.value !== undefined && telling(mistake.value)));
  // Two different mistakes that give this very value: the value cannot tell which one was made, so neither is named.
  const mistake = new Set(recognised.map((m) => m.id)).size === 1 ? recognised[0] : undefined;
  if (mistake) {
    const text = t(mistake.en, mistake.ko);
    noteMistake(mistake.id, text);
    rememberNamed(text);
    return `\n\n${t('Looks like a known mistake:', '자주 하는 실수로 보입니다:')} ${text}\n${t('Stuck?', '막혔다면')} ${hintCommand(currentExercise())}`;
  }
  noteMistake(undefined);
  return followsFrom();
}

/** The first mistake named in each spec file of this run (keyed by vitest's file task, new every run). */
const namedInFile = new WeakMap<object, { test: string; text: string }>();

function rememberNamed(text: string): void {
  const test = getCurrentTest();
  if (test && !namedInFile.has(test.file)) namedInFile.set(test.file, { test: test.name, text });
}

/** "This may follow from the mistake named in «test»", if an earlier test of this file named one. */
export function followsFrom(): string {
  const test = getCurrentTest();
  const earlier = test ? namedInFile.get(test.file) : undefined;
  if (!test || !earlier || earlier.test === test.name) return '';
  const gist = earlier.text.length > 90 ? `${earlier.text.slice(0, 89)}…` : earlier.text;
  return t(
    `\n\nThe test "${earlier.test}" above named a mistake (${gist}); this failure may well follow from it. Fix that one first, then run again.`,
    `\n\n위의 "${earlier.test}" 테스트가 실수 하나를 짚었습니다 (${gist}). 이 실패도 그 때문일 가능성이 큽니다. 그것부터 고치고 다시 실행하세요.`,
  );
}

function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}
