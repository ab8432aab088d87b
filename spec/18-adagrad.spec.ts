// 18 Adagrad — s ← s + g², θ ← θ − lr·g / (√s + ε), ε outside the root ([최적화 함수]).
// Expected positions: spec/support/generated/optimizer-cases.ts, written by scripts/generate-optimizer-cases.ts
// (decimal.js, torch.optim's documented algorithm, cross-checked against real torch values).
import { describe, it } from 'vitest';
import { Adagrad } from '@kata/18-adagrad/adagrad';
import { t } from './support';
import { expectArgumentsKept, expectFirstStep, expectIndependent, expectOptionsChecked, expectPath, expectStepRejects, optimizerCases, underTest } from './support/optimizers';

const adagrad = underTest('Adagrad', (options) => new Adagrad(options));
const cases = optimizerCases.adagrad;

describe('18 Adagrad', () => {
  it(t('the classic figure: lr 1.5 on f(x, y) = x²/20 + y² from (−7, 2); the first step moves both coordinates by 1.5 (every step up to 30)', '유명한 비교 그림: f(x, y) = x²/20 + y², (−7, 2)에서 lr 1.5. 첫 단계는 두 좌표를 모두 1.5만큼 옮깁니다 (30번째 step까지 전부)'), () => {
    expectPath(adagrad, cases.figure);
  });

  it(t('the defaults: new Adagrad() is lr 0.01, eps 1e-10, initialAccumulatorValue 0 (every step up to 30)', '기본값: new Adagrad()는 lr 0.01, eps 1e-10, initialAccumulatorValue 0 (30번째 step까지 전부)'), () => {
    expectPath(adagrad, cases.defaults, new Adagrad());
  });

  it(t('uses its options: lr 0.5, eps 1e-3, initialAccumulatorValue 0.1 (every step up to 30)', '옵션을 씁니다: lr 0.5, eps 1e-3, initialAccumulatorValue 0.1 (30번째 step까지 전부)'), () => {
    expectPath(adagrad, cases.custom);
  });

  it(t('tiny gradients (about 1e-6): ε = 1e-10 outside the root barely matters, so each step is still about lr', '아주 작은 기울기(약 1e-6): 제곱근 밖의 ε = 1e-10은 거의 영향이 없어 단계마다 여전히 약 lr만큼 움직입니다'), () => {
    expectPath(adagrad, cases.tiny);
  });

  it(t('the same gradient three times: each step is smaller than the last (1, 1/√2, 1/√3 of the first), because s is remembered', '같은 기울기를 세 번: s를 기억하므로 단계가 점점 작아집니다 (첫 단계의 1, 1/√2, 1/√3)'), () => {
    expectPath(adagrad, cases.memory);
  });

  it(t('the first step moves each coordinate by lr·g / (|g| + ε): about lr, whatever the size of g (property)', '첫 단계는 각 좌표를 lr·g / (|g| + ε)만큼 옮깁니다: g의 크기와 상관없이 약 lr (속성 기반 테스트)'), () => {
    expectFirstStep(adagrad, (lr) => new Adagrad({ lr }), (lr, g) => (lr * g) / (Math.abs(g) + 1e-10));
  });

  it(t('two optimizers taking turns never share their sums', '번갈아 쓰는 두 옵티마이저는 합을 공유하지 않습니다'), () => {
    expectIndependent(adagrad, cases.figure, cases.custom);
  });

  it(t('never changes params or grads, returns a new array and keeps no reference to them', 'params와 grads를 바꾸지 않고, 새 배열을 반환하며, 그 참조를 저장하지 않습니다'), () => {
    expectArgumentsKept(adagrad, cases.figure);
  });

  it(t('rejects mismatched lengths, empty arrays, entries that are not finite and a change in the number of parameters', '길이가 다른 배열, 빈 배열, 유한하지 않은 항목, 파라미터 수의 변화를 거부합니다'), () => {
    expectStepRejects(adagrad, cases.memory);
  });

  it(t('checks its options when constructed: lr above 0, eps and initialAccumulatorValue 0 or more', '생성할 때 옵션을 검사합니다: lr은 0보다 크고, eps와 initialAccumulatorValue는 0 이상'), () => {
    expectOptionsChecked(adagrad, cases.custom, [
      [{ lr: 0 }, 'lr', { en: 'lr = 0', ko: 'lr = 0' }],
      [{ lr: Infinity }, 'lr', { en: 'lr = Infinity', ko: 'lr = Infinity' }],
      [{ eps: -1e-10 }, 'eps', { en: 'a negative eps', ko: '음수 eps' }],
      [{ initialAccumulatorValue: -0.1 }, 'initialAccumulatorValue', { en: 'a negative initialAccumulatorValue', ko: '음수 initialAccumulatorValue' }],
    ], [{ eps: 0 }, { initialAccumulatorValue: 0 }]);
  });
});
