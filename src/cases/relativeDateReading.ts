import type { DateTime } from 'luxon';
import type { RelativeDateWords, SpanUnit } from '../messages/languageData.js';
import type { Candidate } from './dateCandidates.js';
import { dateCues } from './dateCues.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { grammarPerCulture, valueSaidIn } from './relativeDateGrammar.js';
import { timeOfDay } from './timeOfDay.js';

/** The hour a day without a time is due at (`DueDateRules`). */
export interface RelativeDateHours {
  defaultHour: number;
}

const alternatives = (patterns: Iterable<string>) => `(?:${[...patterns].join('|')})`;

/** The pattern of a span said in a language, with what it counts from and the time of day. */
function patternOf(words: RelativeDateWords): RegExp {
  const amount = String.raw`\d+(?:[.,]\d+)?|${alternatives(Object.keys(words.amounts))}`;
  const base = alternatives([...Object.keys(words.bases), ...Object.keys(words.weekdays)]);
  return new RegExp(
    String.raw`^(?:${alternatives(words.within)}\s+)?(?<amount>${amount})\s+(?<unit>${alternatives(Object.keys(words.units))})(?:\s+(?<half>${alternatives(words.andAHalf)}))?(?:\s+${alternatives(words.from)}\s+(?<base>${base}))?(?:[,\s]+(?:${alternatives(words.at)}\s+)?(?<time>[\d:.]+\s*(?:[ap]\.?m\.?|h)?))?$`,
    'iu',
  );
}

const grammarFor = grammarPerCulture(patternOf);

/**
 * A span counted from now, today, tomorrow or a weekday, as people say it: "ten days from now at
 * 3pm", "two weeks from today, 9:30", "a fortnight from Tuesday at 11", "in an hour and a half",
 * "dentro de dos semanas a las 10". The recognizers get these wrong (an hour and a half is one
 * hour to them; "two weeks from today" is Monday). A span in minutes or hours from now is exact;
 * a day without a time is at the default hour, and like a bare hour or a weekday, confirmed.
 * Undefined for anything else, which is left to the other readers.
 */
export function relativeDateReading(
  phrase: string,
  culture: RecognitionCulture,
  now: DateTime,
  hours: RelativeDateHours,
): Candidate | undefined {
  const { words, pattern } = grammarFor(culture);
  const said = phrase
    .trim()
    .replace(/[\s.!]+$/u, '')
    .replace(dateCues.leadInAtStart, '');
  const groups = pattern.exec(said)?.groups;
  if (!groups?.amount || !groups.unit) return undefined;
  const number = Number(groups.amount.replace(',', '.'));
  const amount = Number.isNaN(number) ? valueSaidIn(words.amounts, groups.amount) : number;
  const unit = valueSaidIn(words.units, groups.unit);
  if (amount === undefined || !unit) return undefined;
  const times = amount * (groups.half ? 1.5 : 1);
  const base = groups.base ? baseOf(groups.base, words, now) : { at: now, exact: true };
  if (!base) return undefined;
  const later = plus(base.at, unit, times);
  const time = groups.time ? timeOfDay(groups.time) : undefined;
  if (groups.time && !time) return undefined;
  if (time) {
    const at = later.set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 });
    return { at, ambiguous: time.guessed || !base.exact };
  }
  if (unit.minutes !== undefined && base.exact) return { at: later, ambiguous: false };
  return {
    at: later.set({ hour: hours.defaultHour, minute: 0, second: 0, millisecond: 0 }),
    ambiguous: true,
  };
}

function baseOf(said: string, words: RelativeDateWords, now: DateTime) {
  const day = valueSaidIn(words.bases, said);
  if (day === 'now') return { at: now, exact: true };
  if (day !== undefined) return { at: now.startOf('day').plus({ days: day }), exact: true };
  const weekday = valueSaidIn(words.weekdays, said);
  if (weekday === undefined) return undefined;
  // The coming one, not today: which week is meant is confirmed.
  const ahead = (weekday - (now.weekday % 7) + 7) % 7 || 7;
  return { at: now.startOf('day').plus({ days: ahead }), exact: false };
}

function plus(at: DateTime, unit: SpanUnit, times: number): DateTime {
  if (unit.minutes !== undefined) return at.plus({ minutes: Math.round(unit.minutes * times) });
  if (unit.days !== undefined) return at.plus({ days: Math.round(unit.days * times) });
  return at.plus({ months: Math.round((unit.months ?? 0) * times) });
}
