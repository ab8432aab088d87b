// What an exercise's code imports. Exercises import each other (`../09-forward/forward`) and
// nothing else; code that imports the test library or reaches outside exercises/ runs in the same
// worker as the specs and could bend them, so grading lists such imports for the teacher to see.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { listFiles } from './assignment.ts';

/** Module specifiers of a TypeScript/JavaScript file: imports, re-exports, import(), require(). */
export function importsOf(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** Imports in the folders of `ids` under `codeDir` that are not relative paths staying inside `codeDir`. */
export function outsideImports(codeDir: string, ids: readonly string[]): { file: string; specifier: string }[] {
  const out: { file: string; specifier: string }[] = [];
  const base = resolve(codeDir);
  for (const id of ids) {
    if (!existsSync(join(base, id))) continue;
    for (const file of listFiles(base, id).filter((f) => /\.(c|m)?[jt]sx?$/.test(f))) {
      let code: string;
      try {
        code = readFileSync(join(base, file), 'utf8');
      } catch {
        continue;
      }
      let specifiers: string[];
      try {
        specifiers = importsOf(code);
      } catch {
        continue; // a file TypeScript's scanner cannot read: the sandbox fails its exercise with the reason
      }
      for (const specifier of specifiers) {
        const inside = specifier.startsWith('.') && !relative(base, resolve(dirname(join(base, file)), specifier)).startsWith('..');
        if (!inside) out.push({ file: relative(dirname(base), join(base, file)).split(sep).join('/'), specifier });
      }
    }
  }
  return out;
}
