// 22 NAdam — held-out checks (never given to students; the tests: support/optimizer-tests.ts).
import { describe } from 'vitest';
import { NAdam } from '@kata/22-nadam/nadam';
import { underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/generated/optimizer-cases';
import { heldOutOptimizerTests } from './support/optimizer-tests';

describe('22 NAdam (held-out)', () => {
  heldOutOptimizerTests(underTest('NAdam', (options) => new NAdam(options)), heldOutOptimizerCases.nadam, { beta1: 0, beta2: 0, eps: 0, momentumDecay: 0 });
});
