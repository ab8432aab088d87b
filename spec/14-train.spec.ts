// 14 train — repeat backprop steps on the article's example and record the loss ([역전파 계산]).
// Expected values: the article's E_total before and after one step, and 1000 epochs of the same
// training worked out with 40-digit decimals (Python's decimal module), written here as literals.
import { describe, expect, it } from 'vitest';
import { train } from '@kata/14-train/train';
import { backpropStep } from '@kata/13-backprop-step/backprop-step';
import { forward } from '@kata/09-forward/forward';
import { mse } from '@kata/10-mse/mse';
import { josa, explainThrow, expectRejects, expectRelative, expectShape, expectUnchanged, shaped, near, show, t, type Mistake, type Nested } from './support';
import { noteMistake } from './support/evidence';
import { article, deepExample, deepStepped } from './support/network';

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

/**
 * The whole list of losses for `epochs` epochs. `network` is the network the same call returned; `after` is
 * the right network after `epochs` steps and `oneFewer` after `epochs − 1` (when known): a list one loss
 * short is told apart by it (each loss recorded before its step, or the loop one step short).
 */
function lossMistakes(epochs: number, network?: unknown, after?: Nested, oneFewer?: Nested, losses = { before: article.loss, afterOne: article.secondLoss }): Mistake[] {
  const epochsEn = `${epochs} epoch${epochs === 1 ? '' : 's'}`;
  const stepsEn = `${epochs} step${epochs === 1 ? '' : 's'}`;
  const lossesEn = `${epochs + 1} loss${epochs + 1 === 1 ? '' : 'es'}`;
  const oneShort = (r: unknown) => Array.isArray(r) && r.length === epochs && epochs > 0 && near(r[0], losses.before, 1e-6);
  const weights = (network as { weights?: unknown } | undefined)?.weights;
  const tooFew = [
    'one-epoch-too-few',
    oneFewer,
    `the loop ran ${epochs - 1} time${epochs - 1 === 1 ? '' : 's'}, one step too few (${epochsEn} ${epochs === 1 ? 'is' : 'are'} ${stepsEn}): check the loop's bounds.`,
    `반복문이 ${epochs - 1}번만 돌아 한 단계가 모자랍니다 (${epochs} 에포크는 ${epochs}번의 갱신입니다). 반복문의 시작과 끝을 확인하세요.`,
  ] as const;
  const beforeStep = [
    'loss-before-step',
    after,
    `each loss was recorded before its step, so the loss after the last step is missing: take the step first, then record the loss of the new network.`,
    `손실을 단계마다 갱신 전에 기록해서 마지막 단계 뒤의 손실이 없습니다. 먼저 갱신하고 새 네트워크의 손실을 기록하세요.`,
  ] as const;
  return [
    { ...afterFirstStep, when: (r) => Array.isArray(r) && near(r[0], losses.afterOne, 1e-6) },
    {
      when: (r) => Array.isArray(r) && r.length === epochs + 2,
      id: 'one-epoch-too-many',
      en: `one epoch too many: ${epochsEn} ${epochs === 1 ? 'is' : 'are'} ${stepsEn}, which give${epochs + 1 === 1 ? 's' : ''} ${lossesEn} (the one before training and one per step).`,
      ko: `한 에포크를 더 돌았습니다. ${epochs} 에포크는 ${epochs}번의 갱신이고, 손실은 ${epochs + 1}개입니다 (학습 전 하나와 단계마다 하나).`,
    },
    {
      when: (r) => oneShort(r) && after !== undefined && near(weights, after, 1e-9),
      id: 'loss-before-step',
      en: `the loss after the last step is missing: the network took ${epochs === 1 ? 'its one step' : `all ${stepsEn}`}, but each loss was recorded before its step. Record the loss before training once, then in each epoch take the step first and record the loss of the new network: ${lossesEn}.`,
      ko: `마지막 단계 뒤의 손실이 없습니다. 네트워크는 ${epochs === 1 ? '한 번' : `${epochs}번 모두`} 갱신됐지만 손실을 단계마다 갱신 전에 기록했습니다. 학습 전 손실을 한 번 기록하고, 에포크마다 먼저 갱신한 다음 새 네트워크의 손실을 기록하세요. 손실은 ${epochs + 1}개입니다.`,
    },
    {
      when: (r) => oneShort(r) && oneFewer !== undefined && near(weights, oneFewer, 1e-9),
      id: 'one-epoch-too-few',
      en: `one step too few: the loop ran ${epochs - 1} time${epochs - 1 === 1 ? '' : 's'}, so the returned network took ${epochs - 1} step${epochs - 1 === 1 ? '' : 's'} and the last loss is missing. Check the loop's bounds: ${epochsEn} ${epochs === 1 ? 'is' : 'are'} ${stepsEn}.`,
      ko: `한 단계가 모자랍니다. 반복문이 ${epochs - 1}번만 돌아서 반환한 네트워크도 ${epochs - 1}번만 갱신됐고 마지막 손실이 없습니다. 반복문의 시작과 끝을 확인하세요. ${epochs} 에포크는 ${epochs}번의 갱신입니다.`,
    },
    {
      when: (r) => oneShort(r) && !(after !== undefined && near(weights, after, 1e-9)) && !(oneFewer !== undefined && near(weights, oneFewer, 1e-9)),
      id: 'last-loss-missing',
      symptom: true,
      en: `the loss before training is there, but the last one is missing: ${epochsEn} give${epochs === 1 ? 's' : ''} ${lossesEn}. Either the loop takes one step too few, or each loss is recorded before its step.`,
      ko: `학습 전 손실은 있지만 마지막 손실이 없습니다. ${epochs} 에포크면 손실은 ${epochs + 1}개입니다. 반복문이 한 단계 덜 돌았거나, 손실을 단계마다 갱신 전에 기록했을 수 있습니다.`,
    },
    // With the hidden layer's loss in place of the output's (the article's net only): both slips named.
    ...[tooFew, beforeStep].map(([id, model, en, ko]) => ({
      when: (r: unknown) =>
        losses.before === article.loss && Array.isArray(r) && r.length === epochs && epochs > 0 && near(r[0], hiddenLayerLoss.value as number, 1e-6) && model !== undefined && near(weights, model as Nested, 1e-9),
      id,
      en: `two slips. First, ${hiddenLayerLoss.en} Second, ${en}`,
      ko: `실수가 두 가지입니다. 첫째, ${hiddenLayerLoss.ko} 둘째, ${ko}`,
    })),
    {
      when: (r) => Array.isArray(r) && r.length === epochs && !near(r[0], losses.before, 1e-6) && !near(r[0], losses.afterOne, 1e-6),
      id: 'losses-one-short',
      symptom: true,
      en: `${epochsEn} give${epochs === 1 ? 's' : ''} ${lossesEn}: the loss before training first, then one per step.`,
      ko: `${epochs} 에포크면 손실은 ${epochs + 1}개입니다. 먼저 학습 전의 손실, 그다음 단계마다 하나씩.`,
    },
  ];
}

/** losses[0] taken on the output's pre-activations z[2] instead of o = σ(z): ½ Σ (t − z)² with the article's z3, z4. */
const lossOnZ: Mistake = {
  value: article.target().reduce((sum, t, k) => sum + 0.5 * (t - article.pass().z[2]![k]!) ** 2, 0),
  id: 'loss-on-z',
  en: 'this is the error of z3, z4, the output layer before σ: the loss compares the outputs o = σ(z), a[a.length − 1] of the forward pass, with the target.',
  ko: 'σ를 적용하기 전의 출력층 z3, z4의 오차입니다. 손실은 출력 o = σ(z), 즉 순전파의 a[a.length − 1]을 목표와 비교합니다.',
};

/** losses[1] after a step that was handed the target as the input and the input as the target (Python's decimal, 60 digits). */
const inputTargetSwapped: Mistake = {
  value: 0.02169015661443231,
  id: 'input-target-swapped',
  en: 'the step was trained with input and target swapped: backpropStep takes (network, input, target, learningRate), in that order. (With two inputs and two outputs nothing complains about the lengths.)',
  ko: '입력과 목표를 바꿔서 학습했습니다. backpropStep은 (network, input, target, learningRate) 순서로 받습니다. (입력도 출력도 두 개라 길이로는 드러나지 않습니다.)',
};

/** losses[0] taken at the hidden layer a[1] instead of the output a[2]: ½ Σ (t − h)² with the article's h1, h2. */
const hiddenLayerLoss: Mistake = {
  value: article.target().reduce((sum, t, k) => sum + 0.5 * (t - article.pass().a[1]![k]!) ** 2, 0),
  id: 'loss-of-hidden-layer',
  en: 'this is the error of the hidden layer: ½ Σ (t − h)² with h1, h2 in place of o1, o2. The output is the last layer of the forward pass, a[a.length − 1] (a[2] here), not a[1].',
  ko: '은닉층의 오차입니다. o1, o2 대신 h1, h2로 ½ Σ (t − h)²를 계산했습니다. 출력은 순전파의 마지막 층 a[a.length − 1](여기서는 a[2])이고, a[1]이 아닙니다.',
};

/** Your losses for two epochs on the article (a probe: the slips below part there), or undefined if train throws. */
function twoEpochs(): unknown {
  try {
    return train(article.network(), article.input(), article.target(), rate, 2).losses;
  } catch {
    return undefined;
  }
}

/**
 * losses[1] is the loss before any step again: each loss recorded before its step (then losses[2] is the loss after
 * one step), or every loss taken of the network given (losses[2] is that loss once more). Two epochs tell them apart.
 */
/** losses[1] is the loss before any step, and two epochs give [l₀, l₀, third]. */
const lossAgainAfterOne = (third: number) => ({ value: article.loss, also: () => near(twoEpochs(), [article.loss, article.loss, third], 1e-9) });
const lossBeforeStep: Mistake = {
  ...lossAgainAfterOne(article.secondLoss),
  id: 'loss-before-step',
  en: 'the loss was recorded before the step instead of after it: losses[1] is the loss of the network before the update (0.02397190 again). In each epoch take the step first, then record the loss of the new network (0.02323634 after the first step).',
  ko: '손실을 단계 뒤가 아니라 단계 전에 기록했습니다. losses[1]이 갱신 전 네트워크의 손실(다시 0.02397190)입니다. 에포크마다 먼저 한 단계 갱신하고, 그다음 새 네트워크의 손실을 기록하세요 (첫 단계 뒤 0.02323634).',
};
/** Every loss recorded, but the step skipped in the last epoch: with one epoch no step at all. Told apart on two epochs. */
function skipsLastStep(): boolean {
  const two = train(article.network(), article.input(), article.target(), rate, 2);
  return near(two.losses, [article.loss, article.secondLoss, article.secondLoss], 1e-9) && near(two.network.weights, article.updated().weights, 1e-9);
}
const lastStepSkipped: Mistake = {
  when: (r) => near(r, article.loss, 1e-6) && skipsLastStep(),
  id: 'last-step-skipped',
  en: 'the last epoch takes no step: every loss is recorded, but the loop steps only while e < epochs − 1, so the network took one step too few and the last loss repeats the one before (with one epoch, no step at all: losses[1] = losses[0]). Take a step in every epoch, then record its loss.',
  ko: '마지막 에포크에서 갱신하지 않습니다. 손실은 모두 기록하지만 반복문이 e < epochs − 1일 때만 갱신해서, 네트워크가 한 번 덜 갱신되고 마지막 손실이 바로 앞의 것과 같습니다 (1 에포크면 갱신이 전혀 없어 losses[1] = losses[0]). 에포크마다 갱신한 다음 그 손실을 기록하세요.',
};
/** Your check of epochs throws on 0 while one epoch trains: 0 is a valid number of epochs. */
const zeroEpochsRejected: Mistake = {
  when: (e) =>
    e instanceof Error &&
    /epoch/i.test(e.message) &&
    (() => {
      try {
        train(article.network(), article.input(), article.target(), rate, 1);
        return true;
      } catch {
        return false;
      }
    })(),
  id: 'zero-epochs-rejected',
  en: 'your check of epochs rejects 0, while 0 epochs is valid: no step is taken, losses holds only the loss before training, and the network comes back as an unchanged copy. Reject only what is not a whole number from 0 up (epochs < 0, or not an integer).',
  ko: 'epochs 검사가 0을 거부하지만 0 에포크는 올바른 값입니다. 갱신은 한 번도 없고, losses에는 학습 전 손실 하나만 있으며, 네트워크는 바뀌지 않은 복사본으로 돌아옵니다. 0 이상의 정수가 아닌 것(epochs < 0이거나 정수가 아닌 것)만 거부하세요.',
};
/** The losses of `epochs` steps at `learningRate` on the article, through your 09, 10 and 13 (undefined if one throws). */
function lossesAtRate(learningRate: number, epochs: number): number[] | undefined {
  try {
    let network = article.network();
    const lossOf = () => mse(article.target(), forward(network, article.input()).a.at(-1)!);
    const losses = [lossOf()];
    for (let e = 0; e < epochs; e++) {
      network = backpropStep(network, article.input(), article.target(), learningRate);
      losses.push(lossOf());
    }
    return losses;
  } catch {
    return undefined;
  }
}
/** Every step taken at half or twice the rate given: confirmed on two epochs. */
const rateScaled = (factor: 0.5 | 2): Mistake => ({
  when: (r) => {
    const one = lossesAtRate(rate * factor, 1);
    const two = lossesAtRate(rate * factor, 2);
    return !!one && !!two && near(r, one[1]!, 1e-12) && near(twoEpochs(), two, 1e-12);
  },
  id: factor === 0.5 ? 'rate-halved' : 'rate-doubled',
  en: `each step was taken at ${factor === 0.5 ? 'half' : 'twice'} the learning rate (${rate * factor} for ${rate}): pass learningRate to backpropStep as it is given.`,
  ko: `단계마다 학습률의 ${factor === 0.5 ? '절반으로' : '두 배로'} 갱신했습니다 (${rate} 대신 ${rate * factor}). learningRate를 받은 그대로 backpropStep에 넘기세요.`,
});
const lossOfGiven: Mistake = {
  ...lossAgainAfterOne(article.loss),
  id: 'loss-of-given-network',
  en: 'every loss is the loss of the network you were given (0.02397190 each time): after each step, record the loss of the network that step returned (the current one), not of the argument.',
  ko: '모든 손실이 받은 네트워크의 손실(매번 0.02397190)입니다. 단계마다 그 단계가 돌려준 네트워크(현재 네트워크)의 손실을 기록하세요. 인자로 받은 네트워크가 아닙니다.',
};

/**
 * E_total divided by the number of outputs (the mean of ½(t − o)²): half of it on the article's two outputs.
 * Confirmed on a net with three outputs, where it is a third.
 */
function lossOverOutputs(e: number): Mistake {
  return {
    value: e / 2,
    also: () => near(train({ weights: [[[0.3, -0.2], [0.5, 0.1]], [[0.4, -0.6], [0.7, 0.2], [-0.5, 0.9]]] }, [0.6, -0.4], [0.1, 0.8, 0.3], 0.1, 0).losses, [0.11736405570535546 / 3], 1e-9),
    id: 'loss-over-outputs',
    en: 'each loss is E_total divided by the number of outputs (a mean of ½(t − o)²; half of it here, with two outputs). The article\'s E_total is the plain sum over the outputs, E_o1 + E_o2, which your mse from 10 computes: mse(target, output).',
    ko: '손실이 모두 E_total을 출력 수로 나눈 값입니다 (½(t − o)²의 평균. 출력이 두 개인 여기서는 절반). 글의 E_total은 출력에 대한 합 E_o1 + E_o2이고, 10에서 만든 mse(target, output)가 이 값을 계산합니다.',
  };
}

/** The loss written out without the ½ of E = Σ ½(t − o)²: twice E_total at every epoch. */
function lossWithoutHalf(e: number): Mistake {
  return {
    value: 2 * e,
    id: 'loss-without-half',
    en: 'each loss is twice E_total: it was written out as Σ (t − o)², without the ½. Record E_total = Σ ½(t − o)², which your mse from 10 computes: mse(target, output).',
    ko: '손실이 모두 E_total의 두 배입니다. ½ 없이 Σ (t − o)²로 직접 썼습니다. E_total = Σ ½(t − o)²를 기록하세요. 10에서 만든 mse(target, output)가 이 값을 계산합니다.',
  };
}

/**
 * The loss read at a[2], the article's output layer, which throws on a deeper net (a[2] is hidden there, of another
 * width). Named when your train gives ½ Σ (t − a[2])² on a 2-2-2-2 net, where a[2] is hidden and as wide as the output.
 */
const articleOutputLayer: Mistake = {
  when: (e) => {
    if (!(e instanceof RangeError)) return false;
    const network = { weights: [[[0.1, 0.2], [0.3, 0.4]], [[0.5, -0.3], [0.2, 0.1]], [[-0.4, 0.6], [0.3, -0.2]]] };
    const input = [1, 0.5];
    const target = [0.2, 0.7];
    const a = [input];
    for (const layer of network.weights) a.push(layer.map((row) => 1 / (1 + Math.exp(-row.reduce((sum, w, i) => sum + w * a[a.length - 1]![i]!, 0)))));
    const atTwo = target.reduce((sum, t, k) => sum + 0.5 * (t - a[2]![k]!) ** 2, 0);
    return near(train(network, input, target, 0.1, 0).losses, [atTwo], 1e-9);
  },
  id: 'output-read-at-a2',
  en: 'the loss reads the output at a[2], the article\'s output layer: with more layers a[2] is a hidden layer. The output is the last entry of the forward pass, a[a.length − 1].',
  ko: '손실이 출력을 글의 출력층인 a[2]에서 읽었습니다. 층이 더 있으면 a[2]는 은닉층입니다. 출력은 순전파의 마지막 항목 a[a.length − 1]입니다.',
};

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

/**
 * The returned network is the one given, untrained. `losses` (of the same call) tells it apart from a loop one
 * step short, which for one epoch also returns the untrained network, but one loss short as well.
 */
function untrainedMistakes(losses: unknown, epochs: number): Mistake[] {
  const given = (r: unknown) => near(r, article.network().weights, 1e-12);
  const count = Array.isArray(losses) ? losses.length : -1;
  const tooFew = lossMistakes(epochs).find((m) => m.id === 'one-epoch-too-few')!;
  return [
    // With the last epoch's step skipped, one epoch returns the untrained network too: that cause, not the return.
    { ...lastStepSkipped, when: (r) => given(r) && count === epochs + 1 && skipsLastStep() },
    {
      when: (r) => given(r) && count === epochs + 1 && !skipsLastStep(),
      id: 'untrained-network',
      en: 'the network you returned is the one you were given, untrained: return the network after the last step.',
      ko: '반환한 네트워크가 학습하지 않은, 받은 그대로의 네트워크입니다. 마지막 단계 뒤의 네트워크를 반환하세요.',
    },
    // Untrained and one loss short: the loop never ran (its first loss the output's, or the hidden layer's as in lossMistakes).
    ...(epochs === 1 ? [{ ...tooFew, when: (r: unknown) => given(r) && count === epochs && [article.loss, hiddenLayerLoss.value as number].some((e) => near((losses as unknown[])[0], e, 1e-6)) }] : []),
  ];
}

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
    const { losses, network } = train(article.network(), article.input(), article.target(), rate, 1);
    expectShape(losses, [0, 0], 'train(article, 0.5, 1).losses', lossMistakes(1, network, article.updated().weights, article.network().weights));
    expect(losses[0]).toMatchArticle('0.02397190', { name: 'losses[0] = E_total', step, mistakes: [firstLossMistake, lossNotReady, lossWithoutHalf(article.loss), lossOverOutputs(article.loss), hiddenLayerLoss, lossOnZ] });
    expect(losses[1]).toMatchArticle('0.02323634', { name: 'losses[1] = E_total⁺', step, mistakes: [lossBeforeStep, lossOfGiven, lastStepSkipped, stepNotReady, lossWithoutHalf(article.secondLoss), lossOverOutputs(article.secondLoss), inputTargetSwapped, rateScaled(0.5), rateScaled(2)] });
  });

  it(t('one epoch returns the network of one backprop step (13): w5⁺ = 0.43703857, w1⁺ = 0.29959556 …', '1 에포크는 backprop 한 단계(13)의 네트워크를 반환합니다: w5⁺ = 0.43703857, w1⁺ = 0.29959556 …'), () => {
    const { network, losses } = train(article.network(), article.input(), article.target(), rate, 1);
    expect(network?.weights).toMatchValue(article.updated().weights, { name: 'train(article, 0.5, 1).network.weights', tol: 1e-12, mistakes: [...untrainedMistakes(losses, 1), stepNotReady] });
  });

  it(t('1000 epochs: the loss falls at every epoch, from 0.02397190 to 3.0e-16', '1000 에포크: 손실이 매 에포크 줄어듭니다. 0.02397190에서 3.0e-16까지'), () => {
    const { network, losses } = train(article.network(), article.input(), article.target(), rate, 1000);
    expectShape(losses, new Array<number>(1001).fill(0), 'train(article, 0.5, 1000).losses', lossMistakes(1000, network, after1000.weights));
    expect(losses[0]).toMatchArticle('0.02397190', { name: 'losses[0]', step, mistakes: [firstLossMistake, lossNotReady, lossWithoutHalf(article.loss)] });
    expect(losses[1]).toMatchArticle('0.02323634', { name: 'losses[1]', step, mistakes: [lossBeforeStep, lossOfGiven, stepNotReady] });
    const restarts = losses.length > 2 && losses.slice(1).every((l) => near(l, article.secondLoss, 1e-9));
    if (restarts) noteMistake('restarts-from-given', t('every epoch steps from the network you were given', '에포크마다 받은 네트워크에서 갱신'));
    expect(restarts, t(
      `every loss after the first step is ${show(article.secondLoss)}, the loss after one step: each epoch steps from the network you were given, not from the one the last epoch returned. Keep the current network and step from it: current = backpropStep(current, …).`,
      `첫 단계 뒤의 모든 손실이 한 단계 뒤의 손실 ${show(article.secondLoss)}입니다. 에포크마다 지난 에포크가 돌려준 네트워크가 아니라 처음 받은 네트워크에서 갱신했습니다. 현재 네트워크를 두고 거기서 갱신하세요: current = backpropStep(current, …).`,
    )).toBe(false);
    const k = losses.findIndex((loss, epoch) => epoch > 0 && !(loss < losses[epoch - 1]!));
    expect(k === -1, t(`the loss did not fall at epoch ${k}: from ${losses[k - 1]} to ${losses[k]}`, `${k}번째 에포크에서 손실이 줄지 않았습니다: ${losses[k - 1]}에서 ${josa(losses[k], '으로/로')}`)).toBe(true);
    expectRelative(losses[100], after1000.loss100, 'losses[100]', 1e-9);
    expectRelative(losses[1000], after1000.loss1000, 'losses[1000]', 1e-6);
    expect(network?.weights).toMatchValue(after1000.weights, { name: 'train(article, 0.5, 1000).network.weights', tol: 1e-9, mistakes: [...untrainedMistakes(losses, 1000), stepNotReady] });
  });

  it(t('zero epochs: just the loss before training, and an unchanged copy of the network', '0 에포크: 학습 전 손실 하나와 바뀌지 않은 네트워크의 복사본'), () => {
    const given = article.network();
    const original = given.weights;
    const { network, losses } = explainThrow(() => train(given, article.input(), article.target(), rate, 0), [zeroEpochsRejected]);
    expect(given.weights === original, t(
      'train assigned new arrays to network.weights of the network it was given: never write into the argument, even to save the result; return it.',
      'train이 받은 네트워크의 network.weights에 새 배열을 넣었습니다. 결과를 저장하려는 것이라도 인자에 쓰지 말고 반환하세요.',
    )).toBe(true);
    expect(losses).toMatchValue([article.loss], { name: 'train(article, 0.5, 0).losses', tol: 1e-12, mistakes: [...lossMistakes(0), lossNotReady, { ...lossWithoutHalf(article.loss), value: [2 * article.loss] }, { ...lossOverOutputs(article.loss), value: [article.loss / 2] }, { ...hiddenLayerLoss, value: [hiddenLayerLoss.value as number] }] });
    expect(network?.weights).toMatchValue(article.network().weights, { name: 'train(article, 0.5, 0).network.weights', tol: 0 });
    const shared = network === given ? 'network' : sharedArray(network?.weights, given.weights, 'network.weights');
    expect(shared, t(
      `with 0 epochs train returned ${shared === 'network' ? 'the very network it was given' : `the caller's own array as ${shared}`}: return a copy, even when there is nothing to train, so that changing the result never changes the caller's network.`,
      `0 에포크일 때 train이 ${shared === 'network' ? '받은 네트워크 그 자체를' : `호출한 쪽의 배열을 ${josa(shared, '으로/로')}`} 반환했습니다. 학습할 것이 없어도 복사본을 반환해야 결과를 바꿔도 호출한 쪽의 네트워크가 바뀌지 않습니다.`,
    )).toBeUndefined();
  });

  it(t('any network: E_total adds ½(t − o)² over every output (2-2-3), and a deeper net trains too (2-3-2-1)', '어떤 네트워크든: E_total은 모든 출력의 ½(t − o)²를 더하고 (2-2-3), 더 깊은 네트워크도 학습합니다 (2-3-2-1)'), () => {
    // Three outputs: the mean of (t − o)² equals Σ ½(t − o)² only when there are two. Values: Python's decimal at 60 digits.
    const three = { weights: [[[0.3, -0.2], [0.5, 0.1]], [[0.4, -0.6], [0.7, 0.2], [-0.5, 0.9]]] };
    const e3 = 0.11736405570535546;
    // The hidden layer's loss throws here (2 hidden units, 3 targets): named when your train gives it on the article.
    const hiddenLoss: Mistake = { ...hiddenLayerLoss, value: undefined, when: (e) => e instanceof RangeError && near(train(article.network(), article.input(), article.target(), rate, 0).losses, [hiddenLayerLoss.value as number], 1e-9) };
    expect(explainThrow(() => train(three, [0.6, -0.4], [0.1, 0.8, 0.3], 0.1, 0), [hiddenLoss]).losses).toMatchValue([e3], {
      name: 'train(2-2-3, 0.1, 0).losses',
      tol: 1e-9,
      mistakes: [
        {
          value: [0.0782427038035703],
          id: 'loss-as-mean',
          en: 'the loss is the mean of (t − o)² over the outputs (the textbook MSE), which equals E_total only for two outputs. Record E_total = Σ ½(t − o)², which your mse from 10 computes: mse(target, output).',
          ko: '손실을 출력에 대한 (t − o)²의 평균(교과서의 MSE)으로 계산했습니다. 출력이 두 개일 때만 E_total과 같습니다. E_total = Σ ½(t − o)²를 기록하세요. 10에서 만든 mse(target, output)가 이 값을 계산합니다.',
        },
        { ...lossWithoutHalf(e3), value: [2 * e3] },
      ],
    });
    const deep = deepExample();
    const trained = explainThrow(() => train(deep.network, deep.input, deep.target, 0.1, 1), [hiddenLoss, articleOutputLayer]);
    const deepLosses = { before: deep.loss, afterOne: 0.03503566382492572 };
    const deepMistakes = lossMistakes(1, trained.network, deepStepped().weights, deep.network.weights, deepLosses);
    expect(trained.losses).toMatchValue([deep.loss, deepLosses.afterOne], { name: 'train(2-3-2-1, 0.1, 1).losses', tol: 1e-9, mistakes: deepMistakes });
    expect(trained.network?.weights).toMatchValue(deepStepped().weights, { name: 'train(2-3-2-1, 0.1, 1).network.weights', tol: 1e-9 });
  });

  it(t('does not change the network, the input or the target it was given', '받은 네트워크, 입력, 목표를 바꾸지 않습니다'), () => {
    expectUnchanged([article.network(), article.input(), article.target()] as const, ['network', 'input', 'target'], (network, input, target) => train(network, input, target, rate, 5), (r) => {
      const result = r as { network?: unknown; losses?: unknown } | null;
      expectShape(result?.losses, [0, 0, 0, 0, 0, 0], 'train(article, 0.5, 5).losses', lossMistakes(5, result?.network));
      shaped('train(article, 0.5, 5).network', { weights: article.network().weights })(result?.network);
    });
  });

  it(t('rejects a number of epochs that is not a whole number, 0 or more, and a learning rate that is not positive', '0 이상의 정수가 아닌 에포크 수와 양수가 아닌 학습률을 거부합니다'), () => {
    expectRejects(() => train(article.network(), article.input(), article.target(), rate, -1), 'epochs', 'epochs = −1', 'RangeError');
    expectRejects(() => train(article.network(), article.input(), article.target(), rate, 2.5), 'epochs', 'epochs = 2.5', 'RangeError');
    expectRejects(() => train(article.network(), article.input(), article.target(), rate, Number.NaN), 'epochs', 'epochs = NaN');
    expectRejects(() => train(article.network(), article.input(), article.target(), 0, 3), 'learningRate', t('a learning rate of 0', '학습률 0'), 'RangeError');
    // With 0 epochs no step runs: the check must be train's own, not backpropStep's.
    expectRejects(() => train(article.network(), article.input(), article.target(), -1, 0), 'learningRate', t('a learning rate of −1 with 0 epochs', '에포크 0에 학습률 −1'), 'RangeError');
    expectRejects(() => train(article.network(), article.input(), article.target(), Number.NaN, 0), 'learningRate', t('a learning rate of NaN with 0 epochs', '에포크 0에 학습률 NaN'));
  });
});
