// Korean particles chosen by the word they follow: "배열이", "값을", "`scores`를", "0을", "04를", never
// "이(가)" or "을(를)". es-hangul's josa decides for a Hangul word (받침, and ㄹ before 으로/로); a word
// that ends in digits or Latin letters is first given the Korean reading of its last sound, the way a
// Korean reader says it aloud ("0" 영, "10" 십, "MSE" 이, "input" 인풋, "weights" 웨이츠).
// Shared by the specs (spec/support/i18n.ts), the scripts and the explore page; verify's checks/korean.ts
// renders every Korean message with sample words and fails on a fallback.
import { josa as hangulJosa } from 'es-hangul';

export type Particle = Parameters<typeof hangulJosa.pick>[1];

/** `word` followed by the form of `particle` ('이/가', '을/를', '은/는', '와/과', '으로/로' …) that fits it. */
export function josa(word: unknown, particle: Particle): string {
  const text = String(word);
  return text + hangulJosa.pick(lastSound(text), particle);
}

/** Just the particle, for a word that is printed apart from it. */
export function particleFor(word: unknown, particle: Particle): string {
  return hangulJosa.pick(lastSound(String(word)), particle);
}

// Stand-ins for how a word ends: no final consonant, a final consonant, a final ㄹ.
const OPEN = '가';
const CLOSED = '각';
const RIEUL = '갈';

const DIGITS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/** 10, 100, 1000, 10⁴ … read by their last unit: 십, 백, 천, 만, 십(만), 백(만), 천(만), 억 … */
const UNITS = ['십', '백', '천', '만', '십', '백', '천', '억', '십', '백', '천', '조'];
/** The Korean names of the letters, as an acronym is read (MSE 엠에스이, SGD 에스지디). */
const LETTERS: Record<string, string> = {
  a: '에이',
  b: '비',
  c: '시',
  d: '디',
  e: '이',
  f: '에프',
  g: '지',
  h: '에이치',
  i: '아이',
  j: '제이',
  k: '케이',
  l: '엘',
  m: '엠',
  n: '엔',
  o: '오',
  p: '피',
  q: '큐',
  r: '알',
  s: '에스',
  t: '티',
  u: '유',
  v: '브이',
  w: '더블유',
  x: '엑스',
  y: '와이',
  z: '지',
};
/** Words a message prints whose reading the rules below would guess wrong. */
const WORDS: Record<string, string> = {
  nan: '낸',
  null: '널',
  undefined: '드',
  true: '루',
  false: '스',
  json: '슨',
  html: '엘',
  png: '지',
};

/** A Hangul syllable that ends the way `word` is read aloud. */
export function lastSound(word: string): string {
  // A Latin aside in parentheses after a word is skipped, as in 객체 (lr)를: the particle follows the word before it.
  // So is a Korean aside after a Korean word, as in 경우(빈 배열)가: by the word outside the parentheses (국제연합(UN)은).
  const aside = word.replace(/\s*\([^()가-힣]*\)$/u, '').replace(/(?<=[가-힣])\s*\([^()]*[가-힣][^()]*\)$/u, '');
  const text = (/[\p{L}\p{N}]/u.test(aside) ? aside : word).replace(/[^\p{L}\p{N}]+$/u, ''); // closing quotes, brackets, backticks, dots
  const last = text.at(-1);
  if (last === undefined) return OPEN;
  if (/[가-힣]/.test(last)) return last;
  const number = /(\d+)(?:\.(\d+))?$/.exec(text);
  if (number) return number[2] !== undefined ? DIGITS[Number(number[2].at(-1))]! : integerEnd(number[1]!);
  const letters = /[A-Za-z]+$/.exec(text)?.[0];
  if (!letters) return OPEN; // another script: no rule, the plain form
  const known = WORDS[letters.toLowerCase()];
  if (known) return known;
  if (letters.length === 1 || letters === letters.toUpperCase()) return LETTERS[letters.at(-1)!.toLowerCase()]!.at(-1)!;
  const lastWord = /[A-Z]?[a-z]+$/.exec(letters)?.[0].toLowerCase() ?? letters.toLowerCase(); // camelCase: its last word
  if (!/[aeiouy]/.test(lastWord)) return LETTERS[lastWord.at(-1)!]!.at(-1)!; // no vowel: read letter by letter (lr 엘알, xs 엑스)
  return englishEnd(lastWord);
}

function integerEnd(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, ''); // "04" is read 사
  if (/^0+$/.test(trimmed)) return DIGITS[0]!;
  const zeros = /0*$/.exec(trimmed)![0].length;
  return zeros === 0 ? DIGITS[Number(trimmed.at(-1))]! : UNITS[(zeros - 1) % UNITS.length]!;
}

/** How an English word usually ends in Korean spelling: "train" 트레인, "step" 스텝, "model" 모델, "weights" 웨이츠. */
function englishEnd(word: string): string {
  if (/(?:m|n|ng|mn)$/.test(word)) return CLOSED; // -m, -n, -ng: 암, 인, 잉
  if (/[aeiou][mn]e$/.test(word)) return CLOSED; // prime 프라임, line 라인, one 원
  if (/[aeiou]le?$|ll$/.test(word)) return RIEUL; // model 모델, module 모듈, all 올
  if (/(?:^|[^aeiou])[aeiou](?:ck|[ptkbg])$|ou[tp]$/.test(word)) return CLOSED; // step 스텝, input 인풋, back 백, target 타깃
  return OPEN; // a vowel, -r, -s, -x, -d, or a cluster: 웨이츠, 레이어, 모드, 그래디언트
}
