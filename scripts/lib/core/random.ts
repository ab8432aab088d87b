// Numbers drawn from a seed (mulberry32): the same seed, the same numbers, on every machine. Used where
// a teacher's export draws its own held-out inputs (scripts/generate-*-cases.ts).

/** A source of numbers in [0, 1) from `seed`. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let r = Math.imul(state ^ (state >>> 15), 1 | state);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number in [lo, hi] at `places` decimals, from `next`. */
export function uniform(next: () => number, lo: number, hi: number, places = 2): number {
  return Number((lo + (hi - lo) * next()).toFixed(places));
}
