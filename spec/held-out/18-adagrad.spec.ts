// 18 Adagrad — held-out checks (never given to students; the tests: support/optimizer-tests.ts).
import { describe } from 'vitest';
import { Adagrad } from '@kata/18-adagrad/adagrad';
import { underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/generated/optimizer-cases';
import { heldOutOptimizerTests } from './support/optimizer-tests';

describe('18 Adagrad (held-out)', () => {
  heldOutOptimizerTests(underTest('Adagrad', (options) => new Adagrad(options)), heldOutOptimizerCases.adagrad, { eps: 0, initialAccumulatorValue: 0 });
});
