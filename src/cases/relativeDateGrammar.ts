import type { RelativeDateWords } from '../messages/languageData.js';
import { languageDataFor } from '../messages/languages.js';
import type { RecognitionCulture } from './recognitionCulture.js';

/** A language's relative-date words and a pattern made of them. */
export interface RelativeDateGrammar {
  words: RelativeDateWords;
  pattern: RegExp;
}

/** The grammar `make` builds from each language's words, built once per culture. */
export function grammarPerCulture(
  make: (words: RelativeDateWords) => RegExp,
): (culture: RecognitionCulture) => RelativeDateGrammar {
  const made = new Map<RecognitionCulture, RelativeDateGrammar>();
  return (culture) => {
    const known = made.get(culture);
    if (known) return known;
    const words = languageDataFor(culture).relativeDates;
    const grammar = { words, pattern: make(words) };
    made.set(culture, grammar);
    return grammar;
  };
}

/** What a word said stands for in a table of patterns ("fortnights?" → 14 days, "fri(day)?" → 5). */
export function valueSaidIn<V>(table: Readonly<Record<string, V>>, said: string): V | undefined {
  return Object.entries(table).find(([pattern]) =>
    new RegExp(`^(?:${pattern})$`, 'iu').test(said),
  )?.[1];
}
