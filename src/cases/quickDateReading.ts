import * as english from 'chrono-node/en';
import { DateTime } from 'luxon';
import { isDayMonthAmbiguous } from './dateCandidates.js';
import { dateCues, saysHourByClock } from './dateCues.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { zoneNamed } from './rememberedOffsetZone.js';
import { withoutTrailing } from './textSpans.js';

/**
 * chrono-node's parsers of durations before or after now ("3 days ago", "2 weeks later", "5
 * hours from now"): a duration is never a due date read at once (it says no day), and their
 * patterns, every time unit in every spelling repeated, cost about 110 ms to compile on the first
 * message, against 20 ms for all the others. The names may carry a number the bundler adds.
 */
const durationParser = /^ENTimeUnit(?:Ago|Later)FormatParser\d*$/u;

/** A chrono-node reader without its duration parsers. */
export function withoutDurationParsers(chrono: english.Chrono): english.Chrono {
  const lean = chrono.clone();
  lean.parsers = chrono.parsers.filter((parser) => !durationParser.test(parser.constructor.name));
  return lean;
}

/** chrono-node's English parsers: month-first as in the US, day-first elsewhere. */
const parsers: Partial<Record<RecognitionCulture, english.Chrono>> = {
  'en-us': withoutDurationParsers(english.casual),
  'en-gb': withoutDurationParsers(english.GB),
};

const trailingPunctuation = /[\s.!,;]/u;
/** A date and time, with the words leading into it, is short; longer text goes the slow way. */
const maxLength = 64;

/** A date phrase read by chrono-node. */
export interface QuickDateReading {
  /** How many characters of words leading into the date come first ("by ", "on "). */
  leadIn: number;
  /** Where the phrase ends (trailing punctuation left out). */
  end: number;
  at: DateTime;
  /** A weekday: which week is meant is confirmed. */
  ambiguous: boolean;
}

/**
 * A date phrase read by chrono-node (about 0.03 ms where Recognizers-Text takes 2–6 ms), when
 * the text is that phrase alone, perhaps after words leading into it ("by", "on"), and the phrase
 * says what it means:
 * - a date written out in full with a time of day ("March 15, 2027 at 2pm", "tomorrow 5pm",
 *   "2027-01-15 09:30", "15/03/2027 14:00" in the UK): taken as it is;
 * - a weekday with a time of day ("Friday 5pm", "by Mon 9:30am"), another day than today: the
 *   coming one, to be confirmed.
 * Anything else is undefined and left to Recognizers-Text, which also keeps Spanish: a date
 * without a time or year, a weekday with "next" or "last" or that is today, a bare hour ("at 5"),
 * an end-of-day phrase, a day/month pair that reads both ways, a range. `reference` shows the
 * user's wall clock in the process's local time, as the recognizer takes it; the reading is that
 * wall-clock time in `timeZone`.
 */
export function quickDateReading(
  text: string,
  culture: RecognitionCulture,
  timeZone: string,
  reference: Date,
): QuickDateReading | undefined {
  const parser = parsers[culture];
  const phrase = withoutTrailing(text, trailingPunctuation);
  if (
    !parser ||
    phrase.length > maxLength ||
    dateCues.endOfDayWord.test(phrase) ||
    dateCues.bareHour.test(phrase) ||
    saysHourByClock(phrase) ||
    dateCues.weekdayModifier.test(phrase) ||
    isDayMonthAmbiguous(phrase)
  )
    return undefined;
  const results = parser.parse(phrase, reference, { forwardDate: true });
  const [only] = results;
  if (results.length !== 1 || !only || only.index + only.text.length !== phrase.length)
    return undefined;
  const leadIn = phrase.slice(0, only.index);
  if (leadIn.replace(dateCues.leadInBeforeDate, '').trim() !== '') return undefined;
  const { start, end } = only;
  const timeOfDay =
    start.isCertain('hour') && (start.isCertain('meridiem') || start.isCertain('minute'));
  if (end || !timeOfDay) return undefined;
  const written = (['day', 'month', 'year'] as const).every((unit) => start.isCertain(unit));
  const otherWeekday =
    !start.isCertain('day') &&
    start.isCertain('weekday') &&
    start.get('weekday') !== reference.getDay();
  if (!written && !otherWeekday) return undefined;
  const at = DateTime.fromObject(
    {
      year: start.get('year') ?? undefined,
      month: start.get('month') ?? undefined,
      day: start.get('day') ?? undefined,
      hour: start.get('hour') ?? undefined,
      minute: start.get('minute') ?? 0,
    },
    { zone: zoneNamed(timeZone) },
  );
  return at.isValid
    ? { leadIn: only.index, end: phrase.length, at, ambiguous: !written }
    : undefined;
}
