// Types of markers.mjs (plain JavaScript, shared with scripts/test.mjs).
export function markStarted(dir: string, specFile: string): void;
export function startedFiles(dir: string, ended: ReadonlySet<string>): [file: string, at: number][];
