/**
 * σ(z) = 1 / (1 + e^(−z)): the sigmoid squashes a pre-activation z into (0, 1).
 * In the article, h1 = σ(z1) = σ(0.08) = 0.51998934. It must not give NaN for z = ±1000.
 * Throw a TypeError naming `z` when z is NaN or not a number.
 *
 * σ(z) = 1 / (1 + e^(−z)): 시그모이드는 활성화 이전 값 z를 (0, 1) 사이로 눌러 줍니다.
 * 글에서 h1 = σ(z1) = σ(0.08) = 0.51998934 입니다. z = ±1000에서도 NaN이 나오면 안 됩니다.
 * z가 NaN이거나 숫자가 아니면 `z`를 언급하는 TypeError를 던지세요.
 *
 * Instructions / 설명: exercises/06-sigmoid/README.md, README.ko.md
 */
export function sigmoid(z: number): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: sigmoid');
}

/**
 * σ′(z) = σ(z) · (1 − σ(z)): the slope of the sigmoid at the pre-activation z (not at σ(z)).
 * In the article, ∂h1/∂z1 = σ′(0.08) = 0.24960043. Throw a TypeError naming `z` for NaN.
 *
 * σ′(z) = σ(z) · (1 − σ(z)): 활성화 이전 값 z에서의 시그모이드 기울기 (σ(z)에서가 아닙니다).
 * 글에서 ∂h1/∂z1 = σ′(0.08) = 0.24960043 입니다. NaN이면 `z`를 언급하는 TypeError를 던지세요.
 */
export function sigmoidPrime(z: number): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: sigmoidPrime');
}
