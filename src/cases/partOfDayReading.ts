import type { DateTime } from 'luxon';
import type { RelativeDateWords } from '../messages/languageData.js';
import type { Candidate, PartOfDayHours } from './dateCandidates.js';
import { atNamedDay } from './namedDay.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import {
  alternatives,
  grammarPerCulture,
  saidWithoutLeadIn,
  valueSaidIn,
} from './relativeDateGrammar.js';

/** Midday, as "lunchtime" says it: about noon. */
const middayHour = 12;

/** A day by name, then a part of the day: "thurs am", "fri lunchtime", "mañana temprano". */
function patternOf(words: RelativeDateWords): RegExp {
  const day = alternatives([...Object.keys(words.bases), ...Object.keys(words.weekdays)]);
  const part = alternatives(Object.keys(words.partsOfDay));
  return new RegExp(String.raw`^(?<day>${day})[,\s]+(?<part>${part})$`, 'iu');
}

const grammarFor = grammarPerCulture(patternOf);

/**
 * A day named by a word and a part of the day said short or casually: "thurs am", "tomorrow am",
 * "weds pm", "by fri lunchtime", "mañana temprano", "mañana por la tarde". The recognizers take
 * only the day of most of these (at the default hour). The part of the day is the house's hour
 * for it (midday for lunchtime), and a guess: confirmed. Undefined for anything else.
 */
export function partOfDayReading(
  phrase: string,
  culture: RecognitionCulture,
  now: DateTime,
  hours: PartOfDayHours,
): Candidate | undefined {
  const { words, pattern } = grammarFor(culture);
  const groups = pattern.exec(saidWithoutLeadIn(phrase))?.groups;
  const part = groups?.part ? valueSaidIn(words.partsOfDay, groups.part) : undefined;
  if (!groups?.day || !part) return undefined;
  const hour = part === 'midday' ? middayHour : hours[`${part}Hour`];
  const day = atNamedDay(groups.day, words, now, { hour, minute: 0 });
  return day && { at: day.at, ambiguous: true };
}
