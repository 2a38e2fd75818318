import type { DateTime } from 'luxon';
import type { DateWords, RelativeDateWords } from '../messages/languageData.js';
import type { Candidate } from './dateCandidates.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import {
  alternatives,
  grammarPerCulture,
  timeAfterDate,
  timeSaidAfterDate,
  valueSaidIn,
  withoutTrailingPunctuation,
} from './relativeDateGrammar.js';
import { atTimeOfDay } from './timeOfDay.js';

/** The most months a day of the month is looked for ahead: "the 31st" is in one of the next two. */
const monthsLookedAhead = 2;

/**
 * "[on] the 4th [at 2pm]", "[para] el día 4", "el lunes 30 a las 9": the words leading into a
 * date, perhaps a weekday, then a day of the month with its article, its word for "day" or its
 * ordinal ending (or after the weekday), and perhaps a time. The fewest lead-ins are taken, so
 * that "el" in "el 4" is the article that makes 4 a day.
 */
function patternOf(words: RelativeDateWords, { leadIntoDate }: DateWords): RegExp {
  const { article, dayWord, ordinal } = words.dayOfMonth;
  const optional = (name: string, said: readonly string[], after = '') =>
    said.length > 0 ? `(?:(?<${name}>${alternatives(said)})${after})?` : '';
  const weekday = optional('weekday', Object.keys(words.weekdays), String.raw`,?\s+`);
  return new RegExp(
    String.raw`^(?:${alternatives(leadIntoDate)}\s+)*?${weekday}${optional('article', article, String.raw`\s+`)}${optional('dayWord', dayWord, String.raw`\s+`)}(?<day>\d{1,2})${optional('ordinal', ordinal)}(?:${timeAfterDate(words)})?$`,
    'iu',
  );
}

const grammarFor = grammarPerCulture(patternOf);

/** The hour a day without a time is due at (`DueDateRules`). */
export interface DayOfMonthHours {
  defaultHour: number;
}

/**
 * A day of the month without its month ("the 4th", "on the 4th at 2pm", "el 4", "el día 4", "el
 * lunes 30 a las 9"): the next such day not past (on the weekday said, if one was), this month's
 * while it is ahead, else the next month that has it; at the time said or the default hour.
 * Which month is a guess, confirmed, unless the weekday said tells it and the time is not a guess.
 * Undefined for anything else, and for a bare number ("by 4" is an hour).
 */
export function dayOfMonthReading(
  phrase: string,
  culture: RecognitionCulture,
  now: DateTime,
  hours: DayOfMonthHours,
): Candidate | undefined {
  const { words, pattern } = grammarFor(culture);
  const groups = pattern.exec(withoutTrailingPunctuation(phrase))?.groups;
  if (!groups?.day || !(groups.weekday || groups.article || groups.dayWord || groups.ordinal))
    return undefined;
  const time = groups.time
    ? timeSaidAfterDate(groups, words)
    : // No time said: the default hour, as for any date alone, confirmed.
      { hour: hours.defaultHour, minute: 0, guessed: true };
  if (!time) return undefined;
  const day = Number(groups.day);
  const weekday = groups.weekday ? valueSaidIn(words.weekdays, groups.weekday) : undefined;
  if (day < 1 || day > 31) return undefined;
  for (let months = 0; months <= monthsLookedAhead; months++) {
    const month = now.startOf('month').plus({ months });
    if (day > (month.daysInMonth ?? 0)) continue;
    const at = atTimeOfDay(month.set({ day }), time);
    // With its weekday the day is known: only a guessed time is left to confirm.
    if (at > now && (weekday === undefined || at.weekday % 7 === weekday))
      return { at, ambiguous: weekday === undefined || time.guessed };
  }
  return undefined;
}
