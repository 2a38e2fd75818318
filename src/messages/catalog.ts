import { english } from './en/catalog.js';
import { spanish } from './es/catalog.js';
import { languageOf } from './languageCode.js';
import type { Messages } from './messages.js';

const catalogs: Record<string, Messages> = { en: english, es: spanish };

/** The catalog for a conversation's locale, falling back to English. */
export function messagesFor(locale: string | undefined): Messages {
  return catalogs[languageOf(locale)] ?? english;
}
