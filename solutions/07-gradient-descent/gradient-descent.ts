/**
 * One step of gradient descent: x_{i+1} = x_i − α · f′(x_i).
 * A positive slope moves x to the left, a negative one to the right, and a steep slope moves it
 * further than a gentle one. The learning rate α scales the step.
 */
export function gradientDescentStep(x: number, slope: number, learningRate: number): number {
  checkFinite(x, 'x', 'gradientDescentStep');
  checkFinite(slope, 'slope', 'gradientDescentStep');
  checkLearningRate(learningRate, 'gradientDescentStep');
  return x - learningRate * slope;
}

/**
 * `steps` steps of gradient descent from x0, using `derivative` for the slope at each point.
 * Returns every position visited: x0 first, then one value per step (steps + 1 values).
 */
export function gradientDescent(derivative: (x: number) => number, x0: number, learningRate: number, steps: number): number[] {
  if (typeof derivative !== 'function') throw new TypeError(`gradientDescent: derivative must be a function of x, got ${typeof derivative}`);
  checkFinite(x0, 'x0', 'gradientDescent');
  checkLearningRate(learningRate, 'gradientDescent');
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`gradientDescent: steps must be a whole number, 0 or more, got ${steps}`);

  const xs = [x0];
  let x = x0;
  for (let i = 0; i < steps; i++) {
    x = gradientDescentStep(x, derivative(x), learningRate);
    xs.push(x);
  }
  return xs;
}

function checkFinite(value: unknown, name: string, caller: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${caller}: ${name} must be a finite number, got ${String(value)}`);
}

function checkLearningRate(learningRate: unknown, caller: string): void {
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || learningRate <= 0) {
    throw new RangeError(`${caller}: learningRate must be a positive number, got ${String(learningRate)}`);
  }
}
