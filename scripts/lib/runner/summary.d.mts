// Types of test-summary.mjs (plain JavaScript, npm test's), for the TypeScript scripts that share it.
export const OUT_OF_MEMORY: RegExp;
export function blameText(blame: 'oom' | 'killed' | 'crashed' | 'hung', limit: number): string;
export const HUNG_MEMORY_BYTES: number;
export function isLoopGuardMessage(message: string): boolean;
