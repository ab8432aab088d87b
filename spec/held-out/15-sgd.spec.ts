// 15 SGD — held-out checks (never given to students; the tests: support/optimizer-tests.ts).
import { describe } from 'vitest';
import { SGD } from '@kata/15-sgd/sgd';
import { underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/generated/optimizer-cases';
import { heldOutOptimizerTests } from './support/optimizer-tests';

describe('15 SGD (held-out)', () => {
  heldOutOptimizerTests(underTest('SGD', (options) => new SGD(options as { lr: number })), heldOutOptimizerCases.sgd);
});
