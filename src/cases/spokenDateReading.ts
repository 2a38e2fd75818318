import type { DateTime } from 'luxon';
import type { Candidate, PartOfDayHours } from './dateCandidates.js';
import { type DayOfMonthHours, dayOfMonthReading } from './dayOfMonthReading.js';
import { dayWithTimeReading } from './dayWithTimeReading.js';
import { type EndOfWeekHours, endOfWeekReading } from './endOfWeekReading.js';
import { type NextWeekHours, nextWeekReading } from './nextWeekReading.js';
import { partOfDayReading } from './partOfDayReading.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { type RelativeDateHours, relativeDateReading } from './relativeDateReading.js';

/** The hours a date phrase stands for when it names no time (`DueDateRules`). */
export type SpokenDateHours = RelativeDateHours &
  EndOfWeekHours &
  DayOfMonthHours &
  NextWeekHours &
  PartOfDayHours;

/**
 * A date phrase, alone but for the words leading into it, that the recognizers get wrong, read
 * by the grammars of the conversation's language: a span ("two weeks from Tuesday", "Monday
 * week"), a named day with a time ("mañana 17h", "Friday works, 3pm", "wed by 10") or a part of
 * the day ("thurs am", "fri lunchtime"), the end of a week ("end of next week"), next week, a day
 * of the month ("the 4th", "el lunes 30 a las 9"). Undefined for anything else.
 */
export function spokenDateReading(
  phrase: string,
  culture: RecognitionCulture,
  now: DateTime,
  hours: SpokenDateHours,
): Candidate | undefined {
  return (
    relativeDateReading(phrase, culture, now, hours) ??
    dayWithTimeReading(phrase, culture, now) ??
    partOfDayReading(phrase, culture, now, hours) ??
    endOfWeekReading(phrase, culture, now, hours) ??
    nextWeekReading(phrase, culture, now, hours) ??
    dayOfMonthReading(phrase, culture, now, hours)
  );
}
