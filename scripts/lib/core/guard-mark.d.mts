// Types of guard-mark.mjs (plain JavaScript, shared with scripts/test.mjs).
export const LOOP_GUARD_MARK: string;
export function isLoopGuardMessage(message: string): boolean;
