// @ts-check
// What state an exercise is in, from its spec file's tests and load errors: one rule for the runner
// (progress, grade, watch) and npm test's summary (plain node).
import { isLoopGuardMessage } from '../core/guard-mark.mjs';

/** @typedef {'done' | 'failing' | 'not-started' | 'timeout' | 'syntax' | 'crash'} ExerciseState */

/** What a compiler or parser says when a file does not parse. */
const SYNTAX = /SyntaxError|Transform failed|Parse error|Unexpected token|Expected/;

/**
 * The loop guard stopped it (timeout); no test ran: it does not parse (syntax) or it threw (crash);
 * every test passed (done); every failure is the stub's "not implemented" (not-started); else failing.
 * @param {{ passed: number, total: number, failures: readonly { message: string }[], errors: readonly string[] }} run
 * @returns {ExerciseState}
 */
export function exerciseState({ passed, total, failures, errors }) {
  if ([...errors, ...failures.map((t) => t.message)].some(isLoopGuardMessage)) return 'timeout';
  if (total === 0) return errors.some((m) => SYNTAX.test(m)) ? 'syntax' : 'crash';
  if (failures.length === 0) return 'done';
  if (passed === 0 && failures.every((t) => t.message.includes('not implemented'))) return 'not-started';
  return 'failing';
}
