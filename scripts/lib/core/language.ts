// Which language a learner reads: --lang ko|en (the commands), else KATA_LANG=ko|en, else the system locale,
// else English. Shared by the specs (through for-specs.ts), the sandbox and the commands.
import { detectLang } from './detect-lang.mjs';

export { detectLang };
export type Lang = 'en' | 'ko';
/** Picks the English or the Korean text. */
export type Say = (en: string, ko: string) => string;

export function langFrom(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'ko' || value === 'en' ? value : detectLang();
}

/** Arguments without the --lang option and its value. */
export function withoutLang(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i]!.startsWith('--lang=')) out.push(argv[i]!);
  }
  return out;
}

export function translator(lang: Lang): Say {
  return (en, ko) => (lang === 'ko' ? ko : en);
}
