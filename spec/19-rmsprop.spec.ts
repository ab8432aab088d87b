// 19 RMSprop — v ← α·v + (1 − α)·g², θ ← θ − lr·g / (√v + ε): no bias correction, ε outside ([최적화 함수]).
// Expected positions: spec/support/generated/optimizer-cases.ts, written by scripts/generate-optimizer-cases.ts
// (decimal.js, torch.optim's documented algorithm, cross-checked against real torch values).
import { describe, it } from 'vitest';
import { RMSprop } from '@kata/19-rmsprop/rmsprop';
import { t } from './support';
import { expectArgumentsKept, expectFirstStep, expectIndependent, expectOptionsChecked, expectPath, expectStepRejects, optimizerCases, underTest } from './support/optimizers';

const rmsprop = underTest('RMSprop', (options) => new RMSprop(options));
const cases = optimizerCases.rmsprop;

describe('19 RMSprop', () => {
  it(t('the defaults on f(x, y) = x²/20 + y² from (−7, 2): new RMSprop() is lr 0.01, alpha 0.99, eps 1e-8 (every step up to 30)', 'f(x, y) = x²/20 + y², (−7, 2)에서 기본값: new RMSprop()은 lr 0.01, alpha 0.99, eps 1e-8 (30번째 step까지 전부)'), () => {
    expectPath(rmsprop, cases.defaults, new RMSprop());
  });

  it(t('uses its options: lr 0.1, alpha 0.9, eps 1e-4 (every step up to 30)', '옵션을 씁니다: lr 0.1, alpha 0.9, eps 1e-4 (30번째 step까지 전부)'), () => {
    expectPath(rmsprop, cases.custom);
  });

  it(t('tiny gradients (about 1e-6), where ε = 1e-8 outside the root shows: √v is only about 1e-7', '아주 작은 기울기(약 1e-6): √v가 1e-7 정도라 제곱근 밖의 ε = 1e-8이 드러납니다'), () => {
    expectPath(rmsprop, cases.tiny);
  });

  it(t('the same gradient three times: v grows, so the steps shrink; v is remembered between calls', '같은 기울기를 세 번: v가 커지므로 단계가 줄어듭니다. v는 호출 사이에 기억됩니다'), () => {
    expectPath(rmsprop, cases.memory);
  });

  it(t('a zero gradient in between, for both parameters and then for one, still decays v: the third step is larger than the first', '중간의 기울기 0에도(두 파라미터 모두, 그다음 하나만) v는 줄어듭니다: 세 번째 단계는 첫 단계보다 큽니다'), () => {
    expectPath(rmsprop, cases.pause);
    expectPath(rmsprop, cases.pauseOne);
  });

  it(t('the first step moves each coordinate by lr·g / (√(1 − α)·|g| + ε): about 10·lr with α = 0.99 (property)', '첫 단계는 각 좌표를 lr·g / (√(1 − α)·|g| + ε)만큼 옮깁니다: α = 0.99이면 약 10·lr (속성 기반 테스트)'), () => {
    expectFirstStep(rmsprop, (lr) => new RMSprop({ lr }), (lr, g) => (lr * g) / (Math.sqrt(0.01) * Math.abs(g) + 1e-8));
  });

  it(t('two optimizers taking turns never share their averages', '번갈아 쓰는 두 옵티마이저는 이동 평균을 공유하지 않습니다'), () => {
    expectIndependent(rmsprop, cases.defaults, cases.custom);
  });

  it(t('never changes params or grads, returns a new array and keeps no reference to them', 'params와 grads를 바꾸지 않고, 새 배열을 반환하며, 그 참조를 저장하지 않습니다'), () => {
    expectArgumentsKept(rmsprop, cases.defaults);
  });

  it(t('rejects mismatched lengths, empty arrays, entries that are not finite and a change in the number of parameters', '길이가 다른 배열, 빈 배열, 유한하지 않은 항목, 파라미터 수의 변화를 거부합니다'), () => {
    expectStepRejects(rmsprop, cases.memory);
  });

  it(t('checks its options when constructed: lr above 0, 0 ≤ alpha < 1, eps 0 or more', '생성할 때 옵션을 검사합니다: lr은 0보다 크고, 0 ≤ alpha < 1, eps는 0 이상'), () => {
    expectOptionsChecked(rmsprop, cases.custom, [
      [{ lr: -0.01 }, 'lr', { en: 'a negative lr', ko: '음수 lr' }],
      [{ alpha: 1 }, 'alpha', { en: 'alpha = 1 (v would never change)', ko: 'v가 전혀 바뀌지 않는 alpha = 1' }],
      [{ alpha: -0.1 }, 'alpha', { en: 'a negative alpha', ko: '음수 alpha' }],
      [{ eps: Number.NaN }, 'eps', { en: 'eps = NaN', ko: 'eps = NaN' }],
    ], [{ alpha: 0 }, { eps: 0 }]);
  });
});
