// Known mistakes: a wrong answer that is recognisable from its value gets a plain explanation
// and the hint command, instead of only "expected x, received y".
import { expect } from 'vitest';
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

/** The explanation of the first mistake that `received` matches, with the hint command; '' if none. */
export function diagnose(received: unknown, mistakes: readonly Mistake[] = []): string {
  for (const mistake of mistakes) {
    const recognised = mistake.when ? safely(() => mistake.when!(received)) : mistake.value !== undefined && matches(received, mistake.value, 1e-6);
    if (recognised) {
      noteMistake(mistake.id, t(mistake.en, mistake.ko));
      return `\n\n${t('Looks like a known mistake:', '자주 하는 실수로 보입니다:')} ${t(mistake.en, mistake.ko)}\n${t('Stuck?', '막혔다면')} ${hintCommand(currentExercise())}`;
    }
  }
  noteMistake(undefined);
  return '';
}

function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}
