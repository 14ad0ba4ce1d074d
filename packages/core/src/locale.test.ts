import { describe, expect, it } from 'vitest';
import { baseLang, isLocalText, localText } from './locale.js';
import { strings } from './strings.js';

describe('locale', () => {
  it('maps tags to the shipped languages', () => {
    expect(baseLang('uk-UA')).toBe('uk');
    expect(baseLang('UK')).toBe('uk');
    expect(baseLang('en-GB')).toBe('en');
    expect(baseLang('de')).toBe('en');
    expect(baseLang(undefined)).toBe('en');
  });
  it('picks local text by exact tag, then base language, then English', () => {
    const text = { en: 'Peak', uk: 'Пік' };
    expect(localText(text, 'uk')).toBe('Пік');
    expect(localText(text, 'uk-UA')).toBe('Пік');
    expect(localText(text, 'fr')).toBe('Peak');
    expect(localText('Kyiv', 'uk')).toBe('Kyiv');
    expect(localText(undefined, 'en')).toBe('');
  });
  it('recognises LocalText and refuses other shapes', () => {
    expect(isLocalText('x')).toBe(true);
    expect(isLocalText({ en: 'x', uk: 'y' })).toBe(true);
    expect(isLocalText({ uk: 'y' })).toBe(false);
    expect(isLocalText({ en: 'x', uk: 3 })).toBe(false);
    expect(isLocalText(['x'])).toBe(false);
    expect(isLocalText(null)).toBe(false);
  });
  it('reads only a text’s own languages, whatever the lang attribute says', () => {
    // Found by the hardening fuzzer: lang="toString" showed "function toString() { [native code] }", and
    // lang="constructor" made encirclement's render() throw (label.includes is not a function).
    for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(localText({ en: 'Peak', uk: 'Пік' }, lang)).toBe('Peak');
    }
  });
  it('has every core string in Ukrainian', () => {
    const en = strings('en');
    const uk = strings('uk');
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    expect(uk.errorTitle).not.toBe(en.errorTitle);
    expect(uk.step(2, 5)).toBe('Крок 2 з 5');
  });
});
