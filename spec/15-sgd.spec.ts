// 15 SGD — θ ← θ − lr·g and the Optimizer interface of chapter 4 ([최적화 함수]).
// Expected positions: spec/support/generated/optimizer-cases.ts, written by scripts/generate-optimizer-cases.ts
// (decimal.js, torch.optim's documented algorithm, cross-checked against real torch values).
import { describe, expect, it } from 'vitest';
import { SGD } from '@kata/15-sgd/sgd';
import { near, t } from './support';
import { expectArgumentsKept, expectOptionsChecked, expectPath, expectStepRejects, optimizerCases, underTest } from './support/optimizers';

const sgd = underTest('SGD', (options) => new SGD(options as { lr: number }));
const cases = optimizerCases.sgd;

describe('15 SGD', () => {
  it(t('the classic figure: lr 0.95 on f(x, y) = x²/20 + y² from (−7, 2) zigzags across the valley (every step up to 30)', '유명한 비교 그림: f(x, y) = x²/20 + y², (−7, 2)에서 lr 0.95는 골짜기를 지그재그로 가로지릅니다 (30번째 step까지 전부)'), () => {
    expectPath(sgd, cases.figure);
  });

  it(t('lr 0.1 on the same valley: y settles fast, x crawls (every step up to 30)', '같은 골짜기에서 lr 0.1: y는 빨리 자리 잡고 x는 느리게 기어갑니다 (30번째 step까지 전부)'), () => {
    expectPath(sgd, cases.slow);
  });

  it(t('moves every entry of a longer vector, each against its own gradient', '더 긴 벡터의 모든 항목을 각자의 기울기 반대쪽으로 옮깁니다'), () => {
    expectPath(sgd, cases.vector);
  });

  it(t('remembers nothing: the same call gives the same answer, and each call may bring a different number of parameters', '아무것도 기억하지 않습니다: 같은 호출은 같은 답을 내고, 호출마다 파라미터 수가 달라도 됩니다'), () => {
    const optimizer = new SGD({ lr: 0.5 });
    // [2, −2] reversed is −g: a gradient read backwards looks uphill here. Each slip is confirmed where it stands alone.
    const alsoOn = (expected: number[]) => () => {
      try {
        return near(new SGD({ lr: 0.5 }).step([1, 2, 3], [1, 2, 4]), expected, 1e-12);
      } catch {
        return false;
      }
    };
    const twoMistakes = [
      { value: [2, 1], also: alsoOn([1.5, 3, 5]), id: 'uphill', en: 'the parameters moved uphill: θ − lr·g, not θ + lr·g.', ko: '파라미터가 오르막으로 움직였습니다. θ + lr·g 가 아니라 θ − lr·g 입니다.' },
      { value: [0.5, 2.5], also: alsoOn([0.75, 1.5, 2]), id: 'lr-twice', en: 'lr is applied twice: θ − lr·g multiplies by lr once.', ko: 'lr을 두 번 곱했습니다. θ − lr·g 는 lr을 한 번만 곱합니다.' },
    ];
    expect(optimizer.step([1, 2], [2, -2])).toMatchValue([0, 3], { name: 'SGD({ lr: 0.5 }).step([1, 2], [2, -2])', mistakes: twoMistakes });
    // The very same call at once, and new params of the same length: a step starts from the params it is given.
    const stepsFromItsOwn = {
      id: 'steps-from-its-last-result',
      en: 'this step started from your previous result, not from the params it was given: SGD keeps nothing, and each call moves the params of that call.',
      ko: '이번 step이 받은 params가 아니라 직전 결과에서 출발했습니다. SGD는 아무것도 보관하지 않으며, 호출마다 그 호출의 params를 움직입니다.',
    };
    expect(optimizer.step([1, 2], [2, -2])).toMatchValue([0, 3], { name: t('the same .step([1, 2], [2, -2]) once more', '같은 .step([1, 2], [2, -2])를 한 번 더'), mistakes: [{ ...stepsFromItsOwn, value: [-1, 4] }, ...twoMistakes] });
    expect(optimizer.step([10, 20], [0, 0])).toMatchValue([10, 20], { name: t('then .step([10, 20], [0, 0]): a zero gradient leaves the params given', '이어서 .step([10, 20], [0, 0]): 기울기가 0이면 받은 params 그대로'), mistakes: [{ ...stepsFromItsOwn, when: (r) => Array.isArray(r) && r[0] !== 10 }] });
    expect(optimizer.step([1, 2, 3], [1, 1, 1])).toMatchValue([0.5, 1.5, 2.5], { name: t('then .step([1, 2, 3], [1, 1, 1])', '이어서 .step([1, 2, 3], [1, 1, 1])') });
    expect(optimizer.step([1, 2], [2, -2])).toMatchValue([0, 3], { name: t('then .step([1, 2], [2, -2]) again', '이어서 다시 .step([1, 2], [2, -2])'), mistakes: twoMistakes });
  });

  it(t('never changes params or grads, returns a new array and keeps no reference to them', 'params와 grads를 바꾸지 않고, 새 배열을 반환하며, 그 참조를 저장하지 않습니다'), () => {
    expectArgumentsKept(sgd, cases.figure);
  });

  it(t('rejects mismatched lengths, empty arrays and entries that are not finite', '길이가 다른 배열, 빈 배열, 유한하지 않은 항목을 거부합니다'), () => {
    expectStepRejects(sgd, cases.vector);
  });

  it(t('checks lr when constructed: it is required and must be a finite number above 0', '생성할 때 lr을 검사합니다: 필수이며 0보다 큰 유한한 숫자여야 합니다'), () => {
    expectOptionsChecked(sgd, cases.figure, [
      [{}, 'lr', { en: 'no lr at all', ko: 'lr이 없는 옵션' }],
      [{ lr: 0 }, 'lr', { en: 'lr = 0', ko: 'lr = 0' }],
      [{ lr: -0.1 }, 'lr', { en: 'a negative lr', ko: '음수 lr' }],
      [{ lr: Number.NaN }, 'lr', { en: 'lr = NaN', ko: 'lr = NaN' }],
      [{ lr: Infinity }, 'lr', { en: 'lr = Infinity', ko: 'lr = Infinity' }],
    ], [{ lr: 1 }, { lr: 1.5 }]);
  });

  it(t('two SGDs with different lr each keep their own', 'lr이 다른 두 SGD는 각자의 lr을 씁니다'), () => {
    const first = new SGD({ lr: 0.5 });
    const second = new SGD({ lr: 0.1 });
    const shared = {
      id: 'lr-shared',
      en: 'the first SGD stepped with the second one\'s lr (0.1): lr is kept where every instance shares it, a static field or a module-level variable. Keep it in a field of the instance: this.lr = lr.',
      ko: '첫 번째 SGD가 두 번째 것의 lr(0.1)로 움직였습니다. lr을 모든 인스턴스가 함께 쓰는 곳(static 필드나 모듈 변수)에 두었습니다. 인스턴스의 필드에 두세요: this.lr = lr.',
    };
    expect(first.step([1, 2], [2, -2])).toMatchValue([0, 3], { name: t('SGD({ lr: 0.5 }).step([1, 2], [2, -2]), made before an SGD({ lr: 0.1 })', 'SGD({ lr: 0.1 })보다 먼저 만든 SGD({ lr: 0.5 }).step([1, 2], [2, -2])'), mistakes: [{ ...shared, value: [0.8, 2.2] }] });
    expect(second.step([1, 2], [2, -2])).toMatchValue([0.8, 2.2], { name: 'SGD({ lr: 0.1 }).step([1, 2], [2, -2])' });
  });
});
