// 17 Nesterov — held-out checks (never given to students; see spec/held-out/support/optimizer-cases.ts).
import { describe, it } from 'vitest';
import { Nesterov } from '@kata/17-nesterov/nesterov';
import { contract, expectRejects, t } from '../support';
import { expectArgumentsKept, expectPath, expectStepRejects, underTest } from '../support/optimizers';
import { heldOutOptimizerCases } from './support/optimizer-cases';

const optimizer = underTest('Nesterov', (options) => new Nesterov(options as { lr: number }));
const cases = heldOutOptimizerCases.nesterov;

describe('17 Nesterov (held-out)', () => {
  it(t('another start, other options: (4.5, −1.25) on f(x, y) = x²/20 + y² (every step up to 12)', '다른 출발점과 옵션: f(x, y) = x²/20 + y²에서 (4.5, −1.25) (12번째 step까지 전부)'), () => {
    expectPath(optimizer, cases.away);
  });

  it(t('three parameters and five fixed gradients, the last one zero', '파라미터 셋과 고정된 기울기 다섯 개, 마지막은 0'), () => {
    expectPath(optimizer, cases.bumps);
  });

  it(t('keeps its arguments, rejects bad ones, and checks lr', '인자를 그대로 두고, 잘못된 인자를 거부하며, lr을 검사합니다'), contract(() => {
    expectArgumentsKept(optimizer, cases.bumps);
    expectStepRejects(optimizer, cases.bumps);
    expectRejects(() => optimizer.make({ ...cases.bumps.options, lr: -0.5 }), 'lr', 'lr = −0.5');
  }));
});
