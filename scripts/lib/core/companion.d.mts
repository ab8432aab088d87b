// Types of companion.mjs (plain JavaScript, read by vitest configs and runner-child.mjs), for the TypeScript scripts.
export const COMPANION: string;
export function companionsOn(env?: NodeJS.ProcessEnv): boolean;
export function companionOf(specFile: string): string | undefined;
export function companionCode(heldOut: string): string;
