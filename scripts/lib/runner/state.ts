// The learner's small state folder, .kata/ (git ignores it): hints seen, backups made by reset.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../core/curriculum.ts';

/** KATA_STATE_DIR moves it (verify uses a temporary one, so it never touches a learner's state). */
export const stateDir = process.env.KATA_STATE_DIR ?? join(root, '.kata');

export function readState<T>(name: string, fallback: T): T {
  const file = join(stateDir, name);
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
  } catch {
    return fallback; // a damaged state file is only a convenience lost
  }
}

export function writeState(name: string, value: unknown): void {
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(join(stateDir, name), `${JSON.stringify(value, null, 2)}\n`);
}
