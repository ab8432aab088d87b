// The language of script output: --lang ko|en, else KATA_LANG, else the system locale.
import { detectLang, type Lang } from './lang';

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

export function translator(lang: Lang): (en: string, ko: string) => string {
  return (en, ko) => (lang === 'ko' ? ko : en);
}
