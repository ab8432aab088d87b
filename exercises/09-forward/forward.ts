import { sigmoid } from '../06-sigmoid/sigmoid';

/**
 * A fully connected sigmoid network without biases: weights[l][j][i] joins unit i of layer l to
 * unit j of layer l + 1. The article's net (w1 … w8) is
 * { weights: [[[0.3, 0.25], [0.4, 0.35]], [[0.45, 0.4], [0.7, 0.6]]] }.
 *
 * 편향 없이 모든 층에 시그모이드를 쓰는 완전 연결 네트워크: weights[l][j][i]는 l층의 i번 유닛과
 * l + 1층의 j번 유닛을 잇는 가중치입니다. 글의 네트워크(w1 … w8)는 위와 같습니다.
 */
export type Network = { weights: number[][][] };

/**
 * The forward pass, keeping every layer: a[0] is a copy of the input, z[0] is []; for l ≥ 1,
 * z[l][j] = Σ_i weights[l − 1][j][i] · a[l − 1][i] and a[l][j] = σ(z[l][j]), with your sigmoid (06).
 * Throw a RangeError or TypeError naming `input` or `network` for an empty input, a layer whose
 * rows do not have one weight per unit of the layer before, and values that are not finite numbers.
 *
 * 모든 층을 기록하는 순전파: a[0]은 입력의 복사본, z[0]은 [] 입니다. l ≥ 1이면
 * z[l][j] = Σ_i weights[l − 1][j][i] · a[l − 1][i], a[l][j] = σ(z[l][j]) 이고, σ는 직접 만든 sigmoid(06)입니다.
 * 빈 입력, 행의 가중치 수가 이전 층의 유닛 수와 다른 층, 유한한 숫자가 아닌 값이 있으면 `input`이나
 * `network`를 언급하는 RangeError나 TypeError를 던지세요.
 *
 * Instructions / 설명: exercises/09-forward/README.md, README.ko.md
 */
export function forward(network: Network, input: readonly number[]): { z: number[][]; a: number[][] } {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: forward');
}
