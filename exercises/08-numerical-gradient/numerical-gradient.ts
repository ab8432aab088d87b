/**
 * The derivative of f at x by the central difference: (f(x + h) − f(x − h)) / 2h.
 * Throw a TypeError naming `f` if it is not a function or `x` if it is not a finite number, and a
 * RangeError naming `h` unless it is a positive finite number.
 *
 * 중앙 차분으로 구한 x에서의 f의 도함수 값: (f(x + h) − f(x − h)) / 2h.
 * `f`가 함수가 아니거나 `x`가 유한한 숫자가 아니면 그 이름을 언급하는 TypeError를, `h`가 양의 유한한
 * 숫자가 아니면 `h`를 언급하는 RangeError를 던지세요.
 *
 * Instructions / 설명: exercises/08-numerical-gradient/README.md, README.ko.md
 */
export function numericalDerivative(f: (x: number) => number, x: number, h = 1e-5): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: numericalDerivative');
}

/**
 * The gradient of f at xs, one central difference per coordinate: entry i is
 * (f(xs with xs[i] + h) − f(xs with xs[i] − h)) / 2h, every other coordinate unchanged.
 * xs itself must not change. Throw a RangeError or TypeError naming `xs` for an empty array or an
 * entry that is not a finite number (and the errors above for `f` and `h`).
 *
 * 좌표마다 중앙 차분 하나로 구한 xs에서의 f의 기울기: i번째 항목은
 * (f(xs[i] + h인 xs) − f(xs[i] − h인 xs)) / 2h 이고, 나머지 좌표는 그대로 둡니다.
 * xs 자체는 바뀌면 안 됩니다. 빈 배열이나 유한한 숫자가 아닌 항목이 있으면 `xs`를 언급하는
 * RangeError나 TypeError를 던지세요 (`f`와 `h`는 위와 같습니다).
 */
export function numericalGradient(f: (xs: readonly number[]) => number, xs: readonly number[], h = 1e-5): number[] {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: numericalGradient');
}

/**
 * |a − b| / max(|a|, |b|), and 0 when a and b are both 0: how far apart two values are, as a
 * fraction of the larger one. Throw a TypeError naming `a` or `b` if it is not a finite number.
 *
 * |a − b| / max(|a|, |b|), a와 b가 모두 0이면 0: 두 값이 더 큰 쪽에 비해 얼마나 떨어져 있는지.
 * `a`나 `b`가 유한한 숫자가 아니면 그 이름을 언급하는 TypeError를 던지세요.
 */
export function relativeError(a: number, b: number): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: relativeError');
}
