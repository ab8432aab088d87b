import { argmax } from '../01-argmax/argmax';
import { softmax } from '../02-softmax/softmax';
import { oneHot } from '../03-one-hot/one-hot';
import { crossEntropy } from '../04-cross-entropy/cross-entropy';
import { dense } from '../05-dense/dense';
import { SGD, type Optimizer } from '../15-sgd/sgd';
import { softmaxCrossEntropyGradient } from '../23-softmax-cross-entropy/softmax-cross-entropy';

/** A softmax classifier: logits z = W · x̃ + b on standardised features x̃ = (x − mean) / std. */
export interface SoftmaxModel {
  /** classes × features: row j holds the weights of the arrows into class j (the article's 3 × 4 = 12). */
  weights: number[][];
  /** One bias per class. */
  biases: number[];
  /** The mean of each feature over the training set. */
  mean: number[];
  /** The standard deviation of each feature over the training set (divided by N); 1 for a constant feature. */
  std: number[];
}

/** Labelled examples: one row of features and one class index (0-based) per example. */
export interface LabelledData {
  features: readonly (readonly number[])[];
  labels: readonly number[];
}

export interface TrainOptions {
  /** Passes over the training set. Default 100. */
  epochs?: number;
  /** Examples per mini-batch; the last batch of an epoch may be smaller. Default 10. */
  batchSize?: number;
  /** Seed of the shuffle (mulberry32). Default 1. */
  seed?: number;
  /** Makes the optimizer for this run, e.g. () => new Adam({ lr: 0.05 }). Default () => new SGD({ lr: 0.1 }). */
  optimizer?: () => Optimizer;
  /** λ of the L2 penalty ½·λ·‖W‖² on the weights (not the biases). Default 0. */
  weightDecay?: number;
  /** Held-out data: when given, the accuracy on it and on the training set is recorded every epoch. */
  evaluate?: LabelledData;
}

export interface TrainResult extends SoftmaxModel {
  /** The mean cross-entropy on the training set before training (losses[0]) and after each epoch. */
  losses: number[];
  /** With options.evaluate: the accuracy on the training set, before training and after each epoch. */
  trainAccuracy?: number[];
  /** With options.evaluate: the accuracy on options.evaluate, before training and after each epoch. */
  testAccuracy?: number[];
}

/**
 * Train the article's picture for real: a dense layer with biases (features → classes), softmax and
 * cross-entropy, with mini-batch gradient descent. Classes are 0 … max(labels).
 *   1. Standardise every feature with the training set's mean and standard deviation (divided by N);
 *      keep both in the model.
 *   2. Start from all-zero weights and biases; make the optimizer with options.optimizer().
 *   3. Every epoch, shuffle the examples (Fisher–Yates with mulberry32(seed), provided at the bottom
 *      of this file) and cut them into batches of batchSize (the last may be smaller).
 *   4. Per batch, average (softmax − oneHot) ⊗ x̃ over its examples (your gradient from 23), add
 *      weightDecay · W to the weights' part, and call optimizer.step(params, grads) once with the flat
 *      parameters [W row by row, then b]; what it returns are the new parameters.
 *   5. losses[0] is the mean cross-entropy on the training set before training, losses[e] after
 *      epoch e; with options.evaluate, also trainAccuracy and testAccuracy, in the same way.
 * Throw a RangeError or TypeError naming the argument or option for bad input. Change no argument.
 *
 * 글의 그림을 진짜로 학습시킵니다. 편향이 있는 dense 층(특징 → 클래스), softmax, 교차 엔트로피를
 * 미니배치 경사하강법으로 학습합니다. 클래스는 0 … max(labels) 입니다.
 *   1. 학습 세트의 평균과 표준편차(N으로 나눔)로 모든 특징을 표준화하고, 둘 다 모델에 저장합니다.
 *   2. 가중치와 편향을 모두 0에서 시작하고, options.optimizer()로 옵티마이저를 만듭니다.
 *   3. 에포크마다 예제를 섞고(이 파일 맨 아래에 제공된 mulberry32(seed)로 Fisher–Yates) batchSize개씩
 *      배치로 자릅니다 (마지막 배치는 더 작을 수 있음).
 *   4. 배치마다 (softmax − oneHot) ⊗ x̃ 를 예제들에 대해 평균 내고(23의 기울기), 가중치 부분에
 *      weightDecay · W를 더한 뒤, 펼친 파라미터 [W를 행 순서대로, 그다음 b]로 optimizer.step(params, grads)를
 *      한 번 부릅니다. 반환값이 새 파라미터입니다.
 *   5. losses[0]은 학습 전 학습 세트의 평균 교차 엔트로피, losses[e]는 e번째 에포크 뒤의 값입니다.
 *      options.evaluate가 있으면 trainAccuracy와 testAccuracy도 같은 방식으로 기록합니다.
 * 잘못된 입력에는 그 인자나 옵션의 이름을 넣은 RangeError나 TypeError를 던지세요. 인자는 바꾸지 마세요.
 *
 * Instructions / 설명: exercises/24-iris/README.md, README.ko.md
 */
export function trainSoftmaxClassifier(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  options: TrainOptions = {},
): TrainResult {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: trainSoftmaxClassifier');
}

/**
 * The fraction (0 to 1) of examples whose predicted class, argmax of softmax(W · x̃ + b) with
 * x̃ = (x − model.mean) / model.std, equals their label.
 *
 * 예측한 클래스, 즉 x̃ = (x − model.mean) / model.std 일 때 softmax(W · x̃ + b)의 argmax가 레이블과 같은
 * 예제의 비율(0부터 1)입니다.
 */
export function accuracy(model: SoftmaxModel, features: readonly (readonly number[])[], labels: readonly number[]): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: accuracy');
}

// ── Provided, not part of the exercise: use it as it is / 제공되는 코드입니다. 그대로 쓰세요 ───────────

/**
 * mulberry32 (Tommy Ettinger, public domain): a tiny seeded pseudo-random number generator.
 * mulberry32(seed) returns a function that gives the next number in [0, 1) each time it is called.
 * The same seed always gives the same sequence, so a training run that shuffles with it can be
 * repeated exactly; Math.random cannot be seeded.
 *
 * mulberry32 (Tommy Ettinger, 퍼블릭 도메인): 시드를 받는 작은 의사 난수 생성기입니다.
 * mulberry32(seed)는 부를 때마다 [0, 1) 범위의 다음 수를 주는 함수를 반환합니다.
 * 시드가 같으면 수열도 항상 같으므로, 이것으로 섞는 학습은 똑같이 다시 돌릴 수 있습니다.
 * Math.random에는 시드를 줄 수 없습니다.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
