// Types of detect-lang.mjs (plain JavaScript, shared with npm test's summary).
export function detectLang(env?: Record<string, string | undefined>): 'en' | 'ko';
