// Types of exercise-state.mjs (plain JavaScript, shared with npm test's summary).
export type ExerciseState = 'done' | 'failing' | 'not-started' | 'timeout' | 'syntax' | 'crash';
export function exerciseState(run: {
  passed: number;
  total: number;
  failures: readonly { message: string }[];
  errors: readonly string[];
}): ExerciseState;
