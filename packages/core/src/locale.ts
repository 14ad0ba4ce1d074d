/** The languages Salient ships strings for. Any other `lang` falls back to English strings but keeps its own Intl formats. */
export type Lang = 'en' | 'uk';
export const LANGS: readonly Lang[] = ['en', 'uk'];

/** Text in one language, or per language ({ en: '…', uk: '…' }). Data files use it for labels and notes. */
export type LocalText = string | { en: string; [lang: string]: string };

/** The Salient language for a BCP 47 tag: `uk-UA` → `uk`, anything unknown → `en`. */
export function baseLang(lang: string | null | undefined): Lang {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}

export function pickStrings<T>(table: Record<Lang, T>, lang: string): T {
  return table[baseLang(lang)];
}

/** Picks the reader's language from a LocalText, then English, then whatever there is. */
export function localText(text: LocalText | undefined, lang: string): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  const base = baseLang(lang);
  // Own keys only: lang="constructor", "toString" or "__proto__" must not find Object.prototype's members.
  const own = (key: string): string | undefined => (Object.hasOwn(text, key) ? text[key] : undefined);
  return own(lang) ?? own(base) ?? own('en') ?? Object.values(text)[0] ?? '';
}

/** Whether a value is LocalText: a string, or an object of strings with at least `en`. */
export function isLocalText(value: unknown): value is LocalText {
  if (typeof value === 'string') return true;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return typeof (value as Record<string, unknown>).en === 'string' && entries.every((v) => typeof v === 'string');
}
