// The generators of expected values (npm run generate:optimizers, npm run generate:iris) write their
// file through this; with --check they only compare, so verify can prove the committed literals are
// exactly what the command produces today.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { root } from '../core/curriculum.ts';

/** Write `text` to `file`, or with --check exit 1 if the file holds anything else. */
export function writeGenerated(file: string, text: string, command: string): void {
  const name = relative(root, file);
  if (process.argv.includes('--check')) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current !== text) {
      console.error(`${name} is not what ${command} generates now: run it and commit the result`);
      process.exit(1);
    }
    console.log(`${name} is up to date`);
    return;
  }
  writeFileSync(file, text);
  console.log(`wrote ${name}`);
}
