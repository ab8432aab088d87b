import { describe, expect, it } from 'vitest';
import { detectLang } from './detect-lang.mjs';

describe('detectLang', () => {
  it('takes KATA_LANG first, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(detectLang({ KATA_LANG: ' KO ', LANG: 'en_US.UTF-8' })).toBe('ko');
    expect(detectLang({ KATA_LANG: 'en', LC_ALL: 'ko_KR.UTF-8' })).toBe('en');
    expect(detectLang({ LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ko');
    expect(detectLang({ LC_MESSAGES: 'en_GB', LANG: 'ko_KR.UTF-8' })).toBe('en');
  });
  it('reads past C and POSIX, which say no language, and past an unknown KATA_LANG', () => {
    expect(detectLang({ LC_ALL: 'C.UTF-8', LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(detectLang({ KATA_LANG: 'fr', LC_ALL: 'POSIX', LANG: 'ko_KR' })).toBe('ko');
  });
});
