// 16 Momentum — PyTorch's SGD with momentum: b₁ = g₁, b ← μ·b + (1 − τ)·g, θ ← θ − lr·b ([최적화 함수]).
// Expected positions: spec/support/generated/optimizer-cases.ts, written by scripts/generate-optimizer-cases.ts
// (decimal.js, torch.optim's documented algorithm, cross-checked against real torch values).
import { describe, it } from 'vitest';
import { Momentum } from '@kata/16-momentum/momentum';
import { t } from './support';
import { expectArgumentsKept, expectIndependent, expectOptionsChecked, expectPath, expectStepRejects, optimizerCases, underTest } from './support/optimizers';

const momentum = underTest('Momentum', (options) => new Momentum(options as { lr: number }));
const cases = optimizerCases.momentum;

describe('16 Momentum', () => {
  it(t('the classic figure: lr 0.1 and the default momentum 0.9 on f(x, y) = x²/20 + y² from (−7, 2) (every step up to 30)', '유명한 비교 그림: f(x, y) = x²/20 + y², (−7, 2)에서 lr 0.1, 기본 momentum 0.9 (30번째 step까지 전부)'), () => {
    expectPath(momentum, cases.figure);
  });

  it(t('momentum 0.8 and dampening 0.3: dampening holds back new gradients, but not on the first step', 'momentum 0.8, dampening 0.3: 감쇠는 새 기울기를 줄이지만 첫 단계에는 적용하지 않습니다'), () => {
    expectPath(momentum, cases.custom);
  });

  it(t('keeps moving after the gradient drops to zero: the velocity is remembered between calls', '기울기가 0이 된 뒤에도 계속 움직입니다: 속도는 호출 사이에 기억됩니다'), () => {
    expectPath(momentum, cases.memory);
  });

  it(t('a gradient of 0 for one parameter still updates its velocity: it keeps moving', '한 파라미터의 기울기가 0이어도 그 속도는 갱신됩니다: 계속 움직입니다'), () => {
    expectPath(momentum, cases.pause);
  });

  it(t('two optimizers taking turns never share their velocity', '번갈아 쓰는 두 옵티마이저는 속도를 공유하지 않습니다'), () => {
    expectIndependent(momentum, cases.figure, cases.custom);
  });

  it(t('never changes params or grads, returns a new array and keeps no reference to them', 'params와 grads를 바꾸지 않고, 새 배열을 반환하며, 그 참조를 저장하지 않습니다'), () => {
    expectArgumentsKept(momentum, cases.figure);
  });

  it(t('rejects mismatched lengths, empty arrays, entries that are not finite and a change in the number of parameters', '길이가 다른 배열, 빈 배열, 유한하지 않은 항목, 파라미터 수의 변화를 거부합니다'), () => {
    expectStepRejects(momentum, cases.memory);
  });

  it(t('checks its options when constructed: lr required and above 0, 0 < momentum < 1, 0 ≤ dampening ≤ 1', '생성할 때 옵션을 검사합니다: lr은 필수이며 0보다 크고, 0 < momentum < 1, 0 ≤ dampening ≤ 1'), () => {
    expectOptionsChecked(momentum, cases.custom, [
      [{ momentum: 0.9 }, 'lr', { en: 'no lr at all', ko: 'lr이 없는 옵션' }],
      [{ lr: -0.1 }, 'lr', { en: 'a negative lr', ko: '음수 lr' }],
      [{ lr: 0.1, momentum: 0 }, 'momentum', { en: 'momentum = 0 (that is plain SGD)', ko: '그냥 SGD와 같은 momentum = 0' }],
      [{ lr: 0.1, momentum: 1 }, 'momentum', { en: 'momentum = 1 (the velocity never forgets)', ko: '속도가 영원히 잊지 않는 momentum = 1' }],
      [{ lr: 0.1, momentum: Number.NaN }, 'momentum', { en: 'momentum = NaN', ko: 'momentum = NaN' }],
      [{ lr: 0.1, dampening: -0.5 }, 'dampening', { en: 'a negative dampening', ko: '음수 dampening' }],
      [{ lr: 0.1, dampening: 1.5 }, 'dampening', { en: 'dampening above 1', ko: '1보다 큰 dampening' }],
    ], [{ dampening: 0 }, { dampening: 1 }]);
  });
});
