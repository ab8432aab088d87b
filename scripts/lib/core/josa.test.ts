import { describe, expect, it } from 'vitest';
import { josa, lastSound, particleFor } from './josa.ts';

describe('josa: the particle a Korean reader expects after the word', () => {
  it('after Hangul, by the final consonant (받침), ㄹ taking 로', () => {
    expect(josa('배열', '이/가')).toBe('배열이');
    expect(josa('모델', '을/를')).toBe('모델을');
    expect(josa('함수', '을/를')).toBe('함수를');
    expect(josa('서울', '으로/로')).toBe('서울로');
    expect(josa('행렬', '은/는')).toBe('행렬은');
    expect(josa('입력', '으로/로')).toBe('입력으로');
    // A Korean aside in parentheses after a Korean word: by the word outside them.
    expect(josa('파라미터가 하나도 없는 경우(빈 배열)', '이/가')).toBe('파라미터가 하나도 없는 경우(빈 배열)가');
  });

  it('after digits, as the number is read aloud (영, 사, 십, 백, 만)', () => {
    expect(josa(0, '을/를')).toBe('0을'); // 영
    expect(josa('04', '을/를')).toBe('04를'); // 사
    expect(josa(10, '은/는')).toBe('10은'); // 십
    expect(josa(100, '이/가')).toBe('100이'); // 백
    expect(josa(10000, '이/가')).toBe('10000이'); // 만
    expect(josa(12, '와/과')).toBe('12와'); // 이
    expect(josa('1.5', '은/는')).toBe('1.5는'); // 오
    expect(josa('0.3', '을/를')).toBe('0.3을'); // 삼
  });

  it('after an acronym or a single letter, by the name of its last letter', () => {
    expect(josa('MSE', '이/가')).toBe('MSE가'); // 이
    expect(josa('SGD', '을/를')).toBe('SGD를'); // 디
    expect(josa('x', '이/가')).toBe('x가'); // 엑스
    expect(josa('L', '은/는')).toBe('L은'); // 엘
    expect(josa('lr', '이/가')).toBe('lr이'); // no vowel: 엘알
  });

  it('after an English word, by how it is spelled in Hangul', () => {
    expect(josa('input', '을/를')).toBe('input을'); // 인풋
    expect(josa('weights', '와/과')).toBe('weights와'); // 웨이츠
    expect(josa('model', '으로/로')).toBe('model로'); // 모델
    expect(josa('model', '이/가')).toBe('model이');
    expect(josa('all', '을/를')).toBe('all을'); // 올
    expect(josa('step', '으로/로')).toBe('step으로'); // 스텝
    expect(josa('line', '이/가')).toBe('line이'); // 라인
    expect(josa('train', '을/를')).toBe('train을'); // 트레인
    expect(josa('trainSoftmaxClassifier', '을/를')).toBe('trainSoftmaxClassifier를'); // camelCase: 클래시파이어
  });

  it('reads the words it knows by heart, and looks past closing punctuation', () => {
    expect(josa('NaN', '이/가')).toBe('NaN이'); // 낸
    expect(josa('true', '이/가')).toBe('true가'); // 트루
    expect(josa('undefined', '와/과')).toBe('undefined와'); // 언디파인드
    expect(josa('`scores`', '을/를')).toBe('`scores`를');
    expect(josa('f(x)', '을/를')).toBe('f(x)를');
    expect(josa('"배열"', '이/가')).toBe('"배열"이');
  });

  it('gives the plain form when there is nothing to read', () => {
    expect(josa('', '이/가')).toBe('가');
    expect(josa('π', '을/를')).toBe('π를');
  });
});

describe('particleFor and lastSound', () => {
  it('particleFor gives the particle alone', () => {
    expect(particleFor('배열', '은/는')).toBe('은');
    expect(particleFor('scores', '은/는')).toBe('는');
    expect(particleFor(3, '으로/로')).toBe('으로'); // 삼
  });

  it('looks past a Latin aside in parentheses to the word before it, but reads a Korean one', () => {
    expect(josa('SGD 클래스의 객체 (lr)', '을/를')).toBe('SGD 클래스의 객체 (lr)를');
    expect(josa('[1, 2] (x, y)', '이/가')).toBe('[1, 2] (x, y)가');
    expect(josa('"0.45" (문자열)', '이/가')).toBe('"0.45" (문자열)이');
    expect(josa('(lr)', '을/를')).toBe('(lr)을');
  });

  it('lastSound is a Hangul syllable that ends as the word is read', () => {
    expect(lastSound('배열')).toBe('열');
    expect(lastSound('7')).toBe('칠');
    expect(lastSound('1000')).toBe('천');
    expect(lastSound('JSON')).toBe('슨');
  });
});
