// The held-out checks every optimizer exercise (15–22) shares: its path from another start with other
// options, a path of fixed gradients with a zero one before the last, and its contracts — on cases no public spec shows
// (optimizer-cases.ts, written by npm run generate:optimizers).
import { it } from 'vitest';
import { contract, expectRejects, t } from '../../support';
import { expectArgumentsKept, expectNaNRejected, expectOptionsChecked, expectPath, expectStepRejects, type OptimizerUnderTest } from '../../support/optimizers';
import { type OptimizerCase, optimizerDefaults } from '../../support/generated/optimizer-cases';

/** `edges`: options at the closed ends of their ranges, all at once (eps 0 with alpha 0 …), or beyond a bound a learner may assume (SGD's lr 2): they must be accepted. */
export function heldOutOptimizerTests(optimizer: OptimizerUnderTest, cases: { away: OptimizerCase; bumps: OptimizerCase; plain?: OptimizerCase }, edges?: Record<string, number>): void {
  const plain = cases.plain;
  if (plain) {
    it(t("torch's defaults (lr aside, where it has none) from another start (every step up to 12)", 'torch의 기본값(기본값이 없는 lr은 빼고)으로 다른 출발점에서 (12번째 step까지 전부)'), () => {
      expectPath(optimizer, plain);
    });
  }

  it(t('another start, other options on f(x, y) = x²/20 + y² (every step up to 12)', '다른 출발점과 옵션으로 f(x, y) = x²/20 + y² (12번째 step까지 전부)'), () => {
    expectPath(optimizer, cases.away);
  });

  it(t('three parameters and six fixed gradients, the fifth all zero', '파라미터 셋과 고정된 기울기 여섯 개, 다섯 번째는 모두 0'), () => {
    expectPath(optimizer, cases.bumps);
  });

  it(t('two instances with different lr: each keeps its own', 'lr이 다른 두 인스턴스: 각자의 lr을 씁니다'), () => {
    const first = optimizer.make(cases.bumps.options);
    optimizer.make({ ...cases.bumps.options, lr: (cases.bumps.options.lr ?? 1) * 3 });
    expectPath(optimizer, cases.bumps, first);
  });

  it(t('keeps its arguments, rejects bad ones, and checks lr', '인자를 그대로 두고, 잘못된 인자를 거부하며, lr을 검사합니다'), contract(() => {
    expectArgumentsKept(optimizer, cases.bumps);
    expectStepRejects(optimizer, cases.bumps);
    expectRejects(() => optimizer.make({ ...cases.bumps.options, lr: -0.5 }), 'lr', 'lr = −0.5', 'RangeError');
    if (edges) expectOptionsChecked(optimizer, cases.bumps, [], [edges]);
    expectNaNRejected(optimizer, cases.bumps, [...new Set(['lr', ...Object.keys(optimizerDefaults[optimizer.name.toLowerCase()] ?? {})])]);
  }));
}
