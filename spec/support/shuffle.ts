// The spec's own copy of the shuffle exercise 24's README prescribes, to know the exact order a seed
// gives — and the orders of the usual wrong shuffles, to name them. Independent of the learner's file:
// mulberry32 is restated here (Tommy Ettinger, public domain), the same eight lines as in iris.ts.

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const indices = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Fisher–Yates as the README writes it: for i from n − 1 down to 1, swap i with j = ⌊random() · (i + 1)⌋. `from`: the order shuffled. */
export function fisherYates(n: number, random: () => number, from = indices(n), down = 1): number[] {
  const order = [...from];
  for (let i = n - 1; i >= down; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The same shuffle run upwards (Durstenfeld's other direction): i from 0 to n − 2, j = i + ⌊random() · (n − i)⌋. Just as fair. */
export function fisherYatesUpwards(n: number, random: () => number, from = indices(n), upTo = n - 1): number[] {
  const order = [...from];
  for (let i = 0; i < upTo; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Durstenfeld's "inside-out" form: a fresh array, i from 0 to n − 1, j = ⌊random() · (i + 1)⌋. Fair as well. */
export function insideOut(n: number, random: () => number, from = indices(n)): number[] {
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = Math.floor(random() * (i + 1));
    order[i] = order[j]!; // when j = i this is overwritten at once
    order[j] = from[i]!;
  }
  return order;
}

/** A random key per position, then sorted by key: also fair (the keys are almost surely distinct). */
export function byRandomKeys(n: number, random: () => number, from = indices(n)): number[] {
  const keys = indices(n).map(() => random());
  return indices(n)
    .sort((a, b) => keys[a]! - keys[b]!)
    .map((k) => from[k]!);
}

/**
 * Each fair shuffle, in each way of writing its loop that gives the same first order (Fisher–Yates down to 0 draws
 * one number more): `shuffle(from, random)`.
 */
const fairShuffles: ((n: number, random: () => number, from: number[]) => number[])[] = [
  (n, random, from) => fisherYates(n, random, from),
  (n, random, from) => fisherYates(n, random, from, 0),
  (n, random, from) => fisherYatesUpwards(n, random, from),
  (n, random, from) => fisherYatesUpwards(n, random, from, n),
  insideOut,
  byRandomKeys,
];

/**
 * Epoch 2's order by every fair shuffle with one generator made once per run: the indices shuffled afresh, or the
 * order of epoch 1 shuffled again; and what the same shuffle gives when the generator is made again for epoch 2
 * (mulberry32(seed) inside the epoch loop): epoch 1's random numbers once more, on epoch 1's order.
 */
export function secondOrders(n: number, seed: number): { fair: number[][]; generatorRemade: number[][] } {
  /** mulberry32(seed) after `draws` numbers: where one generator stands after epoch 1. */
  const after = (draws: number) => {
    const random = mulberry32(seed);
    for (let k = 0; k < draws; k++) random();
    return random;
  };
  const fair: number[][] = [];
  const remade: number[][] = [];
  for (const shuffle of fairShuffles) {
    let draws = 0;
    const random = mulberry32(seed);
    const counted = () => {
      draws++;
      return random();
    };
    const first = shuffle(n, counted, indices(n));
    fair.push(shuffle(n, after(draws), indices(n)), shuffle(n, after(draws), first));
    remade.push(shuffle(n, mulberry32(seed), first));
  }
  const generatorRemade = remade.filter((order) => !fair.some((f) => f.join() === order.join()));
  return { fair, generatorRemade };
}

/**
 * The biased "naive" shuffle, every position swapped with any, j = ⌊random() · n⌋, in the four ways a
 * loop over the positions is usually written (down to 0 or 1, up to n − 1 or n − 2).
 */
export function naiveShuffles(n: number, seed: number): number[][] {
  const loops: number[][] = [indices(n).reverse(), indices(n).reverse().slice(0, -1), indices(n), indices(n).slice(0, -1)];
  return loops.map((positions) => {
    const random = mulberry32(seed);
    const order = indices(n);
    for (const i of positions) {
      const j = Math.floor(random() * n);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  });
}

/** The other biased favourite: sorting with a random comparator. */
export function sortShuffle(n: number, random: () => number): number[] {
  return indices(n).sort(() => random() - 0.5);
}

/** The first epoch's order of n examples with `seed`, by each shuffle. */
export function firstOrders(n: number, seed: number) {
  return {
    fisherYates: fisherYates(n, mulberry32(seed)),
    /** Other fair shuffles a learner may write; the spec accepts them too. */
    fair: [fisherYatesUpwards(n, mulberry32(seed)), insideOut(n, mulberry32(seed)), byRandomKeys(n, mulberry32(seed))],
    naive: naiveShuffles(n, seed),
    sorted: sortShuffle(n, mulberry32(seed)),
  };
}
