// verify: what a learner sees when printing the reference solutions' answers — a perfect prediction's
// cross-entropy is 0, not "-0" (−log 1 is −0 in floating point; the reference subtracts each term instead).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../../core/curriculum.ts';
import type { Check } from '../tally.ts';

export async function checkReferences(): Promise<Check[]> {
  const { crossEntropy } = (await import(pathToFileURL(join(root, 'solutions', '04-cross-entropy', 'cross-entropy.ts')).href)) as {
    crossEntropy: (p: number[], q: number[]) => number;
  };
  const perfect = [crossEntropy([1, 0, 0], [1, 0, 0]), crossEntropy([0, 1], [0, 1])];
  return [
    [
      perfect.every((v) => Object.is(v, 0)),
      'solutions/04 crossEntropy of a perfect prediction is +0 (printed "0", never "-0")',
      `got ${perfect.map((v) => (Object.is(v, -0) ? '-0' : String(v))).join(', ')}`,
    ],
  ];
}
