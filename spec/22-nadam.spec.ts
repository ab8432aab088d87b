// 22 NAdam — Adam with Nesterov's look-ahead: μₜ = β1·(1 − ½·0.96^(tψ)) and a running product of μ ([최적화 함수]).
// Expected positions: spec/support/generated/optimizer-cases.ts, written by scripts/generate-optimizer-cases.ts
// (decimal.js, torch.optim's documented algorithm, cross-checked against real torch values).
import { describe, it } from 'vitest';
import { NAdam } from '@kata/22-nadam/nadam';
import { t } from './support';
import { expectArgumentsKept, expectIndependent, expectOptionsChecked, expectPath, expectStepRejects, optimizerCases, underTest } from './support/optimizers';

const nadam = underTest('NAdam', (options) => new NAdam(options));
const cases = optimizerCases.nadam;

describe('22 NAdam', () => {
  it(t('the defaults on f(x, y) = x²/20 + y² from (−7, 2): new NAdam() is lr 0.002, beta1 0.9, beta2 0.999, eps 1e-8, momentumDecay 0.004 (every step up to 30)', 'f(x, y) = x²/20 + y², (−7, 2)에서 기본값: new NAdam()은 lr 0.002, beta1 0.9, beta2 0.999, eps 1e-8, momentumDecay 0.004 (30번째 step까지 전부)'), () => {
    expectPath(nadam, cases.defaults, new NAdam());
  });

  it(t('with the classic figure\'s Adam rate, lr 0.3, for comparison with Adam (every step up to 30)', 'Adam과 비교하도록 유명한 그림의 Adam 학습률 lr 0.3으로 (30번째 step까지 전부)'), () => {
    expectPath(nadam, cases.figure);
  });

  it(t('uses its options: lr 0.1, beta1 0.8, beta2 0.99, eps 1e-3, momentumDecay 0.1 (every step up to 30)', '옵션을 씁니다: lr 0.1, beta1 0.8, beta2 0.99, eps 1e-3, momentumDecay 0.1 (30번째 step까지 전부)'), () => {
    expectPath(nadam, cases.custom);
  });

  it(t('tiny gradients (about 1e-6), where the place of ε shows', '아주 작은 기울기(약 1e-6): ε의 위치가 드러납니다'), () => {
    expectPath(nadam, cases.tiny);
  });

  it(t('one push, then zero gradients: m keeps it moving, so m, v, t and the product of μ are remembered between calls', '한 번 밀고 그 뒤 기울기 0: m 덕분에 계속 움직입니다. m, v, t와 μ의 누적 곱은 호출 사이에 기억됩니다'), () => {
    expectPath(nadam, cases.memory);
  });

  it(t('a gradient of 0 for one parameter still updates its m and v: it keeps moving', '한 파라미터의 기울기가 0이어도 그 m과 v는 갱신됩니다: 계속 움직입니다'), () => {
    expectPath(nadam, cases.pause);
  });

  it(t('two optimizers taking turns never share their state', '번갈아 쓰는 두 옵티마이저는 상태를 공유하지 않습니다'), () => {
    expectIndependent(nadam, cases.figure, cases.custom);
  });

  it(t('never changes params or grads, returns a new array and keeps no reference to them', 'params와 grads를 바꾸지 않고, 새 배열을 반환하며, 그 참조를 저장하지 않습니다'), () => {
    expectArgumentsKept(nadam, cases.figure);
  });

  it(t('rejects mismatched lengths, empty arrays, entries that are not finite and a change in the number of parameters', '길이가 다른 배열, 빈 배열, 유한하지 않은 항목, 파라미터 수의 변화를 거부합니다'), () => {
    expectStepRejects(nadam, cases.memory);
  });

  it(t('checks its options when constructed: lr above 0, 0 ≤ beta1, beta2 < 1, eps and momentumDecay 0 or more', '생성할 때 옵션을 검사합니다: lr은 0보다 크고, 0 ≤ beta1, beta2 < 1, eps와 momentumDecay는 0 이상'), () => {
    expectOptionsChecked(nadam, cases.custom, [
      [{ lr: -1 }, 'lr', { en: 'a negative lr', ko: '음수 lr' }],
      [{ beta1: 1 }, 'beta1', { en: 'beta1 = 1', ko: 'beta1 = 1' }],
      [{ beta2: -0.5 }, 'beta2', { en: 'a negative beta2', ko: '음수 beta2' }],
      [{ eps: -1 }, 'eps', { en: 'a negative eps', ko: '음수 eps' }],
      [{ momentumDecay: -0.004 }, 'momentumDecay', { en: 'a negative momentumDecay', ko: '음수 momentumDecay' }],
      [{ beta2: 1 }, 'beta2', { en: 'beta2 = 1', ko: 'beta2 = 1' }],
    ], [{ beta1: 0 }, { beta2: 0 }, { eps: 0 }, { momentumDecay: 0 }]);
  });
});
