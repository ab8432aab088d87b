// Types of orphan-guard.mjs (plain JavaScript, read by the vitest configs).
export function endWithParent(env?: NodeJS.ProcessEnv): void;
