// npm run bench — how long a learner and a maintainer wait, on this machine.
// Runs each command several times and prints the medians as a table. `npm run bench -- 3` sets the runs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib/curriculum';

interface Row {
  what: string;
  command: string[];
  runs?: number;
}

const node = process.execPath;
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const tsNode = join(root, 'node_modules', '.bin', 'ts-node');

/** Later work adds its rows here. */
const rows: Row[] = [
  { what: 'whole spec suite on solutions/', command: [node, vitest, 'run', '--mode', 'solutions'] },
  { what: 'one exercise (04) on solutions/', command: [node, vitest, 'run', '--mode', 'solutions', 'spec/04'] },
  { what: 'npm test on the stubs (all red)', command: [node, vitest, 'run'] },
  { what: 'npm run verify', command: [tsNode, '-P', 'scripts/tsconfig.json', 'scripts/verify.ts'], runs: 3 },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const defaultRuns = Number(process.argv[2] ?? 5);
const filter = process.argv[3];
console.log(`| what | runs | median s | min s | max s |\n|---|---|---|---|---|`);
for (const row of rows.filter((r) => !filter || r.what.includes(filter))) {
  const times: number[] = [];
  for (let i = 0; i < (row.runs ?? defaultRuns); i++) {
    const start = process.hrtime.bigint();
    spawnSync(row.command[0]!, row.command.slice(1), { cwd: root, stdio: 'ignore', env: { ...process.env, CI: '1' } });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const f = (x: number) => x.toFixed(2);
  console.log(`| ${row.what} | ${times.length} | ${f(median(times))} | ${f(Math.min(...times))} | ${f(Math.max(...times))} |`);
}
