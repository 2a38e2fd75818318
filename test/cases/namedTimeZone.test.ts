import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../src/cases/dueDate.js';
import { readOpeningMessage } from '../../src/cases/messageUnderstanding.js';
import { namedTimeZoneIn } from '../../src/cases/namedTimeZone.js';

const now = new Date('2026-11-28T12:00:00.000Z');
const london = { now, timeZone: 'Europe/London', culture: 'en-gb' } as const;

/** A date read in the zone the text names, as a reading to confirm in that zone. */
function readsInTheZoneNamed(
  text: string,
  context: Parameters<typeof parseDueDate>[1],
  instant: string,
  zone: string,
) {
  expect(parseDueDate(text, context)).toEqual({
    ok: true,
    value: { instant, ambiguous: true, zone },
  });
}

describe('a time-zone name written with the time', () => {
  it.each([
    ['tomorrow 11am CET', 'CET', ['Europe/Paris']],
    ['Monday 2pm Pacific', 'Pacific', ['America/Los_Angeles']],
    ['at 9:00 IST', 'IST', ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem']],
    ['5pm eastern time', 'eastern', ['America/New_York']],
  ])('%s names %s', (text, name, zones) => {
    expect(namedTimeZoneIn(text)).toMatchObject({ name, zones });
  });

  it.each(['I work in the EST office', 'the Pacific team', 'room 12, eastern wing'])(
    'is not "%s" (no time before it)',
    (text) => {
      expect(namedTimeZoneIn(text)).toBeUndefined();
    },
  );

  it.each([
    ['tomorrow 11am CET', '2026-11-29T10:00:00.000Z', 'Europe/Paris'],
    ['Monday 2pm Pacific', '2026-11-30T22:00:00.000Z', 'America/Los_Angeles'],
    ['March 15, 2027 at 2pm EST', '2027-03-15T18:00:00.000Z', 'America/New_York'],
    ['tomorrow 09:30 JST', '2026-11-29T00:30:00.000Z', 'Asia/Tokyo'],
  ])('reads "%s" in that zone, to confirm in it', (text, instant, zone) => {
    expect(parseDueDate(text, london)).toEqual({
      ok: true,
      value: { instant, ambiguous: true, zone },
    });
  });

  it('asks again when the name stands for several zones, rather than guess', () => {
    expect(parseDueDate('tomorrow 9:00 IST', london)).toEqual({
      ok: false,
      problem: 'ambiguous_zone',
    });
  });

  it('reads a named zone in free text, and keeps it out of the description', () => {
    expect(
      readOpeningMessage('Server down, fix by tomorrow 2pm Pacific please', {
        ...london,
        phoneRegion: 'GB',
      }).readings,
    ).toEqual({
      dueDate: {
        value: '2026-11-29T22:00:00.000Z',
        check: { kind: 'date_reading', zone: 'America/Los_Angeles' },
      },
      description: { value: 'Server down' },
    });
  });
});

describe('a zone name said again and again', () => {
  it('is that zone, read once', () => {
    const text = `tomorrow 11am ${'CET '.repeat(1000)}`;
    expect(parseDueDate(text, london)).toEqual({
      ok: true,
      value: { instant: '2026-11-29T10:00:00.000Z', ambiguous: true, zone: 'Europe/Paris' },
    });
  });

  it('is asked about when the names differ', () => {
    expect(parseDueDate('tomorrow 11am CET 2pm PST', london)).toEqual({
      ok: false,
      problem: 'ambiguous_zone',
    });
  });
});

describe('US zones in two letters and zones said in Spanish (issue 14)', () => {
  const newYork = { now, timeZone: 'America/New_York', culture: 'en-us' } as const;
  const losAngeles = { now, timeZone: 'America/Los_Angeles', culture: 'en-us' } as const;
  const madrid = { now, timeZone: 'Europe/Madrid', culture: 'es-es' } as const;
  const mexicoCity = { now, timeZone: 'America/Mexico_City', culture: 'es-es' } as const;

  it.each([
    ['mon 3pm PT', newYork, '2026-11-30T23:00:00.000Z', 'America/Los_Angeles'],
    ['mon 3pm ET', losAngeles, '2026-11-30T20:00:00.000Z', 'America/New_York'],
    ['tomorrow 10am CT', newYork, '2026-11-29T16:00:00.000Z', 'America/Chicago'],
    ['Monday 9:30 MT', newYork, '2026-11-30T16:30:00.000Z', 'America/Denver'],
    ['mon 3pm PST', newYork, '2026-11-30T23:00:00.000Z', 'America/Los_Angeles'],
    ['friday 9am EDT', losAngeles, '2026-12-04T14:00:00.000Z', 'America/New_York'],
    ['tomorrow 4pm CDT', newYork, '2026-11-29T22:00:00.000Z', 'America/Chicago'],
    [
      'el lunes a las 3pm hora del centro',
      madrid,
      '2026-11-30T21:00:00.000Z',
      'America/Mexico_City',
    ],
    ['mañana a las 10:00 hora peninsular', mexicoCity, '2026-11-29T09:00:00.000Z', 'Europe/Madrid'],
  ] as const)('reads "%s" in the zone named, to confirm in it', readsInTheZoneNamed);

  it.each(['12 pt font', 'room 5 ET wing', 'at 3 ct'])(
    'is not "%s": two letters name a zone only after a time with a.m., p.m. or minutes',
    (text) => {
      expect(namedTimeZoneIn(text)).toBeUndefined();
    },
  );

  it('reads "PT" in free text from New York, and keeps it out of the description', () => {
    expect(
      readOpeningMessage('Server down, need it by mon 3pm PT', { ...newYork, phoneRegion: 'US' })
        .readings,
    ).toEqual({
      dueDate: {
        value: '2026-11-30T23:00:00.000Z',
        check: { kind: 'date_reading', zone: 'America/Los_Angeles' },
      },
      description: { value: 'Server down' },
    });
  });
});

describe('zones named by a place, after a time said as a word, and in Spanish (held out, round three)', () => {
  const kolkata = { now, timeZone: 'Asia/Kolkata', culture: 'en-gb' } as const;
  const sydney = { now, timeZone: 'Australia/Sydney', culture: 'en-gb' } as const;
  const newYork = { now, timeZone: 'America/New_York', culture: 'en-us' } as const;
  const cancun = { now, timeZone: 'America/Cancun', culture: 'es-es' } as const;
  const madrid = { now, timeZone: 'Europe/Madrid', culture: 'es-es' } as const;
  const bogota = { now, timeZone: 'America/Bogota', culture: 'es-es' } as const;
  const spanishNewYork = { ...newYork, culture: 'es-es' } as const;

  it.each([
    ['monday 2pm london time', kolkata, '2026-11-30T14:00:00.000Z', 'Europe/London'],
    ['Monday 2pm UK time', kolkata, '2026-11-30T14:00:00.000Z', 'Europe/London'],
    ['10am perth time tuesday', sydney, '2026-12-01T02:00:00.000Z', 'Australia/Perth'],
    ['tuesday 9am AWST', sydney, '2026-12-01T01:00:00.000Z', 'Australia/Perth'],
    ['friday 3pm LA time', kolkata, '2026-12-04T23:00:00.000Z', 'America/Los_Angeles'],
    ['mon 6pm indian standard time', newYork, '2026-11-30T12:30:00.000Z', 'Asia/Kolkata'],
    ['noon EST monday', kolkata, '2026-11-30T17:00:00.000Z', 'America/New_York'],
    ['noon ET monday', kolkata, '2026-11-30T17:00:00.000Z', 'America/New_York'],
    ['monday at 2pm (london time)', kolkata, '2026-11-30T14:00:00.000Z', 'Europe/London'],
    ['at noon eastern on monday', kolkata, '2026-11-30T17:00:00.000Z', 'America/New_York'],
    ['noon pacific time tomorrow', kolkata, '2026-11-29T20:00:00.000Z', 'America/Los_Angeles'],
    ['midday CET friday', sydney, '2026-12-04T11:00:00.000Z', 'Europe/Paris'],
    ['hoy a las 3pm hora de la cdmx', cancun, '2026-11-28T21:00:00.000Z', 'America/Mexico_City'],
    [
      'el miércoles a las 15 hora argentina',
      madrid,
      '2026-12-02T18:00:00.000Z',
      'America/Argentina/Buenos_Aires',
    ],
    [
      'el lunes a las 3 de la tarde hora de españa',
      bogota,
      '2026-11-30T14:00:00.000Z',
      'Europe/Madrid',
    ],
    [
      'el martes a las 2pm hora del pacifico',
      spanishNewYork,
      '2026-12-01T22:00:00.000Z',
      'America/Los_Angeles',
    ],
    ['mañana a las 10 hora de colombia', madrid, '2026-11-29T15:00:00.000Z', 'America/Bogota'],
    ['el viernes a mediodía hora de chile', madrid, '2026-12-04T15:00:00.000Z', 'America/Santiago'],
  ] as const)('reads "%s" in the zone named, to confirm in it', readsInTheZoneNamed);

  it.each(['2pm london office', 'the perth team at 10am', 'at 3pm india called'])(
    'is not "%s": a place names a zone only with "time" after it',
    (text) => {
      expect(namedTimeZoneIn(text)).toBeUndefined();
    },
  );
});

describe('a name that stands for several zones, one of them the person’s own (held out, round four)', () => {
  const kolkata = { now, timeZone: 'Asia/Kolkata', culture: 'en-gb' } as const;
  const chicago = { now, timeZone: 'America/Chicago', culture: 'en-us' } as const;
  const dublin = { now, timeZone: 'Europe/Dublin', culture: 'en-gb' } as const;
  const winnipeg = { now, timeZone: 'America/Winnipeg', culture: 'en-us' } as const;
  const taipei = { now, timeZone: 'Asia/Taipei', culture: 'en-us' } as const;
  const dubai = { now, timeZone: 'Asia/Dubai', culture: 'en-gb' } as const;

  it.each([
    ['wed 4pm IST', kolkata, '2026-12-02T10:30:00.000Z', 'Asia/Kolkata'],
    ['noon CST', chicago, '2026-11-28T18:00:00.000Z', 'America/Chicago'],
    ['3pm IST', dublin, '2026-11-28T15:00:00.000Z', 'Europe/Dublin'],
    // Not their zone, but at their offset and the one the name says there.
    ['noon CST monday', winnipeg, '2026-11-30T18:00:00.000Z', 'America/Chicago'],
    ['mon 9am CST', taipei, '2026-11-30T01:00:00.000Z', 'Asia/Shanghai'],
  ] as const)('reads "%s" in the zone that is theirs, without asking', readsInTheZoneNamed);

  it.each([
    // Dublin is at GMT in November, as London is, not at Irish Standard Time.
    ['3pm IST', london],
    ['mon 9am IST', dubai],
    // Their zone is one of those a name stands for, but not of the other name's.
    ['tomorrow 11am CET 2pm CST', chicago],
  ] as const)('still asks which zone "%s" means', (text, context) => {
    expect(parseDueDate(text, context)).toEqual({ ok: false, problem: 'ambiguous_zone' });
  });

  it('reads it in free text, and keeps it out of the description', () => {
    expect(
      readOpeningMessage('Payroll portal throws a 500, need it fixed by wed 4pm IST', {
        ...kolkata,
        phoneRegion: 'IN',
      }).readings,
    ).toEqual({
      dueDate: {
        value: '2026-12-02T10:30:00.000Z',
        check: { kind: 'date_reading', zone: 'Asia/Kolkata' },
      },
      description: { value: 'Payroll portal throws a 500' },
    });
  });
});
