import type { DateTime } from 'luxon';
import type { RelativeDateWords } from '../messages/languageData.js';
import { dateCues } from './dateCues.js';
import { valueSaidIn } from './relativeDateGrammar.js';
import { atTimeOfDay, type ClockTime } from './timeOfDay.js';
import { daysToNextWeekday } from './weekdays.js';

/** A day named by a word, at a time of day; a weekday leaves which week open. */
export interface NamedDay {
  at: DateTime;
  byWeekday: boolean;
}

/**
 * A day named by a word ("today", "tomorrow", "mañana", a weekday) at a time of day: a weekday
 * is the next one at that time, today's while the time is ahead unless it was said to be the
 * coming one ("el lunes que viene"). Undefined for "now" and for a word that names no day.
 */
export function atNamedDay(
  said: string,
  words: RelativeDateWords,
  now: DateTime,
  time: ClockTime,
): NamedDay | undefined {
  const daysAhead = valueSaidIn(words.bases, said);
  if (daysAhead === 'now') return undefined;
  if (daysAhead !== undefined) {
    return {
      at: atTimeOfDay(now.startOf('day').plus({ days: daysAhead }), time),
      byWeekday: false,
    };
  }
  const weekday = valueSaidIn(words.weekdays, said);
  if (weekday === undefined) return undefined;
  const today = atTimeOfDay(now, time);
  const at =
    now.weekday % 7 === weekday && today > now && !dateCues.weekdayModifier.test(said)
      ? today
      : atTimeOfDay(now.startOf('day').plus({ days: daysToNextWeekday(now, weekday) }), time);
  return { at, byWeekday: true };
}
