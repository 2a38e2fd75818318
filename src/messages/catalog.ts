import { english } from './en.js';
import { spanish } from './es.js';
import type { Messages } from './messages.js';

const catalogs: Record<string, Messages> = { en: english, es: spanish };

/** The language code of a locale tag: `en-GB` → `en`; English when none is given. */
export function languageOf(locale: string | undefined): string {
  const language = locale?.split(/[-_]/)[0]?.toLowerCase();
  return language && /^[a-z]{2,3}$/.test(language) ? language : 'en';
}

/** The catalog for a conversation's locale, falling back to English. */
export function messagesFor(locale: string | undefined): Messages {
  return catalogs[languageOf(locale)] ?? english;
}
