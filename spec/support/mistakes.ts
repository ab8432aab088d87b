// Known mistakes: a wrong answer that is recognisable from its value gets a plain explanation
// and the hint command, instead of only "expected x, received y".
//
// A name is a claim, and the claim is checked: a mistake is named only when its own model, run on this
// test's input, gives the learner's value (`value`, or a `when` that runs the model), and no other known
// mistake gives it too. A detector that sees only a symptom (NaN, a value that many slips share) is a
// `symptom`: it says what the value shows and the likely causes, and names nobody. A mistake already
// named by an earlier test of the same file is not explained again: "same cause as the test … above".
import { expect } from 'vitest';
import { TestRunner } from 'vitest';

const getCurrentTest = () => TestRunner.getCurrentTest();
import { noteFollowOn, noteMistake } from './evidence';
import { hintCommand, t } from './i18n';
import { matches, matchesModel, type Nested } from './nested';

export interface Mistake {
  /** A stable name within its exercise, e.g. 'overflow-no-shift': the class report counts students by it. */
  id: string;
  /** What went wrong and what to do, in English and in Korean. */
  en: string;
  ko: string;
  /** The value this mistake's model gives on this test's input (compared with a relative tolerance of 1e-6, small values too) … */
  value?: Nested;
  /** … or a test that runs the model (or an earlier exercise's own function) and recognises it. */
  when?: (received: unknown) => boolean;
  /**
   * Where this input cannot tell two mistakes apart (½ and 1/n with two outputs), a further run of the learner's
   * code on an input that can: the mistake is named only when this also holds.
   */
  also?: () => boolean;
  /**
   * Only a symptom, not a cause: several different slips give it (a NaN, a 0, a value outside the
   * range). `en`/`ko` then say what the value shows and the likely causes; nothing is named.
   */
  symptom?: true;
}

/** The two-digit exercise number of the spec file that is running, e.g. "04". */
export function currentExercise(testPath = expect.getState().testPath ?? ''): string {
  return /(?:^|[\\/])(\d\d)-[^\\/]*\.spec\.ts$/.exec(testPath)?.[1] ?? '??';
}

/**
 * The explanation of the one mistake whose model gives `received`, with the hint command; shortened to
 * "same cause as …" when an earlier test of this file named the same mistake. When two different
 * mistakes give this very value, neither is named — unless one of them was named by an earlier test:
 * then this failure follows from that one, and the note says so. Otherwise a matching symptom, or ''.
 */
export function diagnose(received: unknown, mistakes: readonly Mistake[] = [], expected?: Nested): string {
  // A mistake's value that is also (nearly) the right answer tells nothing on its own: it is named only when
  // `also` confirmed it on inputs where it is far from right.
  const telling = (mistake: Mistake, value: Nested) => matchesModel(received, value) && (mistake.also !== undefined || !(expected !== undefined && matches(expected, value, 1e-6)));
  const recognised = mistakes.filter(
    (mistake) =>
      (mistake.when ? safely(() => mistake.when!(received)) : mistake.value !== undefined && telling(mistake, mistake.value)) && (!mistake.also || safely(mistake.also)),
  );
  const causes = recognised.filter((m) => !m.symptom);
  const ids = new Set(causes.map((m) => m.id));
  const test = getCurrentTest();
  forget(test?.id);
  const earlier = (id: string) => (test ? namedInFile.get(test.file)?.find((n) => n.id === id && n.test !== test.id) : undefined);
  if (ids.size === 1) {
    const mistake = causes[0]!;
    const text = t(mistake.en, mistake.ko);
    noteMistake(mistake.id, text);
    const before = earlier(mistake.id);
    if (before) return sameCause(before, text);
    remember(mistake.id, text);
    return `\n\n${t('Looks like a known mistake:', '자주 하는 실수로 보입니다:')} ${text}\n${t('Stuck?', '막혔다면')} ${hintCommand(currentExercise())}`;
  }
  noteMistake(undefined);
  // Two mistakes give this value: if an earlier test named one of them, this failure follows from it.
  const followed = [...ids].map(earlier).find((n) => n !== undefined);
  if (followed) {
    noteFollowOn(followed.id);
    return followsFrom(followed);
  }
  const symptom = recognised.find((m) => m.symptom);
  if (!symptom) return '';
  // Kept apart from the names (a symptom names nobody), but shown once per file as well.
  const text = t(symptom.en, symptom.ko);
  const key = `symptom:${text}`;
  const before = earlier(key);
  if (before) return t(`\n\nThe same symptom as in the test "${before.name}" above: «${gist(before.text)}»`, `\n\n위의 "${before.name}" 테스트와 같은 증상입니다: «${gist(before.text)}»`);
  remember(key, text);
  return `\n\n${t('What this value shows:', '이 값이 알려 주는 것:')} ${text}`;
}

interface Named {
  /** vitest's id of the test that named it. */
  test: string;
  name: string;
  id: string;
  text: string;
}

/** The mistakes named in each spec file of this run, in order (keyed by vitest's file task, new every run). */
const namedInFile = new WeakMap<object, Named[]>();

function remember(id: string, text: string): void {
  const test = getCurrentTest();
  if (!test) return;
  const list = namedInFile.get(test.file) ?? [];
  if (!list.some((n) => n.id === id)) list.push({ test: test.id, name: test.name, id, text });
  namedInFile.set(test.file, list);
}

/**
 * A test's earlier runs are not what it showed: in a property test only the last failing run (the shrunk
 * counterexample) is reported, so each diagnosis of a test replaces the ones before it.
 */
function forget(testId: string | undefined): void {
  const test = getCurrentTest();
  const list = test && testId ? namedInFile.get(test.file) : undefined;
  if (list) namedInFile.set(test!.file, list.filter((n) => n.test !== testId));
}

/** An earlier explanation, shortened: whole sentences up to 140 characters (260 for two slips), else the words that fit. */
function gist(text: string): string {
  // Two slips in one explanation: room for the second one too.
  const room = /^(two slips|실수가 두 가지)/.test(text) ? 260 : 140;
  if (text.length <= room) return text;
  let kept = '';
  // A sentence ends at . ! or ? (and a closing parenthesis) before a space: never inside a number such as 0.03240681.
  for (const sentence of text.split(/(?<=[.!?]\)?)\s+/)) {
    if (`${kept} ${sentence}`.trim().length > room) break;
    kept = `${kept} ${sentence}`;
  }
  if (kept.trim().length >= 50) return kept.trim();
  const cut = text.slice(0, 139);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))} …`;
}

/**
 * The same mistake as an earlier test named: one line, not the whole explanation again. Quoted in this test's
 * words where only the numbers differ (the number of classes here, not there).
 */
function sameCause(before: Named, text: string): string {
  // This test's words only where they say what was shown above with other numbers; else the words shown above.
  const shape = (words: string) => words.replace(/\d+(\.\d+)?/g, '#');
  const quoted = shape(text) === shape(before.text) ? text : before.text;
  return t(`\n\nSame cause as in the test "${before.name}" above: «${gist(quoted)}»`, `\n\n위의 "${before.name}" 테스트와 같은 원인입니다: «${gist(quoted)}»`);
}

/** This value is what the mistake named above gives on this test's input. */
function followsFrom(before: Named): string {
  return t(
    `\n\nThe test "${before.name}" above named a mistake: «${gist(before.text)}» Applied to this test's input, that mistake gives exactly this value, so this failure likely follows from it. Fix that one first, then run again.`,
    `\n\n위의 "${before.name}" 테스트가 실수 하나를 짚었습니다: «${gist(before.text)}» 그 실수를 이 테스트의 입력에 적용하면 정확히 이 값이 나오므로, 이 실패도 그 때문일 가능성이 큽니다. 그것부터 고치고 다시 실행하세요.`,
  );
}

function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}
