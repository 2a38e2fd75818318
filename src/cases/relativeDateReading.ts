import type { DateTime } from 'luxon';
import type { RelativeDateWords, SpanUnit } from '../messages/languageData.js';
import type { Candidate } from './dateCandidates.js';
import { readingLimits } from './readingLimits.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import {
  alternatives,
  grammarPerCulture,
  saidWithoutLeadIn,
  timeAfterDate,
  timeSaidAfterDate,
  valueSaidIn,
} from './relativeDateGrammar.js';
import { atTimeOfDay } from './timeOfDay.js';
import { daysToNextWeekday } from './weekdays.js';

/** The hour a day without a time is due at (`DueDateRules`). */
export interface RelativeDateHours {
  defaultHour: number;
}

/**
 * The pattern of a span said in a language, with what it counts from and the time of day: the
 * span first ("two weeks from Tuesday", "a week on Monday") or after the day ("Monday week",
 * "del lunes en ocho días").
 */
function patternOf(words: RelativeDateWords): RegExp {
  // "1e308" too: a number that long is read, and refused as too far, before the recognizer.
  const amount = String.raw`\d+(?:[.,]\d+)?(?:e[+-]?\d+)?|${alternatives(Object.keys(words.amounts))}`;
  const base = alternatives([...Object.keys(words.bases), ...Object.keys(words.weekdays)]);
  const spanFirst = String.raw`(?:${alternatives(words.within)}\s+)?(?<amount>${amount})\s+(?<unit>${alternatives(Object.keys(words.units))})(?:\s+(?<half>${alternatives(words.andAHalf)}))?(?:\s+${alternatives(words.from)}\s+(?<base>${base}))?`;
  const { lead, spans } = words.spanAfterDay;
  const leadBeforeDay = lead.length > 0 ? String.raw`(?:${alternatives(lead)}\s+)?` : '';
  const dayFirst = String.raw`${leadBeforeDay}(?<day>${base})\s+(?<spanAfterDay>${alternatives(Object.keys(spans))})`;
  return new RegExp(`^(?:${spanFirst}|${dayFirst})(?:${timeAfterDate(words)})?$`, 'iu');
}

const grammarFor = grammarPerCulture(patternOf);

/**
 * A span counted from now, today, tomorrow or a weekday, as people say it: "ten days from now at
 * 3pm", "two weeks from today, 9:30", "a fortnight from Tuesday at 11", "in an hour and a half",
 * "dentro de dos semanas a las 10", "Wednesday week" (a week after the coming Wednesday), "a week
 * on Monday at 3pm", "del lunes en ocho días". The recognizers get these wrong (an hour and a
 * half is one hour to them; "two weeks from today" is Monday; "Wednesday week" the coming
 * Wednesday). A span in minutes or hours from now is exact; a day without a time is at the
 * default hour, and like a bare hour or a weekday, confirmed. A span longer than
 * `readingLimits.longestSpanDays` is read as that long: beyond any horizon. Undefined for
 * anything else, which is left to the other readers.
 */
export function relativeDateReading(
  phrase: string,
  culture: RecognitionCulture,
  now: DateTime,
  hours: RelativeDateHours,
): Candidate | undefined {
  const { words, pattern } = grammarFor(culture);
  const groups = pattern.exec(saidWithoutLeadIn(phrase))?.groups;
  const span = groups && spanSaid(groups, words);
  if (!groups || !span) return undefined;
  const saidBase = groups.base ?? groups.day;
  const base = saidBase ? baseOf(saidBase, words, now) : { at: now, exact: true };
  if (!base) return undefined;
  const later = plus(base.at, span.unit, span.times);
  const time = timeSaidAfterDate(groups, words);
  if (groups.time && !time) return undefined;
  if (time) return { at: atTimeOfDay(later, time), ambiguous: time.guessed || !base.exact };
  if (span.unit.minutes !== undefined && base.exact) return { at: later, ambiguous: false };
  return { at: atTimeOfDay(later, { hour: hours.defaultHour, minute: 0 }), ambiguous: true };
}

/** The unit of the span said and how many of it: "an hour and a half", "Monday week" (one week). */
function spanSaid(
  groups: Record<string, string | undefined>,
  words: RelativeDateWords,
): { unit: SpanUnit; times: number } | undefined {
  if (groups.spanAfterDay) {
    const unit = valueSaidIn(words.spanAfterDay.spans, groups.spanAfterDay);
    return unit && { unit, times: 1 };
  }
  if (!groups.amount || !groups.unit) return undefined;
  const number = Number(groups.amount.replace(',', '.'));
  const amount = Number.isNaN(number) ? valueSaidIn(words.amounts, groups.amount) : number;
  const unit = valueSaidIn(words.units, groups.unit);
  if (amount === undefined || !unit) return undefined;
  return { unit, times: amount * (groups.half ? 1.5 : 1) };
}

function baseOf(said: string, words: RelativeDateWords, now: DateTime) {
  const day = valueSaidIn(words.bases, said);
  if (day === 'now') return { at: now, exact: true };
  if (day !== undefined) return { at: now.startOf('day').plus({ days: day }), exact: true };
  const weekday = valueSaidIn(words.weekdays, said);
  if (weekday === undefined) return undefined;
  // The coming one, not today: which week is meant is confirmed.
  return { at: now.startOf('day').plus({ days: daysToNextWeekday(now, weekday) }), exact: false };
}

/** A span later, at most `longestSpanDays` (a month counted as 31 days), so luxon stays in range. */
function plus(at: DateTime, unit: SpanUnit, times: number): DateTime {
  const days = times * ((unit.minutes ?? 0) / 1440 + (unit.days ?? 0) + (unit.months ?? 0) * 31);
  if (!(days <= readingLimits.longestSpanDays))
    return at.plus({ days: readingLimits.longestSpanDays });
  if (unit.minutes !== undefined) return at.plus({ minutes: Math.round(unit.minutes * times) });
  if (unit.days !== undefined) return at.plus({ days: Math.round(unit.days * times) });
  return at.plus({ months: Math.round((unit.months ?? 0) * times) });
}
