// 14 train — repeat backprop steps on the article's example and record the loss ([역전파 계산]).
// Expected values: the article's E_total before and after one step, and 1000 epochs of the same
// training worked out with 40-digit decimals (Python's decimal module), written here as literals.
import { describe, expect, it } from 'vitest';
import { train } from '@kata/14-train/train';
import { backpropStep } from '@kata/13-backprop-step/backprop-step';
import { forward } from '@kata/09-forward/forward';
import { mse } from '@kata/10-mse/mse';
import { josa, expectRejects, expectRelative, expectShape, expectUnchanged, shaped, near, t, type Mistake } from './support';
import { article } from './support/network';

const step = t('Backpropagation, worked out [역전파 계산]: E_total', '[역전파 계산] E_total');
const rate = article.learningRate;

/** After 1000 epochs with learning rate 0.5 (40-digit decimals). */
const after1000 = {
  weights: [
    [[0.290926466696262, 0.23185293339252402], [0.39437502945773734, 0.33875005891547466]],
    [[-0.35656468353879733, -0.41850989615458234], [0.44009289014488256, 0.33623689987918887]],
  ],
  loss100: 0.0008489693110526172,
  loss1000: 2.996891285710632e-16,
};

const afterFirstStep = {
  id: 'no-initial-loss',
  en: 'losses[0] is the loss after the first step. Record the loss of the network you were given before any step (0.02397190 for the article), then one loss after each step.',
  ko: 'losses[0]이 첫 단계 뒤의 손실입니다. 먼저 한 번도 갱신하지 않은 받은 네트워크의 손실(글에서 0.02397190)을 기록하고, 그다음 단계마다 손실을 하나씩 기록하세요.',
};

/** losses[0] on its own: the loss after one step instead of before. */
const firstLossMistake: Mistake = { ...afterFirstStep, when: (r) => near(r, article.secondLoss, 1e-6) };

/** The whole list of losses for `epochs` epochs. */
function lossMistakes(epochs: number): Mistake[] {
  const epochsEn = `${epochs} epoch${epochs === 1 ? '' : 's'}`;
  const stepsEn = `${epochs} step${epochs === 1 ? '' : 's'}`;
  const lossesEn = `${epochs + 1} loss${epochs + 1 === 1 ? '' : 'es'}`;
  return [
    { ...afterFirstStep, when: (r) => Array.isArray(r) && near(r[0], article.secondLoss, 1e-6) },
    {
      when: (r) => Array.isArray(r) && r.length === epochs + 2,
      id: 'one-epoch-too-many',
      en: `one epoch too many: ${epochsEn} ${epochs === 1 ? 'is' : 'are'} ${stepsEn}, which give${epochs + 1 === 1 ? 's' : ''} ${lossesEn} (the one before training and one per step).`,
      ko: `한 에포크를 더 돌았습니다. ${epochs} 에포크는 ${epochs}번의 갱신이고, 손실은 ${epochs + 1}개입니다 (학습 전 하나와 단계마다 하나).`,
    },
    {
      when: (r) => Array.isArray(r) && r.length === epochs,
      id: 'no-initial-loss',
      en: `${epochsEn} give${epochs === 1 ? 's' : ''} ${lossesEn}: the loss before training first, then one per step.`,
      ko: `${epochs} 에포크면 손실은 ${epochs + 1}개입니다. 먼저 학습 전의 손실, 그다음 단계마다 하나씩.`,
    },
  ];
}

/** losses[1] (and every later one) recorded before its step: the loss of the network before the update. */
const lossBeforeStep: Mistake = {
  value: article.loss,
  id: 'loss-before-step',
  en: 'the loss was recorded before the step instead of after it: losses[1] is the loss of the network before the update (0.02397190 again). In each epoch take the step first, then record the loss of the new network (0.02323634 after the first step).',
  ko: '손실을 단계 뒤가 아니라 단계 전에 기록했습니다. losses[1]이 갱신 전 네트워크의 손실(다시 0.02397190)입니다. 에포크마다 먼저 한 단계 갱신하고, 그다음 새 네트워크의 손실을 기록하세요 (첫 단계 뒤 0.02323634).',
};

/** The loss written out without the ½ of E = Σ ½(t − o)²: twice E_total at every epoch. */
function lossWithoutHalf(e: number): Mistake {
  return {
    value: 2 * e,
    id: 'loss-without-half',
    en: 'each loss is twice E_total: it was written out as Σ (t − o)², without the ½. Record E_total = Σ ½(t − o)², which your mse from 10 computes: mse(target, output).',
    ko: '손실이 모두 E_total의 두 배입니다. ½ 없이 Σ (t − o)²로 직접 썼습니다. E_total = Σ ½(t − o)²를 기록하세요. 10에서 만든 mse(target, output)가 이 값을 계산합니다.',
  };
}

/** train repeats your backpropStep (13): if that is not right yet, say so rather than blame train. */
const stepNotReady: Mistake = {
  when: () => !near(backpropStep(article.network(), article.input(), article.target(), rate).weights, article.updated().weights, 1e-9),
  id: 'backprop-step-wrong',
  en: 'your backpropStep (13) does not give the article\'s updated weights yet, so training cannot match: finish 13 first (npm test -- 13).',
  ko: '직접 만든 backpropStep(13)이 아직 글의 갱신된 가중치를 내지 못하므로 학습 결과가 맞을 수 없습니다. 먼저 13을 끝내세요 (npm test -- 13).',
};

/** The losses come from your forward (09) and mse (10): if they are not right yet, say so. */
const lossNotReady: Mistake = {
  when: () => !near(mse(article.target(), forward(article.network(), article.input()).a[2]!), article.loss, 1e-9),
  id: 'forward-or-mse-wrong',
  en: 'your forward (09) and mse (10) do not give the article\'s E_total = 0.02397190 yet, so no loss can match: finish 09 and 10 first (npm test -- 09, npm test -- 10).',
  ko: '직접 만든 forward(09)와 mse(10)가 아직 글의 E_total = 0.02397190을 내지 못하므로 어떤 손실도 맞을 수 없습니다. 먼저 09와 10을 끝내세요 (npm test -- 09, npm test -- 10).',
};

const untrained: Mistake = {
  when: (r) => near(r, article.network().weights, 1e-12),
  id: 'untrained-network',
  en: 'the network you returned is the one you were given, untrained: return the network after the last step.',
  ko: '반환한 네트워크가 학습하지 않은, 받은 그대로의 네트워크입니다. 마지막 단계 뒤의 네트워크를 반환하세요.',
};

/** The path of the first array of `yours` that is the very same object as in `given`, if any. */
function sharedArray(yours: unknown, given: unknown, path: string): string | undefined {
  if (!Array.isArray(yours) || !Array.isArray(given)) return undefined;
  if (yours === given) return path;
  for (let i = 0; i < Math.min(yours.length, given.length); i++) {
    const inner = sharedArray(yours[i], given[i], `${path}[${i}]`);
    if (inner) return inner;
  }
  return undefined;
}

describe('14 train', () => {
  it(t('the article: losses[0] = 0.02397190 before any step, losses[1] = 0.02323634 after one', '글의 예: 갱신 전 losses[0] = 0.02397190, 한 번 갱신한 뒤 losses[1] = 0.02323634'), () => {
    const { losses } = train(article.network(), article.input(), article.target(), rate, 1);
    expectShape(losses, [0, 0], 'train(article, 0.5, 1).losses', lossMistakes(1));
    expect(losses[0]).toMatchArticle('0.02397190', { name: 'losses[0] = E_total', step, mistakes: [firstLossMistake, lossNotReady, lossWithoutHalf(article.loss)] });
    expect(losses[1]).toMatchArticle('0.02323634', { name: 'losses[1] = E_total⁺', step, mistakes: [lossBeforeStep, stepNotReady, lossWithoutHalf(article.secondLoss)] });
  });

  it(t('one epoch returns the network of one backprop step (13): w5⁺ = 0.43703857, w1⁺ = 0.29959556 …', '1 에포크는 backprop 한 단계(13)의 네트워크를 반환합니다: w5⁺ = 0.43703857, w1⁺ = 0.29959556 …'), () => {
    const { network } = train(article.network(), article.input(), article.target(), rate, 1);
    expect(network?.weights).toMatchValue(article.updated().weights, { name: 'train(article, 0.5, 1).network.weights', tol: 1e-12, mistakes: [untrained, stepNotReady] });
  });

  it(t('1000 epochs: the loss falls at every epoch, from 0.02397190 to 3.0e-16', '1000 에포크: 손실이 매 에포크 줄어듭니다. 0.02397190에서 3.0e-16까지'), () => {
    const { network, losses } = train(article.network(), article.input(), article.target(), rate, 1000);
    expectShape(losses, new Array<number>(1001).fill(0), 'train(article, 0.5, 1000).losses', lossMistakes(1000));
    expect(losses[0]).toMatchArticle('0.02397190', { name: 'losses[0]', step, mistakes: [firstLossMistake, lossNotReady, lossWithoutHalf(article.loss)] });
    expect(losses[1]).toMatchArticle('0.02323634', { name: 'losses[1]', step, mistakes: [lossBeforeStep, stepNotReady] });
    const k = losses.findIndex((loss, epoch) => epoch > 0 && !(loss < losses[epoch - 1]!));
    expect(k === -1, t(`the loss did not fall at epoch ${k}: from ${losses[k - 1]} to ${losses[k]}`, `${k}번째 에포크에서 손실이 줄지 않았습니다: ${losses[k - 1]}에서 ${josa(losses[k], '으로/로')}`)).toBe(true);
    expectRelative(losses[100], after1000.loss100, 'losses[100]', 1e-9);
    expectRelative(losses[1000], after1000.loss1000, 'losses[1000]', 1e-6);
    expect(network?.weights).toMatchValue(after1000.weights, { name: 'train(article, 0.5, 1000).network.weights', tol: 1e-9, mistakes: [untrained, stepNotReady] });
  });

  it(t('zero epochs: just the loss before training, and an unchanged copy of the network', '0 에포크: 학습 전 손실 하나와 바뀌지 않은 네트워크의 복사본'), () => {
    const given = article.network();
    const { network, losses } = train(given, article.input(), article.target(), rate, 0);
    expect(losses).toMatchValue([article.loss], { name: 'train(article, 0.5, 0).losses', tol: 1e-12, mistakes: [...lossMistakes(0), lossNotReady, { ...lossWithoutHalf(article.loss), value: [2 * article.loss] }] });
    expect(network?.weights).toMatchValue(article.network().weights, { name: 'train(article, 0.5, 0).network.weights', tol: 0 });
    const shared = network === given ? 'network' : sharedArray(network?.weights, given.weights, 'network.weights');
    expect(shared, t(
      `with 0 epochs train returned ${shared === 'network' ? 'the very network it was given' : `the caller's own array as ${shared}`}: return a copy, even when there is nothing to train, so that changing the result never changes the caller's network.`,
      `0 에포크일 때 train이 ${shared === 'network' ? '받은 네트워크 그 자체를' : `호출한 쪽의 배열을 ${josa(shared, '으로/로')}`} 반환했습니다. 학습할 것이 없어도 복사본을 반환해야 결과를 바꿔도 호출한 쪽의 네트워크가 바뀌지 않습니다.`,
    )).toBeUndefined();
  });

  it(t('does not change the network, the input or the target it was given', '받은 네트워크, 입력, 목표를 바꾸지 않습니다'), () => {
    expectUnchanged([article.network(), article.input(), article.target()] as const, ['network', 'input', 'target'], (network, input, target) => train(network, input, target, rate, 5), (r) => {
      shaped('train(article, 0.5, 5)', { losses: [0, 0, 0, 0, 0, 0] })(r);
      shaped('train(article, 0.5, 5).network', { weights: article.network().weights })((r as { network?: unknown }).network);
    });
  });

  it(t('rejects a number of epochs that is not a whole number, 0 or more, and a learning rate that is not positive', '0 이상의 정수가 아닌 에포크 수와 양수가 아닌 학습률을 거부합니다'), () => {
    expectRejects(() => train(article.network(), article.input(), article.target(), rate, -1), 'epochs', 'epochs = −1');
    expectRejects(() => train(article.network(), article.input(), article.target(), rate, 2.5), 'epochs', 'epochs = 2.5');
    expectRejects(() => train(article.network(), article.input(), article.target(), rate, Number.NaN), 'epochs', 'epochs = NaN');
    expectRejects(() => train(article.network(), article.input(), article.target(), 0, 3), 'learningRate', t('a learning rate of 0', '학습률 0'));
  });
});
