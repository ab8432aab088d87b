// @ts-check
// How deeply brackets nest in code a learner wrote: rolldown's native parser crashes the whole process on
// input nested thousands deep, so every parse of learner code (compile, export names, imports) refuses it first.

/** Far beyond any exercise, far below what makes the native parser crash (~6,000). */
export const MAX_BRACKET_DEPTH = 500;

/**
 * How deeply (, [ and { nest in `code`, strings and comments included (an upper bound is enough): the
 * native parser crashes the whole process on input nested thousands deep, so such a file is refused first.
 * @param {string} code
 */
export function bracketDepth(code) {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
  }
  return deepest;
}
