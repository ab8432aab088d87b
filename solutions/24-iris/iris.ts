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
 * Train a softmax classifier (dense layer with biases, softmax, cross-entropy) with mini-batch
 * gradient descent:
 *   1. standardise every feature with the training set's mean and standard deviation;
 *   2. start from all-zero weights and biases;
 *   3. every epoch, shuffle the examples with mulberry32(seed) and cut them into batches;
 *   4. per batch, average the gradient (softmax − oneHot) ⊗ x̃ over its examples, add λ·W, and let
 *      the optimizer take one step on the flat parameters [W row by row, then b].
 */
export function trainSoftmaxClassifier(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  options: TrainOptions = {},
): TrainResult {
  const numFeatures = checkFeatures(features, 'features', 'trainSoftmaxClassifier');
  checkLabels(labels, features.length, 'labels', 'trainSoftmaxClassifier');
  const numClasses = Math.max(...labels) + 1;
  const { epochs, batchSize, seed, makeOptimizer, weightDecay, evaluate } = checkOptions(options, numFeatures, numClasses);

  // 1. Standardisation statistics, from the training set only.
  const { mean, std } = featureStatistics(features);
  const inputs = features.map((row) => standardise(row, mean, std));
  const n = inputs.length;

  // 2. All-zero parameters.
  const model: SoftmaxModel = {
    weights: Array.from({ length: numClasses }, () => new Array<number>(numFeatures).fill(0)),
    biases: new Array<number>(numClasses).fill(0),
    mean,
    std,
  };
  const optimizer = makeOptimizer();
  if (typeof optimizer !== 'object' || optimizer === null || typeof optimizer.step !== 'function') {
    throw new TypeError('trainSoftmaxClassifier: options.optimizer must return an optimizer with a step(params, grads) method');
  }
  const random = mulberry32(seed);

  const losses = [meanLoss(model, inputs, labels)];
  const trainAccuracy = evaluate ? [accuracy(model, features, labels)] : undefined;
  const testAccuracy = evaluate ? [accuracy(model, evaluate.features, evaluate.labels)] : undefined;

  for (let epoch = 1; epoch <= epochs; epoch++) {
    // 3. A new order every epoch.
    const order = shuffledIndices(n, random);
    for (let start = 0; start < n; start += batchSize) {
      const batch = order.slice(start, start + batchSize);

      // 4. The average gradient of the batch, plus the L2 penalty's λ·W on the weights.
      const { gradW, gradB } = batchGradient(model, inputs, labels, batch);
      for (let j = 0; j < numClasses; j++) {
        for (let i = 0; i < numFeatures; i++) gradW[j]![i] = gradW[j]![i]! + weightDecay * model.weights[j]![i]!;
      }

      // One optimizer step on the flat parameters: the weights row by row, then the biases.
      const params = [...model.weights.flat(), ...model.biases];
      const grads = [...gradW.flat(), ...gradB];
      const next = optimizer.step(params, grads);
      if (!Array.isArray(next) || next.length !== params.length || !next.every(Number.isFinite)) {
        throw new TypeError(`trainSoftmaxClassifier: the optimizer's step must return ${params.length} finite numbers, got ${Array.isArray(next) ? `${next.length} entries` : typeof next}`);
      }
      for (let j = 0; j < numClasses; j++) {
        for (let i = 0; i < numFeatures; i++) model.weights[j]![i] = next[j * numFeatures + i]!;
        model.biases[j] = next[numClasses * numFeatures + j]!;
      }
    }

    losses.push(meanLoss(model, inputs, labels));
    if (evaluate) {
      trainAccuracy!.push(accuracy(model, features, labels));
      testAccuracy!.push(accuracy(model, evaluate.features, evaluate.labels));
    }
  }

  return { ...model, losses, ...(evaluate ? { trainAccuracy, testAccuracy } : {}) };
}

/** The fraction of examples whose most probable class (argmax of softmax(W · x̃ + b)) is their label. */
export function accuracy(model: SoftmaxModel, features: readonly (readonly number[])[], labels: readonly number[]): number {
  const numFeatures = checkModel(model);
  if (checkFeatures(features, 'features', 'accuracy') !== numFeatures) {
    throw new RangeError(`accuracy: features must have ${numFeatures} columns, like the model, got ${features[0]!.length}`);
  }
  checkLabels(labels, features.length, 'labels', 'accuracy');
  if (Math.max(...labels) >= model.biases.length) throw new RangeError(`accuracy: labels must be below ${model.biases.length}, the model's number of classes`);

  let correct = 0;
  for (let k = 0; k < features.length; k++) {
    const x = standardise(features[k]!, model.mean, model.std);
    if (argmax(softmax(logitsOf(model, x))) === labels[k]) correct += 1;
  }
  return correct / features.length;
}

/** The mean and standard deviation (divided by N) of every column; a constant column gets std 1. */
function featureStatistics(rows: readonly (readonly number[])[]): { mean: number[]; std: number[] } {
  const n = rows.length;
  const width = rows[0]!.length;
  const mean: number[] = [];
  const std: number[] = [];
  for (let i = 0; i < width; i++) {
    let sum = 0;
    for (const row of rows) sum += row[i]!;
    mean.push(sum / n);
    let squares = 0;
    for (const row of rows) squares += (row[i]! - mean[i]!) ** 2;
    const variance = squares / n;
    std.push(variance > 0 ? Math.sqrt(variance) : 1);
  }
  return { mean, std };
}

/**
 * The gradient of the mean cross-entropy over the examples in `batch`:
 * ∂L/∂W[j][i] = mean of (softmax − oneHot)_j · x̃_i,  ∂L/∂b[j] = mean of (softmax − oneHot)_j.
 */
function batchGradient(model: SoftmaxModel, inputs: readonly number[][], labels: readonly number[], batch: readonly number[]): { gradW: number[][]; gradB: number[] } {
  const numClasses = model.weights.length;
  const numFeatures = model.mean.length;
  const gradW = Array.from({ length: numClasses }, () => new Array<number>(numFeatures).fill(0));
  const gradB = new Array<number>(numClasses).fill(0);
  for (const k of batch) {
    const x = inputs[k]!;
    const dz = softmaxCrossEntropyGradient(logitsOf(model, x), labels[k]!);
    for (let j = 0; j < numClasses; j++) {
      for (let i = 0; i < numFeatures; i++) gradW[j]![i] = gradW[j]![i]! + dz[j]! * x[i]!;
      gradB[j] = gradB[j]! + dz[j]!;
    }
  }
  for (let j = 0; j < numClasses; j++) {
    for (let i = 0; i < numFeatures; i++) gradW[j]![i] = gradW[j]![i]! / batch.length;
    gradB[j] = gradB[j]! / batch.length;
  }
  return { gradW, gradB };
}

/** x̃_i = (x_i − mean_i) / std_i */
function standardise(row: readonly number[], mean: readonly number[], std: readonly number[]): number[] {
  const x: number[] = [];
  for (let i = 0; i < row.length; i++) x.push((row[i]! - mean[i]!) / std[i]!);
  return x;
}

/** z = W · x̃ + b */
function logitsOf(model: SoftmaxModel, x: readonly number[]): number[] {
  const z = dense(model.weights, x);
  for (let j = 0; j < z.length; j++) z[j] = z[j]! + model.biases[j]!;
  return z;
}

/** The mean cross-entropy H(oneHot(y), softmax(z)) over standardised examples. */
function meanLoss(model: SoftmaxModel, inputs: readonly number[][], labels: readonly number[]): number {
  const numClasses = model.biases.length;
  let sum = 0;
  for (let k = 0; k < inputs.length; k++) {
    sum += crossEntropy(oneHot(labels[k]!, numClasses), softmax(logitsOf(model, inputs[k]!)));
  }
  return sum / inputs.length;
}

/** 0 … n − 1 in a random order (Fisher–Yates): each position swaps with a random one at or before it. */
function shuffledIndices(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

// ── Checks ──────────────────────────────────────────────────────────────────────────────────────

/** A non-empty matrix of finite numbers with rows of equal length; returns the row length. */
function checkFeatures(features: readonly (readonly number[])[], name: string, caller: string): number {
  if (!Array.isArray(features) || features.length === 0) throw new RangeError(`${caller}: ${name} must be a non-empty array of rows`);
  const width = Array.isArray(features[0]) ? features[0].length : 0;
  if (width === 0) throw new RangeError(`${caller}: ${name}[0] must be a non-empty array of numbers`);
  features.forEach((row, k) => {
    if (!Array.isArray(row) || row.length !== width) throw new RangeError(`${caller}: ${name}[${k}] must have ${width} entries, like ${name}[0]`);
    row.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new TypeError(`${caller}: ${name}[${k}][${i}] is ${x}, not a finite number`);
    });
  });
  return width;
}

/** One class index (an integer from 0) per row of features. */
function checkLabels(labels: readonly number[], rows: number, name: string, caller: string): void {
  if (!Array.isArray(labels) || labels.length !== rows) {
    throw new RangeError(`${caller}: ${name} must have one entry per row of features (${rows}), got ${Array.isArray(labels) ? labels.length : typeof labels}`);
  }
  labels.forEach((y, k) => {
    if (!Number.isInteger(y) || y < 0) throw new RangeError(`${caller}: ${name}[${k}] is ${y}, not a class index (an integer from 0)`);
  });
}

function checkOptions(options: TrainOptions, numFeatures: number, numClasses: number) {
  if (typeof options !== 'object' || options === null) throw new TypeError('trainSoftmaxClassifier: options must be an object');
  const { epochs = 100, batchSize = 10, seed = 1, optimizer = () => new SGD({ lr: 0.1 }), weightDecay = 0, evaluate } = options;
  if (!Number.isInteger(epochs) || epochs < 0) throw new RangeError(`trainSoftmaxClassifier: epochs must be a whole number from 0, got ${epochs}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`trainSoftmaxClassifier: batchSize must be a whole number from 1, got ${batchSize}`);
  if (!Number.isInteger(seed)) throw new RangeError(`trainSoftmaxClassifier: seed must be an integer, got ${seed}`);
  if (typeof optimizer !== 'function') {
    throw new TypeError(`trainSoftmaxClassifier: optimizer must be a function that makes an optimizer, e.g. () => new Adam({ lr: 0.05 }), got ${typeof optimizer}`);
  }
  if (typeof weightDecay !== 'number' || !Number.isFinite(weightDecay) || weightDecay < 0) {
    throw new RangeError(`trainSoftmaxClassifier: weightDecay must be a number from 0, got ${weightDecay}`);
  }
  if (evaluate !== undefined) {
    if (typeof evaluate !== 'object' || evaluate === null) throw new TypeError('trainSoftmaxClassifier: evaluate must be { features, labels }');
    if (checkFeatures(evaluate.features, 'evaluate.features', 'trainSoftmaxClassifier') !== numFeatures) {
      throw new RangeError(`trainSoftmaxClassifier: evaluate.features must have ${numFeatures} columns, like features`);
    }
    checkLabels(evaluate.labels, evaluate.features.length, 'evaluate.labels', 'trainSoftmaxClassifier');
    if (Math.max(...evaluate.labels) >= numClasses) throw new RangeError(`trainSoftmaxClassifier: evaluate.labels must be below ${numClasses}, the number of classes in labels`);
  }
  return { epochs, batchSize, seed, makeOptimizer: optimizer, weightDecay, evaluate };
}

/** weights classes × features, biases one per class, mean and std one per feature (std > 0); returns the feature count. */
function checkModel(model: SoftmaxModel): number {
  if (typeof model !== 'object' || model === null) throw new TypeError('accuracy: model must be { weights, biases, mean, std }');
  const { weights, biases, mean, std } = model;
  const numFeatures = checkFeatures(weights, 'model.weights', 'accuracy');
  const vectors: [readonly number[], string, number][] = [[biases, 'model.biases', weights.length], [mean, 'model.mean', numFeatures], [std, 'model.std', numFeatures]];
  for (const [v, name, length] of vectors) {
    if (!Array.isArray(v) || v.length !== length) throw new RangeError(`accuracy: ${name} must have ${length} entries`);
    if (!v.every(Number.isFinite)) throw new TypeError(`accuracy: ${name} must hold finite numbers`);
  }
  if (!std.every((s) => s > 0)) throw new RangeError('accuracy: model.std must be positive');
  return numFeatures;
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
