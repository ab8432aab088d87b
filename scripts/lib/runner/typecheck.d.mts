// Types of typecheck.mjs (plain JavaScript, shared with scripts/test.mjs), for the TypeScript scripts.
export function typeErrors(root: string, files: string[], max?: number): Promise<string[]>;
export function typeNote(lines: string[], say: (en: string, ko: string) => string): string;
