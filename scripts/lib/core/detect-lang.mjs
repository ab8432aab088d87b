// @ts-check
// Which language a learner reads, from the environment: KATA_LANG=ko|en, else the system locale (LC_ALL,
// LC_MESSAGES, LANG; C and POSIX say nothing), else Intl's, else English. Plain node for npm test.

/** @param {Record<string, string | undefined>} [env] @returns {'en' | 'ko'} */
export function detectLang(env = process.env) {
  const chosen = env.KATA_LANG?.trim().toLowerCase();
  if (chosen === 'ko' || chosen === 'en') return chosen;
  for (const value of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (value && !/^(C|POSIX)([._@]|$)/i.test(value)) return value.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }
  return Intl.DateTimeFormat().resolvedOptions().locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
