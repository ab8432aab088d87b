// verify's check of the Korean grammar in every message: each string and template literal with Hangul in
// spec/, scripts/ and explore/ is rendered with sample values — a `${…}` becomes a sample word, a
// josa(word, '이/가') call is run on several sample words (Hangul with and without 받침, a number, an
// identifier) — and no rendering may contain a particle fallback such as "이(가)", "을(를)", "(으)로".
// The particle is chosen by the word (scripts/lib/core/josa.ts), never left to the reader.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { root } from '../../core/curriculum.ts';
import { josa, particleFor, type Particle } from '../../core/josa.ts';

/** What a fallback looks like: a particle, or its first syllable, in brackets right after a word. */
export const FALLBACK = /\((?:이|가|을|를|은|는|과|와|으|로|으로|이나|나|이라|라)\)/;

/** Sample words a `${…}` stands for, the particle chosen for each: every kind of ending. */
const SAMPLES = ['배열', '값', '레일', 'scores', 'input', '0', '04', '0.5', 'MSE', '`p`'];
const PLACEHOLDER = '값';

const HANGUL = /[가-힣]/;
const FOLDERS = ['spec', 'scripts', 'explore'];

/** Every .ts/.mts/.mjs file under the message folders of `base` (node_modules and fixtures aside). */
export function messageFiles(base = root): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:ts|mts|mjs)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts')) out.push(path);
    }
  };
  for (const folder of FOLDERS) walk(join(base, folder));
  return out;
}

/** The renderings of one literal: one per sample word when it calls josa, else one. */
function renderings(node: ts.Node, source: ts.SourceFile): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (!ts.isTemplateExpression(node)) return [];
  return SAMPLES.map((sample) => {
    let text = node.head.text;
    for (const span of node.templateSpans) text += renderExpression(span.expression, sample, source) + span.literal.text;
    return text;
  });
}

function renderExpression(expression: ts.Expression, sample: string, source: ts.SourceFile): string {
  if (
    ts.isCallExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    ['josa', 'particleFor'].includes(expression.expression.text)
  ) {
    const particle = expression.arguments[1];
    if (particle && ts.isStringLiteral(particle)) {
      return expression.expression.text === 'josa'
        ? josa(sample, particle.text as Particle)
        : particleFor(sample, particle.text as Particle);
    }
  }
  // Any other value (a nested literal, a conditional's Korean branch, is checked on its own): a stand-in.
  void source;
  return PLACEHOLDER;
}

export interface Fallback {
  file: string;
  line: number;
  text: string;
}

/** Every rendering of a Korean literal in `code` that contains a fallback. */
export function fallbacksIn(code: string, file: string): Fallback[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const found: Fallback[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      if (HANGUL.test(node.getText(source))) {
        const bad = renderings(node, source).find((text) => FALLBACK.test(text));
        if (bad !== undefined)
          found.push({
            file,
            line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
            text: bad.length > 120 ? `${bad.slice(0, 119)}…` : bad,
          });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** verify's checks: the repository's messages, the helper's choices, and the check itself on planted fallbacks. */
export function checkKorean(base = root): [ok: boolean, what: string, detail: string][] {
  const files = messageFiles(base).filter(
    (f) => !f.endsWith(join('verify', 'checks', 'korean.ts')) && !f.endsWith(join('core', 'josa.ts')),
  );
  const found = files.flatMap((f) => fallbacksIn(readFileSync(f, 'utf8'), relative(base, f)));
  const checks: [boolean, string, string][] = [
    [
      files.length > 50 && found.length === 0,
      `no Korean message in ${files.length} files of ${FOLDERS.join('/, ')}/ renders a particle fallback ("이(가)", "을(를)", "(으)로" …) with sample words`,
      found.map((f) => `${f.file}:${f.line}: ${f.text}`).join('\n'),
    ],
  ];
  // The particle the helper picks, for words of every kind of ending (what a reader would write).
  const expected: [unknown, Particle, string][] = [
    ['빈 배열', '이/가', '빈 배열이'],
    ['값', '을/를', '값을'],
    ['학교', '으로/로', '학교로'],
    ['레일', '으로/로', '레일로'],
    ['집', '으로/로', '집으로'],
    ['`scores`', '을/를', '`scores`를'],
    [0, '을/를', '0을'],
    ['04', '을/를', '04를'],
    ['01', '을/를', '01을'],
    [10, '은/는', '10은'],
    [0.25, '이/가', '0.25가'],
    ['MSE', '이/가', 'MSE가'],
    ['input', '이/가', 'input이'],
    ['weights', '이/가', 'weights가'],
    ['train', '으로/로', 'train으로'],
    ['model', '으로/로', 'model로'],
    ['lr', '이/가', 'lr이'],
    ['[0.1, 0.2]', '을/를', '[0.1, 0.2]를'],
    ['NaN', '이/가', 'NaN이'],
    ['kata.json', '와/과', 'kata.json과'],
    ['선생님', '와/과', '선생님과'],
  ];
  const wrong = expected.map(([word, particle, want]) => [josa(word, particle), want] as const).filter(([got, want]) => got !== want);
  checks.push([
    wrong.length === 0,
    `josa() picks the particle by the word's last sound (${expected.length} words: Hangul, digits, identifiers, acronyms)`,
    wrong.map(([got, want]) => `${got}, not ${want}`).join('\n'),
  ]);
  // The check can fail: each planted fallback is found.
  // biome-ignore-start lint/suspicious/noTemplateCurlyInString: planted source text, template literals written as strings
  const planted = [
    '`${what}이(가) 들어오면`',
    '`${josa(what, "이/가")} ${name}을(를) 바꿨습니다`',
    "'스텁(으)로 되돌렸습니다'",
    '`${x}와(과) ${y}`',
  ];
  // biome-ignore-end lint/suspicious/noTemplateCurlyInString: planted source text
  const missed = planted.filter((code) => fallbacksIn(`const m = ${code};`, 'planted.ts').length === 0);
  checks.push([missed.length === 0, `the check finds each of ${planted.length} planted fallbacks`, missed.join('\n')]);
  return checks;
}
