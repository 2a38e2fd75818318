import type { DateTime } from 'luxon';
import type { RelativeDateWords } from '../messages/languageData.js';
import type { Candidate } from './dateCandidates.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import {
  alternatives,
  grammarPerCulture,
  saidWithoutLeadIn,
  timeAfterDate,
  valueSaidIn,
} from './relativeDateGrammar.js';
import { atTimeOfDay, timeOfDay } from './timeOfDay.js';
import { daysToNextWeekday } from './weekdays.js';

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
 * A day named by a word (today, tomorrow, a weekday) and a time of day, perhaps with words that
 * approve the day between them: "mañana 17h", "hoy a las 18h", "tomorrow at 9", "Friday works,
 * 3pm", "el viernes me va bien, a las 15h". The recognizers read "mañana 17h" as this morning and
 * take only the weekday of "Friday works, 3pm". A weekday is the next one at that time (today's
 * while the time is ahead), confirmed; today and tomorrow are confirmed when the hour was a guess.
 * Undefined for anything else.
 */
export function dayWithTimeReading(
  phrase: string,
  culture: RecognitionCulture,
  now: DateTime,
): Candidate | undefined {
  const { words, pattern } = grammarFor(culture);
  const groups = pattern.exec(saidWithoutLeadIn(phrase))?.groups;
  const time = groups?.time ? timeOfDay(groups.time) : undefined;
  if (!groups?.day || !time) return undefined;
  const daysAhead = valueSaidIn(words.bases, groups.day);
  if (daysAhead === 'now') return undefined;
  if (daysAhead !== undefined) {
    const at = atTimeOfDay(now.startOf('day').plus({ days: daysAhead }), time);
    return { at, ambiguous: time.guessed };
  }
  const weekday = valueSaidIn(words.weekdays, groups.day);
  if (weekday === undefined) return undefined;
  const today = atTimeOfDay(now, time);
  const at =
    now.weekday % 7 === weekday && today > now
      ? today
      : atTimeOfDay(now.startOf('day').plus({ days: daysToNextWeekday(now, weekday) }), time);
  return { at, ambiguous: true };
}
