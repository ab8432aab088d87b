// 17 Nesterov — held-out checks (never given to students; the tests: support/optimizer-tests.ts).
import { describe } from 'vitest';
import { Nesterov } from '@kata/17-nesterov/nesterov';
import { underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/generated/optimizer-cases';
import { heldOutOptimizerTests } from './support/optimizer-tests';

describe('17 Nesterov (held-out)', () => {
  heldOutOptimizerTests(underTest('Nesterov', (options) => new Nesterov(options as { lr: number })), heldOutOptimizerCases.nesterov);
});
