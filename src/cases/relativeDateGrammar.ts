import type { DateWords, RelativeDateWords } from '../messages/languageData.js';
import { languageDataFor } from '../messages/languages.js';
import { dateCues } from './dateCues.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { withoutTrailing } from './textSpans.js';
import { type ClockTime, timeOfDay, timeOfDaySaid } from './timeOfDay.js';

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

/**
 * A time of day after a date, perhaps after a comma, "at", "by" or "around" (", at 3pm", " a las
 * 17h", " by 10", " antes de mediodía", " sobre las 11"): `time`, and `around` when it was
 * approximate. `timeSaidAfterDate` reads it.
 */
export const timeAfterDate = (words: RelativeDateWords) =>
  String.raw`[,\s]+(?:(?<around>${alternatives(words.aroundTime)})\s+|${alternatives([...words.at, ...words.byTime])}\s+)?(?<time>${timeOfDaySaid}|${alternatives(Object.keys(words.namedTimes))})`;

/**
 * The time of day `timeAfterDate` found ("3pm", "11", "noon", "mediodía"), guessed when the hour
 * was bare or said only "around"; undefined when none was said or it is no time of day. A time
 * it is due by ("by 10", "antes de las 6") is that time: a deadline.
 */
export function timeSaidAfterDate(
  groups: Readonly<Record<string, string | undefined>>,
  words: RelativeDateWords,
): (ClockTime & { guessed: boolean }) | undefined {
  if (!groups.time) return undefined;
  const named = valueSaidIn(words.namedTimes, groups.time);
  const time =
    named === undefined ? timeOfDay(groups.time) : { hour: named, minute: 0, guessed: false };
  return time && { ...time, guessed: time.guessed || groups.around !== undefined };
}

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
