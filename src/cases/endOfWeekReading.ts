import type { DateTime } from 'luxon';
import type { RelativeDateWords } from '../messages/languageData.js';
import type { Candidate } from './dateCandidates.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import {
  alternatives,
  grammarPerCulture,
  saidWithoutLeadIn,
  timeAfterDate,
  timeSaidAfterDate,
} from './relativeDateGrammar.js';
import { atTimeOfDay } from './timeOfDay.js';

/** The last working day of a week: Friday (luxon counts Monday 1 to Sunday 7). */
const lastWorkingWeekday = 5;

/** "the end of the week" or "end of next week", whole, perhaps with a time ("… at 3pm"). */
function patternOf(words: RelativeDateWords): RegExp {
  const { thisWeek, nextWeek } = words.endOfWeek;
  return new RegExp(
    `^(?:(?<thisWeek>${alternatives(thisWeek)})|(?<nextWeek>${alternatives(nextWeek)}))(?:${timeAfterDate(words)})?$`,
    'iu',
  );
}

const grammarFor = grammarPerCulture(patternOf);

/** The hour "end of day" stands for (`DueDateRules`). */
export interface EndOfWeekHours {
  endOfDayHour: number;
}

/**
 * The end of this week or the next ("by the end of the week", "end of next week", "fin de la
 * semana que viene"): its last working day, Friday, at the end-of-day hour or the time said
 * ("end of next week at 3pm"), confirmed (some mean Sunday). Said once this week's Friday is
 * over, "the end of the week" is the coming Friday. Undefined for anything else.
 */
export function endOfWeekReading(
  phrase: string,
  culture: RecognitionCulture,
  now: DateTime,
  hours: EndOfWeekHours,
): Candidate | undefined {
  const grammar = grammarFor(culture);
  const groups = grammar.pattern.exec(saidWithoutLeadIn(phrase))?.groups;
  if (!groups) return undefined;
  const time = groups.time ? timeSaidAfterDate(groups, grammar.words) : undefined;
  if (groups.time && !time) return undefined;
  const week = now.startOf('week').plus({ weeks: groups.nextWeek ? 1 : 0 });
  const end = atTimeOfDay(
    week.plus({ days: lastWorkingWeekday - 1 }),
    time ?? { hour: hours.endOfDayHour, minute: 0 },
  );
  return { at: end > now ? end : end.plus({ weeks: 1 }), ambiguous: true };
}
