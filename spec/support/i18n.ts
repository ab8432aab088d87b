// Learner-facing words in the learner's language (KATA_LANG=ko|en, else the system locale).
import { detectLang } from '../../scripts/lib/for-specs';

export const lang = detectLang();

/** The English or the Korean text, whichever the learner reads. */
export function t(en: string, ko: string): string {
  return lang === 'ko' ? ko : en;
}

/** The command that shows the next hint for an exercise, e.g. `npm run hint -- 04`. */
export function hintCommand(exerciseNumber: string): string {
  return `npm run hint -- ${exerciseNumber}`;
}

/** A word with the Korean particle that fits it: josa(name, '을/를') → "scores를", "0을" (scripts/lib/core/josa.ts). */
export { josa, particleFor } from '../../scripts/lib/for-specs';
