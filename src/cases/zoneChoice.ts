import {
  type DueDateContext,
  type DueDateProblem,
  type DueDateReading,
  parseDueDate,
} from './dueDate.js';
import { namedTimeZoneIn, zonesNamedIn } from './namedTimeZone.js';
import type { FieldParse } from './parseOutcome.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { alternatives, grammarPerCulture } from './relativeDateGrammar.js';

/**
 * An answer that is only a place in a list, one group for each (`place0` the first), perhaps with
 * one word after it: "the first one", "second please", "la primera, gracias".
 */
const listPlaceGrammarFor = grammarPerCulture((_, { listPlaces }) => {
  const places = listPlaces.map((place, index) => `(?<place${index}>${place})`);
  return new RegExp(String.raw`^[\s¡¿]*${alternatives(places)}(?:[\s,.!]+\p{L}+)?[\s.!?]*$`, 'iu');
});

/**
 * The zone an answer picks of those a zone's name stood for ("IST": India, Ireland or Israel,
 * in that order): by a name only one of them goes by ("Indian Standard Time", "India", "irish",
 * "Israel", "Irlanda"), or by its place in the list ("the first one", "la segunda"). Undefined
 * when it picks none of them, or more than one.
 */
export function zoneChosen(
  answer: string,
  zones: readonly string[],
  culture: RecognitionCulture,
): string | undefined {
  const named = zonesNamedIn(answer).filter((zone) => zones.includes(zone));
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const groups = listPlaceGrammarFor(culture).pattern.exec(answer)?.groups ?? {};
  const place = zones.findIndex((_, index) => groups[`place${index}`] !== undefined);
  return place >= 0 ? zones[place] : undefined;
}

/**
 * A due date given with a zone's name that stands for several ("mon 6pm IST"), read in the one
 * a later answer picks (`zoneChosen`: "indian standard time"), and shown in it; undefined when
 * the answer picks none, so that it is read as an answer of its own.
 */
export function dueDateInZoneChosen(
  said: string,
  answer: string,
  context: DueDateContext,
): FieldParse<DueDateReading, DueDateProblem> | undefined {
  const zones = namedTimeZoneIn(said)?.zones ?? [];
  const zone = zones.length > 1 && zoneChosen(answer, zones, context.culture ?? 'en-us');
  return zone ? parseDueDate(said, { ...context, zoneChosen: zone }) : undefined;
}
