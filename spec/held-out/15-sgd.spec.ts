// 15 SGD — held-out checks (never given to students; the tests: support/optimizer-tests.ts).
import { describe, expect, it } from 'vitest';
import { SGD } from '@kata/15-sgd/sgd';
import { t } from '../support';
import { underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/generated/optimizer-cases';
import { heldOutOptimizerTests } from './support/optimizer-tests';

describe('15 SGD (held-out)', () => {
  heldOutOptimizerTests(underTest('SGD', (options) => new SGD(options as { lr: number })), heldOutOptimizerCases.sgd, { lr: 2 });

  it(t('keeps nothing: the same call twice, then other params of the same length', '아무것도 보관하지 않습니다: 같은 호출 두 번, 그다음 길이가 같은 다른 params'), () => {
    const optimizer = new SGD({ lr: 0.25 });
    expect(optimizer.step([3, -1], [1, 2])).toMatchValue([2.75, -1.5], { name: 'SGD({ lr: 0.25 }).step([3, -1], [1, 2])' });
    expect(optimizer.step([3, -1], [1, 2])).toMatchValue([2.75, -1.5], { name: t('the same call again', '같은 호출을 다시') });
    expect(optimizer.step([-4, 8], [2, 0])).toMatchValue([-4.5, 8], { name: 'SGD({ lr: 0.25 }).step([-4, 8], [2, 0])' });
  });

});
