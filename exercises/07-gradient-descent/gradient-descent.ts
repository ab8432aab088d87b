/**
 * One step of gradient descent: x_{i+1} = x_i − α · slope, where slope = f′(x_i) and α is the
 * learning rate. A positive slope moves x to the left, a negative slope to the right.
 * Throw a TypeError naming `x` or `slope` if they are not finite numbers, and a RangeError naming
 * `learningRate` unless it is a positive finite number.
 *
 * 경사하강법 한 단계: x_{i+1} = x_i − α · slope. slope = f′(x_i)이고 α는 학습률입니다.
 * 기울기가 양수면 x는 왼쪽으로, 음수면 오른쪽으로 움직입니다.
 * `x`나 `slope`가 유한한 숫자가 아니면 그 이름을 언급하는 TypeError를, `learningRate`가 양의 유한한
 * 숫자가 아니면 `learningRate`를 언급하는 RangeError를 던지세요.
 *
 * Instructions / 설명: exercises/07-gradient-descent/README.md, README.ko.md
 */
export function gradientDescentStep(x: number, slope: number, learningRate: number): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: gradientDescentStep');
}

/**
 * `steps` steps of gradient descent from x0, taking the slope at each point from `derivative`.
 * Returns every position: x0 first, then one value per step, so steps + 1 values in all.
 * Throw a TypeError naming `derivative` if it is not a function, and a RangeError naming `steps`
 * unless it is a whole number, 0 or more (and the errors above for `x0` and `learningRate`).
 *
 * x0에서 시작해 `steps`번 경사하강법을 진행합니다. 각 지점의 기울기는 `derivative`로 구합니다.
 * 지나온 모든 위치를 반환합니다: 맨 앞에 x0, 그다음 한 단계마다 값 하나, 모두 steps + 1개입니다.
 * `derivative`가 함수가 아니면 `derivative`를 언급하는 TypeError를, `steps`가 0 이상의 정수가 아니면
 * `steps`를 언급하는 RangeError를 던지세요 (`x0`과 `learningRate`는 위와 같습니다).
 */
export function gradientDescent(derivative: (x: number) => number, x0: number, learningRate: number, steps: number): number[] {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: gradientDescent');
}
