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
 *
 * Provided, not an exercise: use it as it is. / 제공되는 코드입니다. 그대로 쓰세요.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
