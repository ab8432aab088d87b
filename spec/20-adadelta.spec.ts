// 20 Adadelta — v ← ρ·v + (1 − ρ)·g², Δ = √(u + ε)/√(v + ε)·g, u ← ρ·u + (1 − ρ)·Δ², θ ← θ − lr·Δ ([최적화 함수]).
// Expected positions: spec/support/generated/optimizer-cases.ts, written by scripts/generate-optimizer-cases.ts
// (decimal.js, torch.optim's documented algorithm, cross-checked against real torch values).
import { describe, it } from 'vitest';
import { Adadelta } from '@kata/20-adadelta/adadelta';
import { t } from './support';
import { expectArgumentsKept, expectFirstStep, expectIndependent, expectOptionsChecked, expectPath, expectStepRejects, optimizerCases, underTest } from './support/optimizers';

const adadelta = underTest('Adadelta', (options) => new Adadelta(options));
const cases = optimizerCases.adadelta;

describe('20 Adadelta', () => {
  it(t('the defaults on f(x, y) = x²/20 + y² from (−7, 2): new Adadelta() is lr 1, rho 0.9, eps 1e-6, and starts very slowly (every step up to 30)', 'f(x, y) = x²/20 + y², (−7, 2)에서 기본값: new Adadelta()는 lr 1, rho 0.9, eps 1e-6이고 아주 천천히 출발합니다 (30번째 step까지 전부)'), () => {
    expectPath(adadelta, cases.defaults, new Adadelta());
  });

  it(t('uses its options: lr 0.5, rho 0.95, eps 1e-4 (every step up to 30)', '옵션을 씁니다: lr 0.5, rho 0.95, eps 1e-4 (30번째 step까지 전부)'), () => {
    expectPath(adadelta, cases.custom);
  });

  it(t('the same gradient three times: the steps grow as u, the memory of past steps, fills up', '같은 기울기를 세 번: 지난 단계의 기억 u가 차오르면서 단계가 커집니다'), () => {
    expectPath(adadelta, cases.memory);
  });

  it(t('a zero gradient in between, for both parameters and then for one, still decays both averages: the third step is not the first one again', '중간의 기울기 0에도(두 파라미터 모두, 그다음 하나만) 두 이동 평균은 줄어듭니다: 세 번째 단계는 첫 단계와 같지 않습니다'), () => {
    expectPath(adadelta, cases.pause);
    expectPath(adadelta, cases.pauseOne);
  });

  it(t('the first step is √ε / √((1 − ρ)·g² + ε) · g: about √(ε / (1 − ρ)) ≈ 0.0032 unless g is tiny (property)', '첫 단계는 √ε / √((1 − ρ)·g² + ε) · g: g가 아주 작지 않으면 약 √(ε / (1 − ρ)) ≈ 0.0032 (속성 기반 테스트)'), () => {
    expectFirstStep(adadelta, (lr) => new Adadelta({ lr }), (lr, g) => ((lr * Math.sqrt(1e-6)) / Math.sqrt(0.1 * g * g + 1e-6)) * g);
  });

  it(t('two optimizers taking turns never share their averages', '번갈아 쓰는 두 옵티마이저는 이동 평균을 공유하지 않습니다'), () => {
    expectIndependent(adadelta, cases.defaults, cases.custom);
  });

  it(t('never changes params or grads, returns a new array and keeps no reference to them', 'params와 grads를 바꾸지 않고, 새 배열을 반환하며, 그 참조를 저장하지 않습니다'), () => {
    expectArgumentsKept(adadelta, cases.defaults);
  });

  it(t('rejects mismatched lengths, empty arrays, entries that are not finite and a change in the number of parameters', '길이가 다른 배열, 빈 배열, 유한하지 않은 항목, 파라미터 수의 변화를 거부합니다'), () => {
    expectStepRejects(adadelta, cases.memory);
  });

  it(t('checks its options when constructed: lr above 0, 0 ≤ rho < 1, eps 0 or more', '생성할 때 옵션을 검사합니다: lr은 0보다 크고, 0 ≤ rho < 1, eps는 0 이상'), () => {
    expectOptionsChecked(adadelta, cases.custom, [
      [{ lr: 0 }, 'lr', { en: 'lr = 0', ko: 'lr = 0' }],
      [{ rho: 1 }, 'rho', { en: 'rho = 1 (the averages would never change)', ko: '이동 평균이 전혀 바뀌지 않는 rho = 1' }],
      [{ rho: -0.5 }, 'rho', { en: 'a negative rho', ko: '음수 rho' }],
      [{ eps: -1e-6 }, 'eps', { en: 'a negative eps', ko: '음수 eps' }],
    ], [{ rho: 0 }, { eps: 0 }]);
  });
});
