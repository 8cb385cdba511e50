import { localeOfLang } from './page-locale';

describe('localeOfLang', () => {
  it("reads the page's language from <html lang>", () => {
    expect(localeOfLang('es')).toBe('es');
    expect(localeOfLang('es-US')).toBe('es');
    expect(localeOfLang('ES')).toBe('es');
    expect(localeOfLang('en')).toBe('en');
    expect(localeOfLang('')).toBe('en');
  });
});
