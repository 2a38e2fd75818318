import * as english from 'chrono-node/en';
import { DateTime } from 'luxon';
import { isDayMonthAmbiguous } from './dateCandidates.js';
import { dateCues } from './dateCues.js';
import type { RecognitionCulture } from './recognitionCulture.js';

/** chrono-node's English parsers: month-first as in the US, day-first elsewhere. */
const parsers: Partial<Record<RecognitionCulture, typeof english.casual>> = {
  'en-us': english.casual,
  'en-gb': english.GB,
};

const trailingPunctuation = /[\s.!]+$/;
/** A written-out date and time is short; a longer answer is not one (and stays cheap to refuse). */
const maxAnswerLength = 64;

/**
 * A whole due-date answer read by chrono-node, when nothing in it is left to guess: one date,
 * the whole answer, with its day, month, year and hour written out and the time of day certain
 * ("March 15, 2027 at 2pm", "tomorrow 5pm", "2027-01-15 09:30", "15/03/2027 14:00" in the UK).
 * chrono takes about 0.03 ms where Recognizers-Text takes 2–6 ms. Anything else is undefined and
 * left to Recognizers-Text, which also keeps Spanish: a weekday, a date without a time or year,
 * a bare hour ("at 5"), an end-of-day phrase, a day/month pair that reads both ways, a range.
 * `reference` shows the user's wall clock in the process's local time, as the recognizer takes
 * it; the reading is that wall-clock time in `timeZone`.
 */
export function certainDateReading(
  text: string,
  culture: RecognitionCulture,
  timeZone: string,
  reference: Date,
): DateTime | undefined {
  const parser = parsers[culture];
  const answer = text.trim().replace(trailingPunctuation, '');
  if (
    !parser ||
    answer.length > maxAnswerLength ||
    dateCues.endOfDayWord.test(answer) ||
    dateCues.bareHour.test(answer) ||
    isDayMonthAmbiguous(answer)
  )
    return undefined;
  const results = parser.parse(answer, reference, { forwardDate: true });
  const [only] = results;
  if (results.length !== 1 || !only || only.index !== 0 || only.text.length !== answer.length)
    return undefined;
  const { start, end } = only;
  const written = (['day', 'month', 'year', 'hour'] as const).every((unit) =>
    start.isCertain(unit),
  );
  const timeOfDay = start.isCertain('meridiem') || start.isCertain('minute');
  if (end || !written || !timeOfDay) return undefined;
  const at = DateTime.fromObject(
    {
      year: start.get('year') ?? undefined,
      month: start.get('month') ?? undefined,
      day: start.get('day') ?? undefined,
      hour: start.get('hour') ?? undefined,
      minute: start.get('minute') ?? 0,
    },
    { zone: timeZone },
  );
  return at.isValid ? at : undefined;
}
