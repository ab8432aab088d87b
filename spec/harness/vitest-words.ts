// vitest's and V8's own English words that a learner's failure can show, said again in the kata's words and
// the learner's language (the original stays in brackets, to search for). Used by setup.ts on every failure.
import { josa, t } from '../support/i18n';

const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/process\.exit unexpectedly called with "([^"]*)"/, (m) => {
    const call = `process.exit(${m[1] ?? ''})`;
    return t(
      `your code called ${call}, which would end the whole test run. A function of the kata returns its result (or throws an error); it never ends the program.`,
      `코드가 ${josa(call, '을/를')} 불렀습니다. 그러면 테스트 실행 전체가 끝나 버립니다. 카타의 함수는 결과를 반환하거나 오류를 던질 뿐, 프로그램을 끝내지 않습니다.`,
    );
  }],
  [/Test timed out in (\d+)ms/, (m) => {
    const seconds = Number(m[1]) / 1000;
    return t(
      `did not finish within ${seconds} s: the test waited for your code all that time. A Promise that never settles, or an async function awaiting something that never comes?`,
      `${seconds}초 안에 끝나지 않았습니다: 테스트가 그동안 코드를 기다렸습니다. 끝나지 않는 Promise, 또는 오지 않는 것을 await 하는 async 함수일까요?`,
    );
  }],
  [/Maximum call stack size exceeded/, () => t(
    'the call stack overflowed: a function that calls itself again and again, without a case that stops it?',
    '호출 스택이 넘쳤습니다: 멈추는 경우 없이 자기 자신을 계속 부르는 함수일까요?',
  )],
];

/** The message said in the kata's words, or undefined when it is none of vitest's or V8's known ones. */
export function inLearnerWords(message: string): string | undefined {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(message);
    if (m) return `${say(m)} (${m[0]})`; // what followed is vitest's advice to test writers, not to learners
  }
  return undefined;
}
