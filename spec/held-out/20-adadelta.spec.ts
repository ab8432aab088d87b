// 20 Adadelta — held-out checks (never given to students; the tests: support/optimizer-tests.ts).
import { describe } from 'vitest';
import { Adadelta } from '@kata/20-adadelta/adadelta';
import { underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/generated/optimizer-cases';
import { heldOutOptimizerTests } from './support/optimizer-tests';

describe('20 Adadelta (held-out)', () => {
  heldOutOptimizerTests(underTest('Adadelta', (options) => new Adadelta(options)), heldOutOptimizerCases.adadelta, { rho: 0, eps: 0 });
});
