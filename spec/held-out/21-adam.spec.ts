// 21 Adam — held-out checks (never given to students; the tests: support/optimizer-tests.ts).
import { describe } from 'vitest';
import { Adam } from '@kata/21-adam/adam';
import { underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/generated/optimizer-cases';
import { heldOutOptimizerTests } from './support/optimizer-tests';

describe('21 Adam (held-out)', () => {
  heldOutOptimizerTests(underTest('Adam', (options) => new Adam(options)), heldOutOptimizerCases.adam, { beta1: 0, beta2: 0, eps: 0 });
});
