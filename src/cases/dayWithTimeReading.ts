import type { DateTime } from 'luxon';
import type { DateWords, RelativeDateWords } from '../messages/languageData.js';
import type { Candidate } from './dateCandidates.js';
import { atNamedDay } from './namedDay.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import {
  alternatives,
  grammarPerCulture,
  saidWithoutLeadIn,
  timeAfterDate,
  timeSaidAfterDate,
  withoutTrailingPunctuation,
} from './relativeDateGrammar.js';
import { timeOfDaySaid } from './timeOfDay.js';

/** A day by name, perhaps approved, then a time: "mañana 17h", "Friday works, at 3pm". */
function patternOf(words: RelativeDateWords): RegExp {
  const day = alternatives([...Object.keys(words.bases), ...Object.keys(words.weekdays)]);
  return new RegExp(
    String.raw`^(?<day>${day})(?:\s*${alternatives(words.dayApprovals)})?${timeAfterDate(words)}$`,
    'iu',
  );
}

const grammarFor = grammarPerCulture(patternOf);

/**
 * A time, perhaps by or around it, then a day by name: "by 3 today", "noon tomorrow", "antes de
 * las 3 hoy", after the words leading into a date (the fewest, so "by" stays the time's).
 */
function timeFirstPatternOf(words: RelativeDateWords, { leadIntoDate }: DateWords): RegExp {
  const day = alternatives([...Object.keys(words.bases), ...Object.keys(words.weekdays)]);
  const time = alternatives([timeOfDaySaid, ...Object.keys(words.namedTimes)]);
  return new RegExp(
    String.raw`^(?:${alternatives(leadIntoDate)}\s+)*?(?:(?<around>${alternatives(words.aroundTime)})\s+|${alternatives([...words.at, ...words.byTime])}\s+)?(?<time>${time})[,\s]+(?<day>${day})$`,
    'iu',
  );
}

const timeFirstGrammarFor = grammarPerCulture(timeFirstPatternOf);

/**
 * A day named by a word (today, tomorrow, a weekday) and a time of day, perhaps with words that
 * approve the day between them, or that say the time is a deadline or approximate: "mañana 17h",
 * "hoy a las 18h", "tomorrow at 9", "Friday works, 3pm", "el viernes me va bien, a las 15h",
 * "wed by 10", "mañana antes de las 10", "el viernes antes de mediodía", "tomorrow around 11"; or
 * the time first: "by 3 today", "antes de las 3 hoy". The
 * recognizers read "mañana 17h" as this morning and take only the weekday of "Friday works, 3pm"
 * and "wed by 10". A weekday is the next one at that time (today's while the time is ahead),
 * confirmed; today and tomorrow are confirmed when the hour was a guess or approximate.
 * Undefined for anything else.
 */
export function dayWithTimeReading(
  phrase: string,
  culture: RecognitionCulture,
  now: DateTime,
): Candidate | undefined {
  const { words, pattern } = grammarFor(culture);
  const groups =
    pattern.exec(saidWithoutLeadIn(phrase))?.groups ??
    timeFirstGrammarFor(culture).pattern.exec(withoutTrailingPunctuation(phrase))?.groups;
  const time = groups && timeSaidAfterDate(groups, words);
  if (!groups?.day || !time) return undefined;
  const day = atNamedDay(groups.day, words, now, time);
  return day && { at: day.at, ambiguous: day.byWeekday || time.guessed };
}
