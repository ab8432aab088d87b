// verify: every number an exercise README prints with four or more decimals is either the article's
// (../shared/article/numbers.md, kept as scripts/lib/verify/fixtures/article-numbers.txt) or worked out again in
// readme-numbers.ts and equal to it at the printed precision (decimal.js, half up); the English and
// the Korean README print the same numbers; no entry there is stale.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { type Curriculum, isPresent, pathsOf, root } from '../../core/curriculum.ts';
import { optimizerCases as cases } from '../../../../spec/support/generated/optimizer-cases.ts';
import { type Cases, claimsWith } from '../readme-numbers.ts';

const optimizerCases = (): Cases => cases;

import type { Check } from '../tally.ts';

const NUMBER = /(?<![\w.])\d+\.\d{4,}(?![\d])/g;

function numbersIn(text: string): Set<string> {
  return new Set(text.match(NUMBER) ?? []);
}

/** The article's printed numbers (scripts/lib/verify/fixtures/article-numbers.txt: numbers.md's values, one per line). */
function articleNumbers(): Set<string> {
  const file = join(root, 'scripts', 'lib', 'verify', 'fixtures', 'article-numbers.txt');
  return existsSync(file) ? numbersIn(readFileSync(file, 'utf8')) : new Set();
}

function rounded(value: Decimal | number, printed: string): string {
  const decimals = printed.split('.')[1]?.length ?? 0;
  return new Decimal(value).abs().toFixed(decimals, Decimal.ROUND_HALF_UP);
}

export function checkReadmeNumbers(curriculum: Curriculum): Check[] {
  const article = articleNumbers();
  const claims = claimsWith(optimizerCases());
  const checks: Check[] = [];
  let verified = 0;
  let fromArticle = 0;
  const problems: string[] = [];
  for (const exercise of curriculum.exercises.filter((e) => isPresent(e))) {
    const en = readFileSync(join(root, pathsOf(exercise).readme), 'utf8');
    const ko = readFileSync(join(root, pathsOf(exercise).readmeKo), 'utf8');
    const [inEn, inKo] = [numbersIn(en), numbersIn(ko)];
    const onlyEn = [...inEn].filter((n) => !inKo.has(n));
    const onlyKo = [...inKo].filter((n) => !inEn.has(n));
    if (onlyEn.length || onlyKo.length)
      problems.push(
        `${exercise.id}: the two READMEs differ — only in English ${onlyEn.join(', ') || '–'}; only in Korean ${onlyKo.join(', ') || '–'}`,
      );
    const mine = claims.filter((c) => c.id === exercise.id);
    for (const n of inEn) {
      const claim = mine.find((c) => c.printed === n);
      if (claim) {
        const value = rounded(claim.value(), n);
        if (value === n) verified += 1;
        else problems.push(`${exercise.id}: prints ${n} for ${claim.what}, which is ${value}`);
      } else if (article.has(n)) fromArticle += 1;
      else
        problems.push(`${exercise.id}: prints ${n}, which is neither the article's nor worked out in scripts/lib/verify/readme-numbers.ts`);
    }
    for (const c of mine)
      if (!inEn.has(c.printed))
        problems.push(`${exercise.id}: readme-numbers.ts works out ${c.printed} (${c.what}), which its README no longer prints`);
  }
  checks.push([
    problems.length === 0,
    `README numbers: ${verified} worked out again and equal at their printed precision, ${fromArticle} the article's own; English and Korean print the same`,
    problems.join('\n'),
  ]);
  return checks;
}
