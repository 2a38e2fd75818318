import type { DateTime } from 'luxon';
import type { RelativeDateWords } from '../messages/languageData.js';
import type { Candidate } from './dateCandidates.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { alternatives, grammarPerCulture, saidWithoutLeadIn } from './relativeDateGrammar.js';
import { atTimeOfDay } from './timeOfDay.js';

/** "next week", "la semana que viene", whole. */
function patternOf(words: RelativeDateWords): RegExp {
  return new RegExp(`^${alternatives(words.nextWeek)}$`, 'iu');
}

const grammarFor = grammarPerCulture(patternOf);

/** The hour a day without a time is due at (`DueDateRules`). */
export interface NextWeekHours {
  defaultHour: number;
}

/**
 * Next week said alone ("next week", "by next week", "la semana que viene", "la próxima semana",
 * "la semana q viene"): its Monday at the default hour, confirmed, since any day of it may be
 * meant. The recognizers read these phrases three ways (its Sunday, its Monday, this Sunday).
 * Undefined for anything else.
 */
export function nextWeekReading(
  phrase: string,
  culture: RecognitionCulture,
  now: DateTime,
  hours: NextWeekHours,
): Candidate | undefined {
  if (!grammarFor(culture).pattern.test(saidWithoutLeadIn(phrase))) return undefined;
  const monday = now.startOf('week').plus({ weeks: 1 });
  return { at: atTimeOfDay(monday, { hour: hours.defaultHour, minute: 0 }), ambiguous: true };
}
