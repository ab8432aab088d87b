/**
 * What every optimizer of chapter 4 offers: one step from the parameters θ and the gradient g of
 * the loss at θ to the next parameters. `step` returns a new array and leaves both arguments alone;
 * whatever an optimizer remembers between steps lives in the instance. (Given: nothing to write here.)
 *
 * 4장의 모든 옵티마이저가 제공하는 것: 파라미터 θ와 θ에서의 손실 기울기 g로 다음 파라미터를 구하는 한 단계.
 * `step`은 새 배열을 반환하고 두 인자를 그대로 둡니다. 단계 사이에 기억할 것은 인스턴스에 둡니다.
 * (이미 주어져 있으니 여기는 작성할 것이 없습니다.)
 */
export interface Optimizer {
  step(params: readonly number[], grads: readonly number[]): number[];
}

/**
 * Stochastic gradient descent as torch.optim.SGD does it without momentum: θ ← θ − lr · g.
 * lr has no default; the constructor throws a RangeError naming `lr` unless it is a finite number above 0.
 * step returns a new array and changes neither argument. It throws a RangeError or TypeError naming
 * `grads` when grads is not as long as params, naming `params` when params is empty, and either one for
 * an entry that is not a finite number. SGD remembers nothing, so each call may have any length.
 *
 * 모멘텀 없는 torch.optim.SGD와 같은 확률적 경사하강법: θ ← θ − lr · g.
 * lr에는 기본값이 없습니다. 생성자는 lr이 0보다 큰 유한한 숫자가 아니면 `lr`을 언급하는 RangeError를 던집니다.
 * step은 새 배열을 반환하고 두 인자를 바꾸지 않습니다. grads의 길이가 params와 다르면 `grads`를, params가
 * 비어 있으면 `params`를 언급하는 RangeError나 TypeError를, 유한한 숫자가 아닌 항목이 있으면 해당 인자를
 * 언급하는 오류를 던집니다. SGD는 아무것도 기억하지 않으므로 호출마다 길이가 달라도 됩니다.
 *
 * Instructions / 설명: exercises/15-sgd/README.md, README.ko.md
 */
export class SGD implements Optimizer {
  /** The learning rate / 학습률 */
  readonly lr: number;

  constructor({ lr }: { lr: number }) {
    // TODO: reject a bad lr with a RangeError that names lr / 잘못된 lr은 lr을 언급하는 RangeError로 거부하세요
    this.lr = lr;
  }

  step(params: readonly number[], grads: readonly number[]): number[] {
    // TODO: your code here / 여기에 코드를 작성하세요
    throw new Error('not implemented: SGD.step');
  }
}
