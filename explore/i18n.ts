// The page's language: ?lang=ko or ?lang=en in the address (the switch in the header changes it).
export type Lang = 'en' | 'ko';

export function currentLang(): Lang {
  return new URLSearchParams(location.search).get('lang') === 'ko' ? 'ko' : 'en';
}

export function t(en: string, ko: string): string {
  return currentLang() === 'ko' ? ko : en;
}
