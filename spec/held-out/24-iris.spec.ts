// 24 trainSoftmaxClassifier and accuracy — held-out checks (never given to students; the values are in
// spec/held-out/support/generated/iris-cases.ts). A two-epoch run whose recording optimizer answers P3, then P4,
// with weight decay: the losses, the decayed gradient at P3, the accuracies per epoch, the final model.
import { describe, expect, it } from 'vitest';
import { accuracy, trainSoftmaxClassifier } from '@kata/24-iris/iris';
import { t } from '../support';
import { irisSplit } from '../support/iris';
import { ln3, trainMean, trainStd } from '../support/generated/iris-cases';
import { Recorder, tinyExamples } from '../support/iris-optimizers';
import { firstOrders, secondOrders } from '../support/shuffle';
import { decay, gradientP3Decayed, lossP3, lossP4, P3, P4, testRights, trainRights } from './support/generated/iris-cases';

const flat = (p: { weights: number[][]; biases: number[] }) => [...p.weights.flat(), ...p.biases];

// Eight made-up examples, already standardised (each feature has mean 0 and standard deviation 1).
const scale = 1 / Math.sqrt(1.25);
const eight = tinyExamples(
  [-1.5, -0.5, 0.5, 1.5].flatMap((b) => [[-1, b * scale], [1, -b * scale]]),
  [2, 0, 1, 1, 0, 2, 0, 1],
);

/** The examples each epoch's steps saw, with batches of one, and how many optimizers were made. */
function visits(seed: number, epochs: number): { orders: number[][]; made: number } {
  const recorder = new Recorder((_, params) => params.map(() => 0));
  const { features, labels } = eight.data();
  trainSoftmaxClassifier(features, labels, { epochs, batchSize: 1, seed, optimizer: recorder.optimizer });
  const orders = Array.from({ length: epochs }, (_, e) => recorder.calls.slice(8 * e, 8 * e + 8).map((c) => eight.whichExample(c.grads)));
  return { orders, made: recorder.made };
}

describe('24 trainSoftmaxClassifier and accuracy (held-out)', () => {
  it(t('two epochs whose optimizer answers P3, then P4, with weight decay 0.03: losses, gradient, accuracies, model', '옵티마이저가 P3, 그다음 P4를 돌려주는 두 에포크, weight decay 0.03: 손실, 기울기, 정확도, 모델'), () => {
    const { train, test } = irisSplit();
    const recorder = new Recorder((call) => flat(call === 1 ? P3 : P4));
    const result = trainSoftmaxClassifier(train.features, train.labels, { epochs: 2, batchSize: 120, seed: 3, optimizer: recorder.optimizer, weightDecay: decay, evaluate: test });
    expect(result.losses).toMatchValue([ln3, lossP3, lossP4], { name: 'losses', tol: 1e-9 });
    expect(recorder.calls[1]?.grads).toMatchValue(gradientP3Decayed, { name: t('the gradient handed to the second step, at P3, with decay', '두 번째 step에 넘긴 P3에서의 기울기 (decay 포함)'), tol: 1e-9 });
    expect(result.trainAccuracy).toMatchValue(trainRights, { name: 'trainAccuracy', tol: 1e-12 });
    expect(result.testAccuracy).toMatchValue(testRights, { name: 'testAccuracy', tol: 1e-12 });
    expect(result.weights).toMatchValue(P4.weights, { name: 'weights', tol: 0 });
    expect(result.biases).toMatchValue(P4.biases, { name: 'biases', tol: 0 });
  });

  it(t('classes are 0 … max(labels): the eight examples relabelled 0 and 3 make four classes', '클래스는 0 … max(labels)입니다: 예제 여덟 개를 0과 3으로 다시 붙이면 클래스 4개입니다'), () => {
    const { features, labels } = eight.data();
    const result = trainSoftmaxClassifier(features, labels.map((y) => (y === 0 ? 0 : 3)), { epochs: 0, optimizer: new Recorder((_, params) => [...params]).optimizer });
    expect(result.weights).toMatchValue([[0, 0], [0, 0], [0, 0], [0, 0]], { name: 'weights', tol: Infinity });
  });

  it(t('a feature that never changes, between two that do, gets std 1 and leaves the first loss at ln 3', '변하지 않는 특징이 변하는 두 특징 사이에 있으면 std는 1이고, 첫 손실은 ln 3입니다'), () => {
    const result = trainSoftmaxClassifier([[2, 7, 1], [4, 7, 3], [6, 7, 2]], [0, 1, 2], { epochs: 0, optimizer: new Recorder((_, params) => [...params]).optimizer });
    expect([...result.mean, ...result.std]).toMatchValue([4, 7, 2, Math.sqrt(8 / 3), 1, Math.sqrt(2 / 3)], { name: '[...mean, ...std]', tol: 1e-12 });
    expect(result.losses).toMatchValue([ln3], { name: 'losses', tol: 1e-12 });
  });

  it(t('accuracy of a given model (P3, standardised with the training set) on both sets', '주어진 모델(P3, 학습 세트로 표준화)의 두 세트에 대한 accuracy'), () => {
    const { train, test } = irisSplit();
    const model = { weights: structuredClone(P3.weights), biases: [...P3.biases], mean: [...trainMean], std: [...trainStd] };
    expect(accuracy(model, test.features, test.labels)).toMatchValue(testRights[1]!, { name: 'accuracy(P3, test)', tol: 1e-12 });
    expect(accuracy(structuredClone(model), train.features, train.labels)).toMatchValue(trainRights[1]!, { name: 'accuracy(P3, train)', tol: 1e-12 });
  });

  it(t('shuffles eight examples anew every epoch, the same way for the same seed, with one optimizer per run', '예제 여덟 개를 에포크마다 새로 섞고, 같은 시드면 같게 섞으며, 학습마다 옵티마이저는 하나입니다'), () => {
    const a = visits(11, 3);
    const again = visits(11, 3);
    const other = visits(12, 3);
    const show = (o: number[][]) => o.map((e) => e.join(' ')).join(' | ');
    expect(a.made, t('options.optimizer should be called once per run', 'options.optimizer는 학습마다 한 번 불러야 합니다')).toBe(1);
    for (const order of a.orders) expect([...order].sort((x, y) => x - y).join(), t(`every epoch visits each of the 8 examples once: ${show(a.orders)}`, `에포크마다 예제 8개를 한 번씩 봐야 합니다: ${show(a.orders)}`)).toBe('0,1,2,3,4,5,6,7');
    expect(a.orders[0]!.join() !== '0,1,2,3,4,5,6,7' && a.orders[1]!.join() !== a.orders[0]!.join() && a.orders[2]!.join() !== a.orders[1]!.join(), t(`each epoch in a new, shuffled order: ${show(a.orders)}`, `에포크마다 새로 섞은 순서여야 합니다: ${show(a.orders)}`)).toBe(true);
    const by = firstOrders(8, 11);
    expect([by.fisherYates, ...by.fair].map((o) => o.join()), t(`epoch 1 with seed 11 is Fisher–Yates with mulberry32(11), ${by.fisherYates.join(' ')}; yours: ${a.orders[0]!.join(' ')}`, `시드 11의 에포크 1은 mulberry32(11)로 섞은 Fisher–Yates 순서 ${by.fisherYates.join(' ')}여야 합니다. 내 값: ${a.orders[0]!.join(' ')}`)).toContain(a.orders[0]!.join());
    const second = secondOrders(8, 11);
    expect(second.fair.map((o) => o.join()), t(`epoch 2 with seed 11 goes on drawing from the one generator of the run; yours: ${a.orders[1]!.join(' ')}`, `시드 11의 에포크 2는 학습마다 하나인 생성기에서 이어서 뽑아야 합니다. 내 값: ${a.orders[1]!.join(' ')}`)).toContain(a.orders[1]!.join());
    expect(show(again.orders), t('seed 11 twice: the same orders', '시드 11로 두 번: 같은 순서')).toBe(show(a.orders));
    expect(show(other.orders) !== show(a.orders), t('seeds 11 and 12: different orders', '시드 11과 12: 다른 순서')).toBe(true);
  });

  it(t('batches of 3 from 8 examples are 3, 3 and 2, each averaged over its own size', '예제 8개를 3개씩: 3, 3, 2개이고 각자의 크기로 평균 냅니다'), () => {
    const recorder = new Recorder((_, params) => params.map(() => 0));
    const { features, labels } = eight.data();
    trainSoftmaxClassifier(features, labels, { epochs: 2, batchSize: 3, seed: 5, optimizer: recorder.optimizer });
    expect(recorder.calls.length, t('2 epochs of batches of 3, 3 and 2 are 6 steps', '3, 3, 2개 배치로 에포크 2번이면 6 step')).toBe(6);
    const total = [0, 1, 2, 3, 4, 5, 6, 7].map(eight.zeroGradient).reduce((sum, g) => sum.map((x, i) => x + g[i]!));
    for (let e = 0; e < 2; e++) {
      const sum = [3, 3, 2].map((size, b) => recorder.calls[3 * e + b]!.grads.map((g) => g * size)).reduce((s2, g) => s2.map((x, i) => x + g[i]!));
      expect(sum).toMatchValue(total, { name: t(`epoch ${e + 1}: the batch gradients times their sizes, added up`, `에포크 ${e + 1}: 배치 기울기에 크기를 곱해 더한 값`), tol: 1e-9 });
    }
  });
});
