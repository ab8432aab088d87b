// What a failing test saw, kept for the teacher's class report (npm run grade -- --each): the named
// mistake it recognised (diagnose, in mistakes.ts; expectUnchanged's 'changes-its-input') and the
// wrong value with its expected one (the matchers). Both ride on the test's meta, which the grader's
// reporter reads; nothing here changes what a learner sees. Each failing check replaces what an earlier one noted: in a property test the last
// failing run is the shrunk counterexample fast-check reports, so the report names what the learner
// was shown, never a mistake seen only on the way.
import { TestRunner } from 'vitest';

const getCurrentTest = () => TestRunner.getCurrentTest();

declare module 'vitest' {
  interface TaskMeta {
    /** The named mistake this test's failure recognised, by its stable id (Mistake.id), with the words shown. */
    mistakes?: { id: string; text: string }[];
    /** The earlier-named mistake (its id) whose model also gives this test's value: the follow-on note shown. */
    followsFrom?: string;
    /** The wrong value this test's failure compared: what, yours, expected (each at most 160 characters). */
    probe?: { name: string; received: string; expected: string };
  }
}

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text);

/** diagnose() recognised `id` (or nothing: undefined). */
export function noteMistake(id: string | undefined, text = ''): void {
  const meta = getCurrentTest()?.meta;
  if (!meta) return;
  delete meta.followsFrom;
  if (id) meta.mistakes = [{ id, text: clip(text) }];
  else delete meta.mistakes;
}

/** diagnose() said this failure follows from the mistake `id` named by an earlier test. */
export function noteFollowOn(id: string): void {
  const meta = getCurrentTest()?.meta;
  if (meta) meta.followsFrom = id;
}

/** A matcher failed on `name`: yours `received`, expected `expected`. */
export function noteProbe(name: string, received: string, expected: string): void {
  const meta = getCurrentTest()?.meta;
  if (meta) meta.probe = { name: clip(name), received: clip(received), expected: clip(expected) };
}

/** This test checks a contract (bad input rejected, input kept), not values: the grader counts it only beside a passing value test. */
export function noteContract(): void {
  const meta = getCurrentTest()?.meta;
  if (meta) meta.contract = true;
}
