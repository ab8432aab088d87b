/**
 * f′(x) ≈ (f(x + h) − f(x − h)) / 2h: the central difference.
 * Its error shrinks like h², while the one-sided (f(x + h) − f(x)) / h only shrinks like h.
 */
export function numericalDerivative(f: (x: number) => number, x: number, h = 1e-5): number {
  checkFunction(f, 'numericalDerivative');
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new TypeError(`numericalDerivative: x must be a finite number, got ${String(x)}`);
  checkStep(h, 'numericalDerivative');
  return (f(x + h) - f(x - h)) / (2 * h);
}

/**
 * ∇f(xs) ≈ one central difference per coordinate: nudge xs[i] by +h and by −h,
 * keep every other coordinate where it is, and divide the change in f by 2h.
 */
export function numericalGradient(f: (xs: readonly number[]) => number, xs: readonly number[], h = 1e-5): number[] {
  checkFunction(f, 'numericalGradient');
  if (!Array.isArray(xs) || xs.length === 0) throw new RangeError('numericalGradient: xs must be a non-empty array of numbers');
  xs.forEach((x, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new TypeError(`numericalGradient: xs[${i}] is ${String(x)}, not a finite number`);
  });
  checkStep(h, 'numericalGradient');

  const gradient: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const plus = [...xs];
    plus[i] = xs[i]! + h;
    const minus = [...xs];
    minus[i] = xs[i]! - h;
    gradient.push((f(plus) - f(minus)) / (2 * h));
  }
  return gradient;
}

/**
 * |a − b| / max(|a|, |b|), and 0 when both are 0 (CS231n's gradient check):
 * how far apart two values are, as a fraction of the larger.
 */
export function relativeError(a: number, b: number): number {
  if (typeof a !== 'number' || !Number.isFinite(a)) throw new TypeError(`relativeError: a must be a finite number, got ${String(a)}`);
  if (typeof b !== 'number' || !Number.isFinite(b)) throw new TypeError(`relativeError: b must be a finite number, got ${String(b)}`);
  const larger = Math.max(Math.abs(a), Math.abs(b));
  if (larger === 0) return 0;
  return Math.abs(a - b) / larger;
}

function checkFunction(f: unknown, caller: string): void {
  if (typeof f !== 'function') throw new TypeError(`${caller}: f must be a function, got ${typeof f}`);
}

function checkStep(h: unknown, caller: string): void {
  if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0) throw new RangeError(`${caller}: h must be a small positive number, got ${String(h)}`);
}
