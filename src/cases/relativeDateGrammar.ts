import type { DateWords, RelativeDateWords } from '../messages/languageData.js';
import { languageDataFor } from '../messages/languages.js';
import { dateCues } from './dateCues.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { withoutTrailing } from './textSpans.js';
import { timeOfDaySaid } from './timeOfDay.js';

/** A language's relative-date words and a pattern made of them. */
export interface RelativeDateGrammar {
  words: RelativeDateWords;
  pattern: RegExp;
}

/**
 * The grammar `make` builds from each language's words (its relative-date words, and the words
 * around its dates when the grammar needs them), built once per culture.
 */
export function grammarPerCulture(
  make: (words: RelativeDateWords, dateWords: DateWords) => RegExp,
): (culture: RecognitionCulture) => RelativeDateGrammar {
  const made = new Map<RecognitionCulture, RelativeDateGrammar>();
  return (culture) => {
    const known = made.get(culture);
    if (known) return known;
    const { relativeDates: words, dateWords } = languageDataFor(culture);
    const grammar = { words, pattern: make(words, dateWords) };
    made.set(culture, grammar);
    return grammar;
  };
}

/** One group of the alternatives of a pattern: `(?:a|b|c)`. */
export const alternatives = (patterns: Iterable<string>) => `(?:${[...patterns].join('|')})`;

/** A time of day after a date, perhaps after a comma or "at" (", at 3pm", " a las 17h"): `time`. */
export const timeAfterDate = (words: RelativeDateWords) =>
  String.raw`[,\s]+(?:${alternatives(words.at)}\s+)?(?<time>${timeOfDaySaid})`;

/** A phrase without the spaces around it and the full stops and exclamation marks after it. */
export function withoutTrailingPunctuation(phrase: string): string {
  return withoutTrailing(phrase.trim(), /[\s.!]/u);
}

/** A phrase as said, without trailing punctuation and the words leading into it ("by", "para"). */
export function saidWithoutLeadIn(phrase: string): string {
  return withoutTrailingPunctuation(phrase).replace(dateCues.leadInAtStart, '');
}

/** What a word said stands for in a table of patterns ("fortnights?" → 14 days, "fri(day)?" → 5). */
export function valueSaidIn<V>(table: Readonly<Record<string, V>>, said: string): V | undefined {
  return Object.entries(table).find(([pattern]) =>
    new RegExp(`^(?:${pattern})$`, 'iu').test(said),
  )?.[1];
}
