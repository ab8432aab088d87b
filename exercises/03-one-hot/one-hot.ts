/**
 * oneHot(k, n): the vector of length n that is 1 at position k and 0 elsewhere.
 * Class indices start at 0: the article's "2nd class" of three is oneHot(1, 3) = [0, 1, 0].
 * Throw a RangeError naming `numClasses` unless it is a positive integer, and one naming
 * `classIndex` unless it is an integer from 0 to n − 1.
 *
 * oneHot(k, n): k번째만 1이고 나머지는 0인 길이 n의 벡터.
 * 클래스 인덱스는 0부터 셉니다. 글에서 세 클래스 중 "2번 클래스"는 oneHot(1, 3) = [0, 1, 0] 입니다.
 * numClasses가 양의 정수가 아니면 `numClasses`를, classIndex가 0부터 n − 1까지의 정수가 아니면
 * `classIndex`를 언급하는 RangeError를 던지세요.
 *
 * Instructions / 설명: exercises/03-one-hot/README.md, README.ko.md
 */
export function oneHot(classIndex: number, numClasses: number): number[] {
  // TODO: your code here / 여기에 코드를 작성하세요
  throw new Error('not implemented: oneHot');
}
