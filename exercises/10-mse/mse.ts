/**
 * E_total = Σ_k ½ (target_k − output_k)²: the article's error, a sum over the outputs (not a mean).
 * Throw a RangeError or TypeError naming `target` or `output` for an empty array, an entry that is
 * not a finite number, and a RangeError when their lengths differ.
 *
 * E_total = Σ_k ½ (target_k − output_k)²: 글의 오차로, 출력에 대한 합입니다 (평균이 아닙니다).
 * 빈 배열이나 유한한 숫자가 아닌 항목이 있으면 `target`이나 `output`을 언급하는 RangeError나
 * TypeError를, 길이가 다르면 RangeError를 던지세요.
 *
 * Instructions / 설명: exercises/10-mse/README.md, README.ko.md
 */
export function mse(target: readonly number[], output: readonly number[]): number {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: mse');
}

/**
 * ∂E_total/∂output_k = output_k − target_k, one entry per output. Same errors as mse.
 *
 * ∂E_total/∂output_k = output_k − target_k, 출력마다 항목 하나. 오류는 mse와 같습니다.
 */
export function msePrime(target: readonly number[], output: readonly number[]): number[] {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: msePrime');
}
