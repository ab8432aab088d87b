// 16 Momentum — held-out checks (never given to students; the tests: support/optimizer-tests.ts).
import { describe } from 'vitest';
import { Momentum } from '@kata/16-momentum/momentum';
import { underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/generated/optimizer-cases';
import { heldOutOptimizerTests } from './support/optimizer-tests';

describe('16 Momentum (held-out)', () => {
  heldOutOptimizerTests(underTest('Momentum', (options) => new Momentum(options as { lr: number })), heldOutOptimizerCases.momentum, { dampening: 1 });
});
