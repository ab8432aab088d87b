// The article's 2-2-2 network ([역전파 계산]) and three other small sigmoid networks, with their
// exact values, shared by the specs of chapter 3 (09–14).
//
// Every value here was worked out with 60-digit decimal arithmetic (Python's decimal module),
// independently of the solutions, and written down as the nearest double. Each function returns a
// fresh copy, so a learner's function that changes its argument cannot spoil another test.
//
// weights[l][j][i] joins unit i of layer l to unit j of layer l + 1 (DESIGN.md, chapter 3).

/** The same shape as the exercises' `Network` (09): the specs never import it from the code under test. */
export interface NetworkData {
  weights: number[][][];
}

export interface PassData {
  z: number[][];
  a: number[][];
}

/** One example for a network: its weights, an input, a target, and what the network does with them. */
export interface Example {
  /** How the specs name it, e.g. '2-3-2-1'. */
  name: string;
  network: NetworkData;
  input: number[];
  target: number[];
  /** The forward pass: z[0] = [], a[0] = the input. */
  pass: PassData;
  /** E = Σ ½(t − o)² of that pass. */
  loss: number;
  /** ∂E/∂weights[l][j][i], from the weights as given. */
  gradients: number[][][];
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

// ── The article's network ─────────────────────────────────────────────────────────────────────
//           w1                 w5
//    x1 ─────────► h1 ─────────► o1      weights[0] = [[w1, w2], [w3, w4]]
//       ╲       ╱     ╲       ╱          weights[1] = [[w5, w6], [w7, w8]]
//      w3 ╲   ╱ w2   w7 ╲   ╱ w6
//           ╳             ╳
//         ╱   ╲         ╱   ╲
//    x2 ─────────► h2 ─────────► o2
//           w4                 w8

const ARTICLE: Example = {
  name: '2-2-2',
  network: { weights: [[[0.3, 0.25], [0.4, 0.35]], [[0.45, 0.4], [0.7, 0.6]]] },
  input: [0.1, 0.2],
  target: [0.4, 0.6],
  pass: {
    z: [[], [0.08, 0.11], [0.44498412480784927, 0.6804759207156634]],
    a: [[0.1, 0.2], [0.5199893401555817, 0.5274723043445937], [0.6094460049966992, 0.6638449096982894]],
  },
  loss: 0.02397190075173003,
  gradients: [
    [[0.0008088753836261947, 0.0016177507672523895], [0.0007100860110548808, 0.0014201720221097616]],
    [[0.0259228556036474, 0.026295901328202025], [0.00740844462721342, 0.0075150566701163175]],
  ],
};

/** The article's worked example and the exact values of every step of it. */
export const article = {
  example: (): Example => copy(ARTICLE),
  network: (): NetworkData => copy(ARTICLE.network),
  input: (): number[] => copy(ARTICLE.input),
  target: (): number[] => copy(ARTICLE.target),
  pass: (): PassData => copy(ARTICLE.pass),
  learningRate: 0.5,
  loss: ARTICLE.loss,
  gradients: (): number[][][] => copy(ARTICLE.gradients),
  /** σ′(z1), σ′(z2): ∂h1/∂z1 and ∂h2/∂z2. */
  hiddenSlopes: [0.24960042628014445, 0.24924527249399803],
  /** σ′(z3), σ′(z4): ∂o1/∂z3 and ∂o2/∂z4. */
  outputSlopes: [0.2380215719902625, 0.22315484556595944],
  /** δ of the output layer, (o − t)·σ′(z): ∂E/∂z3, ∂E/∂z4. */
  outputDelta: [0.049852667356394716, 0.014247300963894375],
  /** δ of the hidden layer: ∂E/∂z1, ∂E/∂z2. */
  hiddenDelta: [0.008088753836261947, 0.0071008601105488085],
  /** w − 0.5 · ∂E/∂w for all eight weights. */
  updated: (): NetworkData => ({
    weights: [
      [[0.2995955623081869, 0.2491911246163738], [0.39964495699447256, 0.3492899139889451]],
      [[0.4370385721981763, 0.386852049335899], [0.6962957776863933, 0.5962424716649418]],
    ],
  }),
  /** The forward pass with the updated weights. */
  secondPass: (): PassData => ({
    z: [[], [0.07979778115409344, 0.10982247849723628], [0.4312699646566468, 0.6765062458483245]],
    a: [[0.1, 0.2], [0.5199388660415861, 0.5274280577335926], [0.6061768834555608, 0.6629584821381178]],
  }),
  secondLoss: 0.02323633887229179,
};

// ── Other networks: any width, any depth ──────────────────────────────────────────────────────
// Weights drawn once at random (two decimals) and then fixed, chosen so that no gradient is tiny.

const DEEP: Example = {
  name: '2-3-2-1',
  network: { weights: [[[-0.1, 0.12], [0.85, -0.07], [0.02, 0.17]], [[-0.63, 0.02, 0.26], [0.59, -0.81, -0.39]], [[-0.82, 0.62]]] },
  input: [0.8, -0.6],
  target: [0.2],
  pass: {
    z: [[], [-0.152, 0.722, -0.086], [-0.15323159790779103, -0.4591653933035725], [-0.1385948646516803]],
    a: [[0.8, -0.6], [0.46207299402590657, 0.6730472785718746, 0.4785132413734331], [0.4617668804880621, 0.3871838344331139], [0.4654066401023404]],
  },
  loss: 0.03522034230520662,
  gradients: [
    [[0.002825609741980526, -0.0021192073064853945], [-0.0014325836087938563, 0.0010744377065953924], [-0.0014548230214632399, 0.0010911172660974299]],
    [[-0.006218498834724962, -0.009057754449244775, -0.006439748854299687], [0.004488669456755014, 0.00653811584173274, 0.0046483733067623195]],
    [[0.030492336237209147, 0.02556731581240298]],
  ],
};

const WIDE: Example = {
  name: '3-4-3-2',
  network: {
    weights: [
      [[0.6, -0.35, -0.52], [0.65, -0.77, -0.05], [0.12, 0.22, -0.71], [0.26, 0.0, 0.7]],
      [[-0.94, 0.91, -0.65, 0.63], [0.01, 0.67, -0.63, -0.36], [-0.83, 0.56, 0.07, -0.59]],
      [[-0.62, -0.84, -0.6], [0.12, -0.12, 0.41]],
    ],
  },
  input: [0.9, -0.7, 0.4],
  target: [0.95, 0.05],
  pass: {
    z: [[], [0.577, 1.104, -0.33, 0.514], [0.20382595887126487, 0.020820363208519616, -0.4508597473814105], [-0.9993500404497583, 0.16502322100344452]],
    a: [
      [0.9, -0.7, 0.4],
      [0.6403768146322099, 0.7510088346069963, 0.41824062315816374, 0.6257436987079079],
      [0.5507808038638761, 0.5052049027817866, 0.3891563728624239],
      [0.2690692303633898, 0.5411624340621864],
    ],
  },
  loss: 0.3524536248358989,
  gradients: [
    [
      [-0.009987925837034754, 0.007768386762138142, -0.004439078149793224],
      [0.00937936656389953, -0.007295062883032968, 0.004168607361733125],
      [-0.006339277948756353, 0.004930549515699385, -0.0028174568661139348],
      [-0.0025007797462410658, 0.0019450509137430513, -0.0011114576649960293],
    ],
    [
      [0.015474321106518507, 0.01814767742210568, 0.010106533457581392, 0.015120720649057208],
      [0.015664676188923334, 0.01837091840355888, 0.01023085749066189, 0.015306725967504374],
      [0.019843394098197492, 0.0232715550217003, 0.012960046840499253, 0.019389956872589466],
    ],
    [[-0.0737601915641385, -0.06765669781319437, -0.052115557422062704], [0.06717235077879534, 0.061613986374900065, 0.04746089225030248]],
  ],
};

const DEEPER: Example = {
  name: '2-3-3-2-1',
  network: {
    weights: [
      [[0.25, 0.48], [0.59, 0.88], [0.48, 0.84]],
      [[-0.94, -0.07, 0.89], [0.3, 0.8, -0.77], [-0.06, -0.51, 0.09]],
      [[0.15, -0.97, -0.57], [-0.44, 0.83, 0.53]],
      [[-0.68, 0.59]],
    ],
  },
  input: [1, -0.5],
  target: [0.95],
  pass: {
    z: [[], [0.01, 0.15, 0.06], [-0.05162407314965, 0.18414733377811637, -0.2578896247295779], [-0.7049184940564567, 0.46979810097111885], [0.13815682762029824]],
    a: [
      [1, -0.5],
      [0.5024999791668749, 0.5374298453437496, 0.5149955016194101],
      [0.48709684720880436, 0.5459071797442955, 0.4358825557645803],
      [0.3307226379209461, 0.6153359684856637],
      [0.5344843731892183],
    ],
  },
  loss: 0.08632661806197842,
  gradients: [
    [[-0.0009524711818854274, 0.0004762355909427137], [-0.0008576370564795778, 0.0004288185282397889], [0.0016820805720156376, -0.0008410402860078188]],
    [[0.0010905516844122356, 0.0011663583032675059, 0.0011176701194832502], [-0.0033729381082487136, -0.0036073983701960725, -0.003456811990059635], [-0.0020414192921742865, -0.002183322785990866, -0.002092182678558291]],
    [[0.00757968099754866, 0.008494824592776435, 0.006782738882470056], [-0.007032631295646758, -0.007881726064924115, -0.006293207029489213]],
    [[-0.034191689529166715, -0.06361637813139374]],
  ],
};

const SINGLE: Example = {
  name: '3-2',
  network: { weights: [[[0.5, -0.3, 0.8], [-0.2, 0.4, 0.1]]] },
  input: [1, 0.5, -1],
  target: [0, 1],
  pass: { z: [[], [-0.45, -0.1]], a: [[1, 0.5, -1], [0.389360766050778, 0.47502081252106]] },
  loss: 0.21360247671284835,
  gradients: [[[0.09257401076643354, 0.04628700538321677, -0.09257401076643354], [-0.13091723095717991, -0.06545861547858996, 0.13091723095717991]]],
};

/**
 * 2-2-1 with its first hidden unit saturated (z = −40, σ′ ≈ 4.2e−18): three gradients near 1e−19, which
 * backpropagation gets to full relative precision while differences of the loss round to exactly 0
 * (a change of 1e−5 in those weights moves the output by ~1e−23, below a double's step at 0.34).
 * Values: Python's decimal at 60 digits, rounded to doubles.
 */
const SATURATED: Example = {
  name: '2-2-1, saturated',
  network: { weights: [[[-30, -20], [0.4, -0.3]], [[0.8, -0.6]]] },
  input: [1, 0.5],
  target: [1],
  pass: { z: [[], [-40, 0.25], [-0.33730590053147885]], a: [[1, 0.5], [4.248354255291589e-18, 0.5621765008857981], [0.416464054109443]] },
  loss: 0.17025710007319353,
  gradients: [
    [[-4.819738335551435e-19, -2.4098691677757175e-19], [0.02094284874157879, 0.010471424370789396]],
    [[-6.024672919439294e-19, -0.07972333137268807]],
  ],
};

/** 2-3-2-1: two hidden layers, one output (three layers of weights). */
export const deepExample = (): Example => copy(DEEP);
/** 3-4-3-2: two hidden layers, two outputs. */
export const wideExample = (): Example => copy(WIDE);
/** 2-3-3-2-1: three hidden layers (four layers of weights). */
export const deeperExample = (): Example => copy(DEEPER);
/** 3-2: no hidden layer at all, the output layer is the only one. */
export const singleLayerExample = (): Example => copy(SINGLE);

/** 2-2-1 whose first hidden unit is saturated: gradients near 1e−19 (see SATURATED). */
export const saturatedExample = (): Example => copy(SATURATED);

/** The 2-3-2-1 net after one step w − 0.1 · ∂E/∂w. */
export const deepStepped = (): NetworkData => ({
  weights: [
    [[-0.10028256097419805, 0.12021192073064854], [0.8501432583608793, -0.07010744377065954], [0.020145482302146325, 0.16989088827339024]],
    [[-0.6293781501165275, 0.020905775444924477, 0.26064397488542995], [0.5895511330543245, -0.8106538115841733, -0.3904648373306762]],
    [[-0.823049233623721, 0.6174432684187597]],
  ],
});

// ── The loss as a plain function of the weights, for numerical gradient checks ────────────────

/** E = Σ ½(t − o)² of a sigmoid network, written out here so that gradient checks do not depend on 09 or 10. */
export function lossOf(weights: readonly (readonly (readonly number[])[])[], input: readonly number[], target: readonly number[]): number {
  let a: readonly number[] = input;
  for (const layer of weights) a = layer.map((row) => 1 / (1 + Math.exp(-row.reduce((sum, w, i) => sum + w * a[i]!, 0))));
  return a.reduce((sum, o, k) => sum + 0.5 * (target[k]! - o) ** 2, 0);
}

/** z and a of a sigmoid network in doubles, written out here (not 09's): what a learner's own forward run would give. */
export function passOf(weights: readonly (readonly (readonly number[])[])[], input: readonly number[]): PassData {
  const pass: PassData = { z: [[]], a: [[...input]] };
  for (const layer of weights) {
    const before = pass.a[pass.a.length - 1]!;
    const z = layer.map((row) => row.reduce((sum, w, i) => sum + w * before[i]!, 0));
    pass.z.push(z);
    pass.a.push(z.map((x) => 1 / (1 + Math.exp(-x))));
  }
  return pass;
}

/** ∂E/∂w for every weight by central differences of lossOf (step h), in the shape of the weights: the spec's own gradient. */
export function lossSlopes(weights: readonly (readonly (readonly number[])[])[], input: readonly number[], target: readonly number[], h = 1e-5): number[][][] {
  const flat = flatten(weights);
  const at = (k: number, d: number) => lossOf(unflatten(flat.map((w, m) => (m === k ? w + d : w)), weights), input, target);
  return unflatten(flat.map((_, k) => (at(k, h) - at(k, -h)) / (2 * h)), weights);
}

/** All weights in one list, layer by layer, row by row: what a numerical gradient works on. */
export function flatten(weights: readonly (readonly (readonly number[])[])[]): number[] {
  return weights.flatMap((layer) => layer.flatMap((row) => [...row]));
}

/** The inverse of flatten: a flat list back in the shape of `like`. */
export function unflatten(flat: readonly number[], like: readonly (readonly (readonly number[])[])[]): number[][][] {
  let k = 0;
  return like.map((layer) => layer.map((row) => row.map(() => flat[k++]!)));
}
