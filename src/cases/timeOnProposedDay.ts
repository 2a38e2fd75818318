import { DateTime } from 'luxon';
import type { RelativeDateWords } from '../messages/languageData.js';
import type { FieldReading } from './fieldReading.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import {
  grammarPerCulture,
  valueSaidIn,
  withoutTrailingPunctuation,
} from './relativeDateGrammar.js';
import { zoneNamed } from './rememberedOffsetZone.js';
import { atTimeOfDay, type ClockTime, timeOfDay, timeOfDaySaid } from './timeOfDay.js';
import { daysToNextWeekday } from './weekdays.js';

/**
 * "[the] Friday after [at 10]", "the day after", "[at] 10am": a day after the proposed one, a
 * time; either perhaps after words that say it replaces the proposal ("but", "earlier", "mejor").
 */
function patternOf(words: RelativeDateWords): RegExp {
  const { article, day, after, insteadLead } = words.dayAfter;
  const weekdays = Object.keys(words.weekdays).join('|');
  const instead = String.raw`(?:(?:${insteadLead.join('|')})[,\s]+)*`;
  return new RegExp(
    String.raw`^${instead}(?:(?:${article.join('|')})\s+)?(?:(?<weekday>${weekdays})|(?<day>${day.join('|')}))\s+(?:${after.join('|')})(?:[,\s]+(?:(?:${words.at.join('|')})\s+)?(?<time>.+))?$|^${instead}(?:(?:${words.at.join('|')})\s+)?(?<timeAlone>${timeOfDaySaid})(?:\s+(?<partOfDay>${partsOfDay}))?$`,
    'iu',
  );
}

const grammarFor = grammarPerCulture(patternOf);

/** The part of the day after an hour alone ("4 de la tarde", "9 in the morning"), in any language. */
const partsOfDay =
  'de la (?:mañana|manana|tarde|noche)|in the (?:morning|afternoon|evening)|at night';

/** A part of the day after the hour that means after noon. */
const afterNoon = /tarde|noche|afternoon|evening|night/iu;

/** An hour read alone (a bare one guessed as afternoon) set by the part of the day said after it. */
function withPartOfDay(read: ClockTime & { guessed: boolean }, partOfDay: string) {
  const hour = read.guessed ? read.hour % 12 : read.hour;
  return {
    hour: afterNoon.test(partOfDay) && hour < 12 ? hour + 12 : hour,
    minute: read.minute,
    guessed: false,
  };
}

/**
 * A correction of a date reading said against the day proposed ("no, 10am", "no, the Friday
 * after at 10", "el viernes siguiente a las 10", "but 3pm", "mejor a las 4" to "Fri 4 Dec,
 * 17:00: is that right?"; the caller leaves out any yes or no and courtesy): that time
 * on the proposed day, or on the day after it or the next such weekday (at the proposed time
 * unless another is given), in the zone it was shown in. Confirmed again when the hour was a
 * guess. Undefined when the message is no such correction, or its time has passed.
 */
export function timeOnProposedDay(
  text: string,
  proposed: string,
  { zone, culture, now }: { zone: string; culture: RecognitionCulture; now: Date },
): FieldReading | undefined {
  const { words, pattern } = grammarFor(culture);
  const groups = pattern.exec(withoutTrailingPunctuation(text))?.groups;
  if (!groups) return undefined;
  const proposedAt = DateTime.fromISO(proposed, { zone: zoneNamed(zone) });
  const weekday = groups.weekday ? valueSaidIn(words.weekdays, groups.weekday) : undefined;
  const ahead = weekday === undefined ? 1 : daysToNextWeekday(proposedAt, weekday);
  const day = groups.day || groups.weekday ? proposedAt.plus({ days: ahead }) : proposedAt;
  const saidTime = groups.time ?? groups.timeAlone;
  const read = saidTime ? timeOfDay(saidTime) : undefined;
  if (saidTime && !read) return undefined;
  // "a las 4 de la tarde", "5 in the morning": the part of the day says the hour; no guess.
  const time = read && groups.partOfDay ? withPartOfDay(read, groups.partOfDay) : read;
  const at = time ? atTimeOfDay(day, time) : day;
  const value = at.toUTC().toISO();
  if (!value || at.toMillis() <= now.getTime()) return undefined;
  return time?.guessed ? { value, check: { kind: 'date_reading', zone } } : { value };
}
