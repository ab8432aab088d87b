// 17 Nesterov — PyTorch's SGD with nesterov = true: b as in Momentum, θ ← θ − lr·(g + μ·b) ([최적화 함수]).
// Expected positions: spec/support/generated/optimizer-cases.ts, written by scripts/generate-optimizer-cases.ts
// (decimal.js, torch.optim's documented algorithm, cross-checked against real torch values).
import { describe, it } from 'vitest';
import { Nesterov } from '@kata/17-nesterov/nesterov';
import { t } from './support';
import { expectArgumentsKept, expectIndependent, expectOptionsChecked, expectPath, expectStepRejects, optimizerCases, underTest } from './support/optimizers';

const nesterov = underTest('Nesterov', (options) => new Nesterov(options as { lr: number }));
const cases = optimizerCases.nesterov;

describe('17 Nesterov', () => {
  it(t('the classic figure\'s momentum run with a look-ahead: lr 0.1, momentum 0.9 from (−7, 2); the first step lands on (−6.867, 1.24) (every step up to 30)', '유명한 비교 그림의 모멘텀에 미리 보기를 더한 것: (−7, 2)에서 lr 0.1, momentum 0.9. 첫 단계는 (−6.867, 1.24)에 도착합니다 (30번째 step까지 전부)'), () => {
    expectPath(nesterov, cases.figure);
  });

  it(t('uses its options: lr 0.05, momentum 0.5 (every step up to 30)', '옵션을 씁니다: lr 0.05, momentum 0.5 (30번째 step까지 전부)'), () => {
    expectPath(nesterov, cases.custom);
  });

  it(t('keeps moving after the gradient drops to zero: the velocity is remembered between calls', '기울기가 0이 된 뒤에도 계속 움직입니다: 속도는 호출 사이에 기억됩니다'), () => {
    expectPath(nesterov, cases.memory);
  });

  it(t('a gradient of 0 for one parameter still updates its velocity: it keeps moving', '한 파라미터의 기울기가 0이어도 그 속도는 갱신됩니다: 계속 움직입니다'), () => {
    expectPath(nesterov, cases.pause);
  });

  it(t('two optimizers taking turns never share their velocity', '번갈아 쓰는 두 옵티마이저는 속도를 공유하지 않습니다'), () => {
    expectIndependent(nesterov, cases.figure, cases.custom);
  });

  it(t('never changes params or grads, returns a new array and keeps no reference to them', 'params와 grads를 바꾸지 않고, 새 배열을 반환하며, 그 참조를 저장하지 않습니다'), () => {
    expectArgumentsKept(nesterov, cases.figure);
  });

  it(t('rejects mismatched lengths, empty arrays, entries that are not finite and a change in the number of parameters', '길이가 다른 배열, 빈 배열, 유한하지 않은 항목, 파라미터 수의 변화를 거부합니다'), () => {
    expectStepRejects(nesterov, cases.memory);
  });

  it(t('checks its options when constructed: lr required and above 0, 0 < momentum < 1', '생성할 때 옵션을 검사합니다: lr은 필수이며 0보다 크고, 0 < momentum < 1'), () => {
    expectOptionsChecked(nesterov, cases.custom, [
      [{ momentum: 0.9 }, 'lr', { en: 'no lr at all', ko: 'lr이 없는 옵션' }],
      [{ lr: 0 }, 'lr', { en: 'lr = 0', ko: 'lr = 0' }],
      [{ lr: 0.1, momentum: 0 }, 'momentum', { en: 'momentum = 0 (PyTorch refuses nesterov without momentum)', ko: 'PyTorch가 거부하는 모멘텀 없는 nesterov, momentum = 0' }],
      [{ lr: 0.1, momentum: 1.2 }, 'momentum', { en: 'momentum above 1', ko: '1보다 큰 momentum' }],
      [{ lr: 0.1, momentum: 1 }, 'momentum', { en: 'momentum = 1 (the velocity never forgets)', ko: '속도가 영원히 잊지 않는 momentum = 1' }],
    ]);
  });
});
