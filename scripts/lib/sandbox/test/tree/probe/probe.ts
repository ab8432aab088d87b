// A learner's module as the boundary test imports it (see ../boundary.spec.ts): one function or class per
// thing the grading mode must carry across unchanged.
export function identity<T>(x: T): T {
  return x;
}

export function specials(): unknown[] {
  return [Number.NaN, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined, 2n ** 70n];
}

export function throwRange(message: string): never {
  throw new RangeError(message);
}

export class ShapeError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'ShapeError';
  }
}

export function throwShape(): never {
  throw new ShapeError('rows and columns do not fit');
}

/** Changes its argument (a mistake the specs must see). */
export function scribble(values: number[]): void {
  values.push(4);
  values[0] = -1;
}

export function returnsItsArgument(values: number[]): number[] {
  return values;
}

export function isSame(a: unknown, b: unknown): boolean {
  return a === b;
}

/** Keeps a reference to its argument and reads it later. */
export class Keeper {
  kept: number[] = [];
  keep(values: number[]): void {
    this.kept = values;
  }
  sum(): number {
    let s = 0;
    for (const x of this.kept) s += x;
    return s;
  }
}

export class Counter {
  count = 0;
  increment(): number {
    this.count += 1;
    return this.count;
  }
}

/** Calls a method of the learner's own object that the spec handed back. */
export function incrementTwice(counter: Counter): number {
  counter.increment();
  return counter.increment();
}

/** Calls the spec's function, twice. */
export function twice(f: (x: number) => number, x: number): number {
  return f(f(x));
}

/** Takes a factory of optimizers (the spec's, or the learner's own) and steps twice. */
export function stepTwice(make: () => { step(params: readonly number[]): number[] }, params: number[]): number[] {
  const optimizer = make();
  return optimizer.step(optimizer.step(params));
}

export class Doubler {
  step(params: readonly number[]): number[] {
    return params.map((p) => 2 * p);
  }
}

export async function later(x: number): Promise<number> {
  return 2 * x;
}

/** What a dishonest learner returns to make `toEqual` pass on anything. */
export function anything(): unknown {
  return { asymmetricMatch: () => true };
}

export class Liar {
  asymmetricMatch(): boolean {
    return true;
  }
}
