import { DateTime } from 'luxon';
import { languageDataFor } from '../messages/languages.js';
import type { FieldReading } from './fieldReading.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { timeOfDay } from './timeOfDay.js';

/**
 * A time alone, said to correct a date reading ("no, 10am" to "Fri 4 Dec, 17:00: is that
 * right?"): that time on the day proposed, in the zone it was shown in; confirmed again when the
 * hour was a guess. Undefined when the message is not a time alone, or the time has passed.
 */
export function timeOnProposedDay(
  text: string,
  proposed: string,
  { zone, culture, now }: { zone: string; culture: RecognitionCulture; now: Date },
): FieldReading | undefined {
  const { at } = languageDataFor(culture).relativeDates;
  const said = text.trim().replace(new RegExp(`^(?:${at.join('|')})\\s+`, 'iu'), '');
  const time = timeOfDay(said);
  if (!time) return undefined;
  const day = DateTime.fromISO(proposed, { zone });
  const instant = day.set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 });
  const value = instant.toUTC().toISO();
  if (!value || instant.toMillis() <= now.getTime()) return undefined;
  return time.guessed ? { value, check: { kind: 'date_reading', zone } } : { value };
}
