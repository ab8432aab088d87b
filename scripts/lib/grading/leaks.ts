// Does a text contain a reference solution? Used by export (it refuses to write a template that
// would) and by verify (it searches every file and every git object of an export).
//
// A solution is recognised by fingerprints: its whole file, and the body of every function, method,
// constructor and accessor in it, each reduced to its tokens (comments and whitespace dropped, so
// reformatting or stripping comments does not hide it). Bodies shorter than MIN_LENGTH tokens' text
// are too generic to mean anything (`return a + b;`), and code the exercise's own stub or a provided
// file already contains is given code, not a solution, so neither counts.
import { createHash } from 'node:crypto';
import ts from 'typescript';

export const MIN_LENGTH = 60;

export interface Fingerprint {
  exercise: string;
  /** 'file' or the function's name, e.g. 'softmax', 'Adam.step'. */
  what: string;
  text: string;
}

/** Code reduced to its tokens: no comments, no whitespace. Any text can be reduced, not only TypeScript. */
export function reduce(code: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  const out: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) out.push(scanner.getTokenText());
  return out.join('').replace(/\s+/g, '');
}

function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  const own =
    named.name && (ts.isIdentifier(named.name) || ts.isPrivateIdentifier(named.name))
      ? named.name.text
      : ts.isConstructorDeclaration(node)
        ? 'constructor'
        : '';
  const parent = node.parent && ts.isClassLike(node.parent) && node.parent.name ? `${node.parent.name.text}.` : '';
  if (own) return parent + own;
  if (node.parent && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) return node.parent.name.text;
  return '(anonymous)';
}

/** The fingerprints of one solution file, minus whatever also occurs in `given` (its stub, provided code). */
export function fingerprints(exercise: string, solution: string, given: readonly string[] = []): Fingerprint[] {
  const source = ts.createSourceFile('solution.ts', solution, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Fingerprint[] = [{ exercise, what: 'file', text: reduce(solution) }];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && ts.isBlock(node.body as ts.Node)) {
      found.push({ exercise, what: nameOf(node), text: reduce((node.body as ts.Block).getText(source)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const givenText = given.map(reduce);
  return found.filter((f) => f.text.length >= MIN_LENGTH && !givenText.some((g) => g.includes(f.text)));
}

/** The fingerprints found in `text`. */
export function leaksIn(text: string, prints: readonly Fingerprint[]): Fingerprint[] {
  const reduced = reduce(text);
  const flat = text.replace(/\s+/g, '');
  return prints.filter((f) => reduced.includes(f.text) || flat.includes(f.text));
}

/** Every (text, fingerprint) hit among many texts; each text is reduced once. */
export function scanTexts(
  texts: readonly { where: string; text: string }[],
  prints: readonly Fingerprint[],
): { where: string; fingerprint: Fingerprint }[] {
  if (prints.length === 0) return [];
  return texts.flatMap(({ where, text }) => leaksIn(text, prints).map((fingerprint) => ({ where, fingerprint })));
}

/** The id git gives a file's content (git hash-object). */
export function gitBlobId(content: Buffer | string): string {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
