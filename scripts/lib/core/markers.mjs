// @ts-check
// Which spec file started when: the setup file leaves a marker file per spec file as it begins, and the
// watchdogs (npm test, its reporter, the runner) read them — a worker stuck in learner code cannot report.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Mark `specFile` as started now, in `dir`: written under a temporary name and renamed, so a reader never
 * sees an empty marker and takes its start for 0. @param {string} dir @param {string} specFile
 */
export function markStarted(dir, specFile) {
  const marker = join(dir, encodeURIComponent(specFile));
  writeFileSync(`${marker}.tmp`, String(Date.now()));
  renameSync(`${marker}.tmp`, marker);
}

/**
 * Spec files marked as started and not in `ended`, with when they started.
 * @param {string} dir @param {ReadonlySet<string>} ended @returns {[file: string, at: number][]}
 */
export function startedFiles(dir, ended) {
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.tmp')) // still being written
    .map((name) => /** @type {[string, number]} */ ([decodeURIComponent(name), Number(readFileSync(join(dir, name), 'utf8'))]))
    .filter(([file, at]) => !ended.has(file) && at > 0);
}
