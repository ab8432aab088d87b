// @ts-check
// How the loop guard's message starts (time-limit.ts writes it), so that plain-node npm test and the
// runner recognise it by the same rule.

/** The start of the guard's error message, which the runner looks for (in English; the Korean one below). */
export const LOOP_GUARD_MARK = 'did not finish within';
/** The start of the Korean one: "10초 안에 끝나지 않았습니다". */
const LOOP_GUARD_MARK_KO = /\d+(?:\.\d+)?초 안에 끝나지 않았습니다/;

/** Whether a test's message is the loop guard's, in either language. @param {string} message */
export function isLoopGuardMessage(message) {
  return message.includes(LOOP_GUARD_MARK) || LOOP_GUARD_MARK_KO.test(message);
}
