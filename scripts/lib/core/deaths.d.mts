// Types of deaths.mjs (plain JavaScript, shared with scripts/test.mjs and the sandbox's relay).
export function diedOfMemory(stderr: string): boolean;
export type DeathCause = 'oom' | 'killed' | 'crashed';
export function deathCause(death: { stderr: string; signal: string | null; code: number | null }): DeathCause;
export const HUNG_MEMORY_BYTES: number;
export function fillingMemory(rssBytes: number, grownBytes: number): boolean;
export function blameCrash<T>(running: readonly T[], alone?: T): { culprit?: T; suspects: T[] };
