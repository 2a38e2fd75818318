import type { RecognitionCulture } from '../../src/cases/recognitionCulture.js';

/** One due-date phrase, where and how it is written, and what it must resolve to. */
export interface DateCase {
  culture: RecognitionCulture;
  zone: string;
  text: string;
  /** The instant in UTC, or the reason it is refused. */
  expected: string;
  /** Whether the bot should confirm the reading; omitted for refusals. */
  ambiguous?: boolean;
}

const c = (
  culture: RecognitionCulture,
  zone: string,
  text: string,
  expected: string,
  ambiguous?: boolean,
): DateCase => ({
  culture,
  zone,
  text,
  expected,
  ambiguous,
});

/**
 * Due dates as people write them, read at Saturday 28 November 2026, 12:00 UTC. Zones on both
 * sides of a daylight-saving change: Europe (28 March 2027), US (14 March 2027), Sydney (4 April 2027).
 */
export const dateCorpus: DateCase[] = [
  // New York, Saturday 07:00 local (EST, UTC−5).
  c('en-us', 'America/New_York', 'tomorrow 5pm', '2026-11-29T22:00:00.000Z', false),
  c('en-us', 'America/New_York', 'tomorrow at noon', '2026-11-29T17:00:00.000Z', false),
  c('en-us', 'America/New_York', 'noon tomorrow', '2026-11-29T17:00:00.000Z', false),
  c('en-us', 'America/New_York', 'today 3pm', '2026-11-28T20:00:00.000Z', false),
  c('en-us', 'America/New_York', '5pm', '2026-11-28T22:00:00.000Z', false),
  c('en-us', 'America/New_York', 'in 3 hours', '2026-11-28T15:00:00.000Z', false),
  c('en-us', 'America/New_York', 'in 30 minutes', '2026-11-28T12:30:00.000Z', false),
  c('en-us', 'America/New_York', 'in 2 days', '2026-11-30T22:00:00.000Z', true),
  c('en-us', 'America/New_York', 'in two weeks', '2026-12-12T22:00:00.000Z', true),
  c('en-us', 'America/New_York', 'next Friday', '2026-12-04T22:00:00.000Z', true),
  c('en-us', 'America/New_York', 'Friday 3pm', '2026-12-04T20:00:00.000Z', true),
  c('en-us', 'America/New_York', 'Monday at 9am', '2026-11-30T14:00:00.000Z', true),
  c('en-us', 'America/New_York', 'December 1', '2026-12-01T22:00:00.000Z', true),
  c('en-us', 'America/New_York', 'Dec 4th 5pm', '2026-12-04T22:00:00.000Z', false),
  c('en-us', 'America/New_York', 'March 15, 2027 at 2pm', '2027-03-15T18:00:00.000Z', false),
  c('en-us', 'America/New_York', 'March 12, 2027 at 2pm', '2027-03-12T19:00:00.000Z', false),
  c('en-us', 'America/New_York', '3/4/2027 2pm', '2027-03-04T19:00:00.000Z', true),
  c('en-us', 'America/New_York', '12/25/2026', '2026-12-25T22:00:00.000Z', true),
  c('en-us', 'America/New_York', '2027-01-15 09:30', '2027-01-15T14:30:00.000Z', false),
  c('en-us', 'America/New_York', 'EOD', '2026-11-28T22:00:00.000Z', false),
  c('en-us', 'America/New_York', 'end of day tomorrow', '2026-11-29T22:00:00.000Z', false),
  c('en-us', 'America/New_York', 'COB Friday', '2026-12-04T22:00:00.000Z', true),
  c('en-us', 'America/New_York', 'by tomorrow', '2026-11-29T22:00:00.000Z', true),
  c('en-us', 'America/New_York', 'by Friday 5pm', '2026-12-04T22:00:00.000Z', true),
  c('en-us', 'America/New_York', 'this afternoon', '2026-11-28T21:00:00.000Z', false),
  c('en-us', 'America/New_York', 'yesterday', 'in_the_past'),
  c('en-us', 'America/New_York', 'last Monday', 'in_the_past'),
  c('en-us', 'America/New_York', 'today 6am', 'in_the_past'),
  c('en-us', 'America/New_York', 'March 15, 2028', 'too_far'),
  c('en-us', 'America/New_York', 'in two years', 'too_far'),
  c('en-us', 'America/New_York', 'asap', 'not_a_date'),
  c('en-us', 'America/New_York', 'whenever', 'not_a_date'),
  c('en-us', 'America/New_York', 'soon please', 'not_a_date'),
  // London, Saturday 12:00 local (GMT); day-first dates.
  c('en-gb', 'Europe/London', '15/03/2027 14:00', '2027-03-15T14:00:00.000Z', false),
  c('en-gb', 'Europe/London', '03/04/2027 14:00', '2027-04-03T13:00:00.000Z', true),
  c('en-gb', 'Europe/London', '1/12/2026', '2026-12-01T17:00:00.000Z', true),
  c('en-gb', 'Europe/London', 'tomorrow 5pm', '2026-11-29T17:00:00.000Z', false),
  c('en-gb', 'Europe/London', 'next Friday', '2026-12-04T17:00:00.000Z', true),
  c('en-gb', 'Europe/London', 'Friday 5pm', '2026-12-04T17:00:00.000Z', true),
  c('en-gb', 'Europe/London', 'EOD', '2026-11-28T17:00:00.000Z', false),
  c('en-gb', 'Europe/London', 'end of day tomorrow', '2026-11-29T17:00:00.000Z', false),
  c('en-gb', 'Europe/London', 'close of business Monday', '2026-11-30T17:00:00.000Z', true),
  c('en-gb', 'Europe/London', 'in 2 hours', '2026-11-28T14:00:00.000Z', false),
  c('en-gb', 'Europe/London', '29 March 2027 9am', '2027-03-29T08:00:00.000Z', false),
  c('en-gb', 'Europe/London', '26 March 2027 9am', '2027-03-26T09:00:00.000Z', false),
  c('en-gb', 'Europe/London', 'today 11am', 'in_the_past'),
  c('en-gb', 'Europe/London', 'today 1pm', '2026-11-28T13:00:00.000Z', false),
  c('en-gb', 'Europe/London', '5 December', '2026-12-05T17:00:00.000Z', true),
  c('en-gb', 'Europe/London', '4th December at 10:30', '2026-12-04T10:30:00.000Z', false),
  // Berlin, Saturday 13:00 local (CET, UTC+1).
  c('en-us', 'Europe/Berlin', 'tomorrow 5pm', '2026-11-29T16:00:00.000Z', false),
  c('en-us', 'Europe/Berlin', 'March 26, 2027 at 2pm', '2027-03-26T13:00:00.000Z', false),
  c('en-us', 'Europe/Berlin', 'March 29, 2027 at 2pm', '2027-03-29T12:00:00.000Z', false),
  c('en-us', 'Europe/Berlin', 'March 28, 2027 at 2:30am', '2027-03-28T01:30:00.000Z', false),
  c('en-us', 'Europe/Berlin', 'today 1:30pm', '2026-11-28T12:30:00.000Z', false),
  c('en-us', 'Europe/Berlin', 'today 12:30pm', 'in_the_past'),
  // Kolkata, Saturday 17:30 local (IST, UTC+5:30, no daylight saving).
  c('en-gb', 'Asia/Kolkata', 'tomorrow 5pm', '2026-11-29T11:30:00.000Z', false),
  c('en-gb', 'Asia/Kolkata', 'today 6pm', '2026-11-28T12:30:00.000Z', false),
  c('en-gb', 'Asia/Kolkata', '5pm', '2026-11-29T11:30:00.000Z', true),
  c('en-gb', 'Asia/Kolkata', '15 March 2027 2pm', '2027-03-15T08:30:00.000Z', false),
  // Sydney, Saturday 23:00 local (AEDT, UTC+11; standard time from 4 April 2027).
  c('en-gb', 'Australia/Sydney', 'tomorrow 9am', '2026-11-28T22:00:00.000Z', false),
  c('en-gb', 'Australia/Sydney', '5 April 2027 9am', '2027-04-04T23:00:00.000Z', false),
  c('en-gb', 'Australia/Sydney', '2 April 2027 9am', '2027-04-01T22:00:00.000Z', false),
  c('en-gb', 'Australia/Sydney', 'today 10pm', 'in_the_past'),
  // Los Angeles, Saturday 04:00 local (PST, UTC−8).
  c('en-us', 'America/Los_Angeles', 'March 15, 2027 at 9am', '2027-03-15T16:00:00.000Z', false),
  c('en-us', 'America/Los_Angeles', 'March 12, 2027 at 9am', '2027-03-12T17:00:00.000Z', false),
  c('en-us', 'America/Los_Angeles', 'tomorrow 8am', '2026-11-29T16:00:00.000Z', false),
  // Madrid, Saturday 13:00 local (CET, UTC+1); Spanish.
  c('es-es', 'Europe/Madrid', 'mañana a las 5 de la tarde', '2026-11-29T16:00:00.000Z', false),
  c('es-es', 'Europe/Madrid', 'mañana a las 17:00', '2026-11-29T16:00:00.000Z', false),
  c('es-es', 'Europe/Madrid', 'el próximo viernes', '2026-12-04T16:00:00.000Z', true),
  c('es-es', 'Europe/Madrid', 'para el viernes', '2026-12-04T16:00:00.000Z', true),
  c('es-es', 'Europe/Madrid', '15/03/2027 14:00', '2027-03-15T13:00:00.000Z', false),
  c('es-es', 'Europe/Madrid', '03/04/2027 14:00', '2027-04-03T12:00:00.000Z', true),
  c('es-es', 'Europe/Madrid', '1/12/2026', '2026-12-01T16:00:00.000Z', true),
  c('es-es', 'Europe/Madrid', 'en dos semanas', '2026-12-12T16:00:00.000Z', true),
  c('es-es', 'Europe/Madrid', 'dentro de 3 horas', '2026-11-28T15:00:00.000Z', false),
  c('es-es', 'Europe/Madrid', 'hoy a las 18:00', '2026-11-28T17:00:00.000Z', false),
  c('es-es', 'Europe/Madrid', 'el lunes a las 9', '2026-11-30T08:00:00.000Z', true),
  c('es-es', 'Europe/Madrid', 'fin del día', '2026-11-28T16:00:00.000Z', false),
  c('es-es', 'Europe/Madrid', 'mañana al final del día', '2026-11-29T16:00:00.000Z', false),
  c(
    'es-es',
    'Europe/Madrid',
    'el 15 de marzo de 2027 a las 14:00',
    '2027-03-15T13:00:00.000Z',
    false,
  ),
  c(
    'es-es',
    'Europe/Madrid',
    'el 29 de marzo de 2027 a las 14:00',
    '2027-03-29T12:00:00.000Z',
    false,
  ),
  c('es-es', 'Europe/Madrid', 'ayer', 'in_the_past'),
  c('es-es', 'Europe/Madrid', 'hoy a las 10 de la mañana', 'in_the_past'),
  c('es-es', 'Europe/Madrid', '15 de marzo de 2028', 'too_far'),
  c('es-es', 'Europe/Madrid', 'cuando puedas', 'not_a_date'),
];
