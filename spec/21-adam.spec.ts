// 21 Adam — m, v moving averages of g and g², bias-corrected, θ ← θ − lr·m̂ / (√v̂ + ε) ([최적화 함수]).
// Expected positions: spec/support/generated/optimizer-cases.ts, written by scripts/generate-optimizer-cases.ts
// (decimal.js, torch.optim's documented algorithm, cross-checked against real torch values).
import { describe, it } from 'vitest';
import { Adam } from '@kata/21-adam/adam';
import { t } from './support';
import { expectArgumentsKept, expectFirstStep, expectIndependent, expectOptionsChecked, expectPath, expectStepRejects, optimizerCases, underTest } from './support/optimizers';

const adam = underTest('Adam', (options) => new Adam(options));
const cases = optimizerCases.adam;

describe('21 Adam', () => {
  it(t('the classic figure: lr 0.3 on f(x, y) = x²/20 + y² from (−7, 2); the first step moves both coordinates by 0.3 (every step up to 30)', '유명한 비교 그림: f(x, y) = x²/20 + y², (−7, 2)에서 lr 0.3. 첫 단계는 두 좌표를 모두 0.3만큼 옮깁니다 (30번째 step까지 전부)'), () => {
    expectPath(adam, cases.figure);
  });

  it(t('the defaults: new Adam() is lr 0.001, beta1 0.9, beta2 0.999, eps 1e-8 (every step up to 30)', '기본값: new Adam()은 lr 0.001, beta1 0.9, beta2 0.999, eps 1e-8 (30번째 step까지 전부)'), () => {
    expectPath(adam, cases.defaults, new Adam());
  });

  it(t('uses its options: lr 0.1, beta1 0.5, beta2 0.9, eps 1e-3 (every step up to 30)', '옵션을 씁니다: lr 0.1, beta1 0.5, beta2 0.9, eps 1e-3 (30번째 step까지 전부)'), () => {
    expectPath(adam, cases.custom);
  });

  it(t('tiny gradients (about 1e-6), where the place of ε shows: after √v̂, not inside it, and not in the paper\'s ε̂ form', '아주 작은 기울기(약 1e-6): ε의 위치가 드러납니다. √v̂ 뒤에 더하고, 제곱근 안이나 논문의 ε̂ 형태가 아닙니다'), () => {
    expectPath(adam, cases.tiny);
  });

  it(t('the first step moves each coordinate by lr·g / (|g| + ε): about lr, whatever the size of g (property)', '첫 단계는 각 좌표를 lr·g / (|g| + ε)만큼 옮깁니다: g의 크기와 상관없이 약 lr (속성 기반 테스트)'), () => {
    expectFirstStep(adam, (lr) => new Adam({ lr }), (lr, g) => (lr * g) / (Math.abs(g) + 1e-8));
  });

  it(t('one push, then zero gradients: m keeps it moving, so m, v and t are remembered between calls', '한 번 밀고 그 뒤 기울기 0: m 덕분에 계속 움직입니다. m, v, t는 호출 사이에 기억됩니다'), () => {
    expectPath(adam, cases.memory);
  });

  it(t('a gradient of 0 for one parameter still updates its m and v: it keeps moving', '한 파라미터의 기울기가 0이어도 그 m과 v는 갱신됩니다: 계속 움직입니다'), () => {
    expectPath(adam, cases.pause);
  });

  it(t('two optimizers taking turns never share m, v or t', '번갈아 쓰는 두 옵티마이저는 m, v, t를 공유하지 않습니다'), () => {
    expectIndependent(adam, cases.figure, cases.custom);
  });

  it(t('never changes params or grads, returns a new array and keeps no reference to them', 'params와 grads를 바꾸지 않고, 새 배열을 반환하며, 그 참조를 저장하지 않습니다'), () => {
    expectArgumentsKept(adam, cases.figure);
  });

  it(t('rejects mismatched lengths, empty arrays, entries that are not finite and a change in the number of parameters', '길이가 다른 배열, 빈 배열, 유한하지 않은 항목, 파라미터 수의 변화를 거부합니다'), () => {
    expectStepRejects(adam, cases.memory);
  });

  it(t('checks its options when constructed: lr above 0, 0 ≤ beta1, beta2 < 1, eps 0 or more', '생성할 때 옵션을 검사합니다: lr은 0보다 크고, 0 ≤ beta1, beta2 < 1, eps는 0 이상'), () => {
    expectOptionsChecked(adam, cases.custom, [
      [{ lr: 0 }, 'lr', { en: 'lr = 0', ko: 'lr = 0' }],
      [{ beta1: 1 }, 'beta1', { en: 'beta1 = 1', ko: 'beta1 = 1' }],
      [{ beta1: -0.1 }, 'beta1', { en: 'a negative beta1', ko: '음수 beta1' }],
      [{ beta2: 1.5 }, 'beta2', { en: 'beta2 above 1', ko: '1보다 큰 beta2' }],
      [{ eps: -1e-8 }, 'eps', { en: 'a negative eps', ko: '음수 eps' }],
      [{ beta2: 1 }, 'beta2', { en: 'beta2 = 1', ko: 'beta2 = 1' }],
    ], [{ beta1: 0 }, { beta2: 0 }, { eps: 0 }]);
  });
});
