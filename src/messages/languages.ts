import { englishLanguageData } from './en/languageData.js';
import { spanishLanguageData } from './es/languageData.js';
import { languageOf } from './languageCode.js';
import type { LanguageData } from './languageData.js';

const languages: Record<string, LanguageData> = {
  en: englishLanguageData,
  es: spanishLanguageData,
};

/**
 * The language data for a culture or locale (`es-es`, `en-GB`), falling back to English, as
 * `messagesFor` picks the catalog.
 */
export function languageDataFor(locale: string | undefined): LanguageData {
  return languages[languageOf(locale)] ?? englishLanguageData;
}

/**
 * One regular-expression group of the alternatives `pick` takes from every language, English
 * first: `(?:by|before|…|para(?: el| la)?|…)`. For what is read in every conversation.
 */
export function alternativesOfEveryLanguage(
  pick: (language: LanguageData) => readonly string[],
): string {
  return `(?:${ofEveryLanguage(pick).join('|')})`;
}

/** What `pick` takes from every language, English first: for what is read in every conversation. */
export function ofEveryLanguage<T>(pick: (language: LanguageData) => readonly T[]): T[] {
  return Object.values(languages).flatMap(pick);
}
