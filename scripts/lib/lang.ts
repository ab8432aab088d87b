// Which language a learner reads: KATA_LANG=ko|en, else the system locale, else English.
// Shared by the specs (through vitest) and the scripts (through ts-node).
export type Lang = 'en' | 'ko';

export function detectLang(env: Record<string, string | undefined> = process.env): Lang {
  const chosen = env.KATA_LANG?.trim().toLowerCase();
  if (chosen === 'ko' || chosen === 'en') return chosen;
  for (const value of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (value && !/^(C|POSIX)([._@]|$)/i.test(value)) return value.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }
  return Intl.DateTimeFormat().resolvedOptions().locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
