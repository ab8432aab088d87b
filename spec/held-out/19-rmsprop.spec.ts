// 19 RMSprop — held-out checks (never given to students; the tests: support/optimizer-tests.ts).
import { describe } from 'vitest';
import { RMSprop } from '@kata/19-rmsprop/rmsprop';
import { underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/generated/optimizer-cases';
import { heldOutOptimizerTests } from './support/optimizer-tests';

describe('19 RMSprop (held-out)', () => {
  heldOutOptimizerTests(underTest('RMSprop', (options) => new RMSprop(options)), heldOutOptimizerCases.rmsprop, { alpha: 0, eps: 0 });
});
