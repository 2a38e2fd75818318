import { describe, expect, it } from 'vitest';
import {
  type DueDateContext,
  dueDateFromParts,
  findDueDates,
  parseDueDate,
  readQuickDueDate,
} from '../../src/cases/dueDate.js';

// Saturday 28 November 2026, 12:00 UTC (13:00 in Berlin, 07:00 in New York).
const now = new Date('2026-11-28T12:00:00.000Z');
const context = (timeZone: string, extra: Partial<DueDateContext> = {}): DueDateContext => ({
  now,
  timeZone,
  culture: 'en-us',
  ...extra,
});
const instantOf = (text: string, timeZone: string, extra: Partial<DueDateContext> = {}) => {
  const parsed = parseDueDate(text, context(timeZone, extra));
  return parsed.ok ? parsed.value.instant : parsed.problem;
};

describe('due dates are read in the user zone, whatever the server zone', () => {
  it('runs where the server clock is far from UTC (vitest.config sets TZ)', () => {
    expect(new Date('2026-11-28T12:00:00Z').getTimezoneOffset()).toBe(-825);
  });

  it.each([
    ['tomorrow 5pm', 'Europe/Berlin', '2026-11-29T16:00:00.000Z'],
    ['tomorrow 5pm', 'America/New_York', '2026-11-29T22:00:00.000Z'],
    ['March 15, 2027 at 2pm', 'Asia/Kolkata', '2027-03-15T08:30:00.000Z'],
    ['2027-03-15T14:00', 'America/Los_Angeles', '2027-03-15T21:00:00.000Z'],
  ])('%s in %s → %s', (text, timeZone, expected) => {
    expect(instantOf(text, timeZone)).toBe(expected);
  });

  it.each([
    // Berlin moves to summer time on 28 March 2027: 14:00 is 13:00Z before, 12:00Z after.
    ['March 26, 2027 at 2pm', 'Europe/Berlin', '2027-03-26T13:00:00.000Z'],
    ['March 29, 2027 at 2pm', 'Europe/Berlin', '2027-03-29T12:00:00.000Z'],
    // 02:30 does not exist that night in Berlin; it is read as the moment the clocks jump to.
    ['March 28, 2027 at 2:30am', 'Europe/Berlin', '2027-03-28T01:30:00.000Z'],
    // New York moves to summer time on 14 March 2027.
    ['March 12, 2027 at 9am', 'America/New_York', '2027-03-12T14:00:00.000Z'],
    ['March 15, 2027 at 9am', 'America/New_York', '2027-03-15T13:00:00.000Z'],
    // London leaves summer time on 31 October 2027.
    ['October 29, 2027 at 9am', 'Europe/London', '2027-10-29T08:00:00.000Z'],
    ['November 1, 2027 at 9am', 'Europe/London', '2027-11-01T09:00:00.000Z'],
  ])('honours daylight saving: %s in %s → %s', (text, timeZone, expected) => {
    expect(instantOf(text, timeZone, { rules: { horizonDays: 400 } })).toBe(expected);
  });

  it('judges "already passed" by the clock in the user zone', () => {
    // It is 13:00 in Berlin, so 13:30 is still ahead; in Tokyo it is already 21:00.
    expect(instantOf('today 1:30pm', 'Europe/Berlin')).toBe('2026-11-28T12:30:00.000Z');
    expect(instantOf('today 1:30pm', 'Asia/Tokyo')).toBe('in_the_past');
  });
});

describe('house rules', () => {
  it('uses the configured hour when only a date is given, and for "end of day"', () => {
    const rules = { defaultHour: 9, endOfDayHour: 18 };
    expect(instantOf('December 1', 'UTC', { rules })).toBe('2026-12-01T09:00:00.000Z');
    expect(instantOf('EOD', 'UTC', { rules })).toBe('2026-11-28T18:00:00.000Z');
    expect(instantOf('end of day tomorrow', 'UTC', { rules })).toBe('2026-11-29T18:00:00.000Z');
  });

  it('refuses dates beyond the configured horizon', () => {
    expect(instantOf('in two weeks', 'UTC', { rules: { horizonDays: 7 } })).toBe('too_far');
    expect(instantOf('in two weeks', 'UTC', { rules: { horizonDays: 30 } })).toBe(
      '2026-12-12T17:00:00.000Z',
    );
  });
});

describe('ambiguous readings are flagged for confirmation', () => {
  it.each([
    ['tomorrow 5pm', false],
    ['March 15, 2027 at 2pm', false],
    ['in 3 hours', false],
    ['EOD', false],
    ['Friday 5pm', true],
    ['next Friday', true],
    ['December 1', true],
    ['03/04/2027 14:00', true],
    ['15/03/2027 14:00', false],
  ])('%s → ambiguous: %s', (text, ambiguous) => {
    const parsed = parseDueDate(text, context('Europe/London', { culture: 'en-gb' }));
    expect(parsed.ok && parsed.value.ambiguous).toBe(ambiguous);
  });
});

describe('findDueDates in a longer message', () => {
  it('finds the deadline and where it stands', () => {
    const text = 'Printer jams on duplex, please fix by Friday 5pm, thanks';
    const [mention] = findDueDates(text, context('Europe/London'));
    expect(mention && text.slice(mention.start, mention.end)).toBe('by Friday 5pm');
    expect(mention?.deadline).toBe(true);
    expect(mention?.reading).toEqual({
      ok: true,
      value: { instant: '2026-12-04T17:00:00.000Z', ambiguous: true },
    });
  });

  it('tells a date mentioned in passing from a deadline', () => {
    const [mention] = findDueDates('The VPN has dropped every hour since Monday', context('UTC'));
    expect(mention?.deadline).toBe(false);
  });

  it('joins "end of day" with the date next to it into one mention', () => {
    const text = 'need it EOD Friday';
    const mentions = findDueDates(text, context('UTC'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0] && text.slice(mentions[0].start, mentions[0].end)).toBe('EOD Friday');
  });

  it.each([
    ['VPN down, fix by tmrw 9a, thx', 'by tmrw 9a', '2026-11-29T09:00:00.000Z'],
    ['VPN down, eod tmrw pls', 'eod tmrw', '2026-11-29T17:00:00.000Z'],
    ['Need a laptop b4 xmas eve', 'b4 xmas eve', '2026-12-24T17:00:00.000Z'],
    ['Printer jams on every job by next wk', 'by next wk', '2026-11-30T17:00:00.000Z'],
  ])('reads casual spellings written out, found where typed: "%s"', (text, typed, instant) => {
    const [mention] = findDueDates(text, context('Europe/London'), { deadlinesOnly: true });
    expect(mention && text.slice(mention.start, mention.end)).toBe(typed);
    expect(mention?.reading.ok && mention.reading.value.instant).toBe(instant);
  });
});

describe('phrasings the recognizers get wrong, read by the language grammars', () => {
  const at = (instant: string, text: string, extra: Partial<DueDateContext> = {}) =>
    instantOf(text, 'Europe/London', { culture: 'en-gb', now: new Date(instant), ...extra });

  it('reads "the end of the week" as its Friday at the end-of-day hour, the coming one once over', () => {
    // Wednesday 2 December 2026.
    expect(at('2026-12-02T12:00:00Z', 'end of the week')).toBe('2026-12-04T17:00:00.000Z');
    expect(at('2026-12-02T12:00:00Z', 'end of next week')).toBe('2026-12-11T17:00:00.000Z');
    // Friday 4 December after the end of the day.
    expect(at('2026-12-04T18:00:00Z', 'end of the week')).toBe('2026-12-11T17:00:00.000Z');
    const rules = { endOfDayHour: 18 };
    expect(at('2026-12-02T12:00:00Z', 'end of next week', { rules })).toBe(
      '2026-12-11T18:00:00.000Z',
    );
  });

  it('reads "Wednesday week" as a week after the coming Wednesday', () => {
    // Monday 30 November 2026: the coming Wednesday is 2 December.
    expect(at('2026-11-30T09:00:00Z', 'Wednesday week')).toBe('2026-12-09T17:00:00.000Z');
    expect(at('2026-11-30T09:00:00Z', 'a week on Wednesday at 9am')).toBe(
      '2026-12-09T09:00:00.000Z',
    );
  });

  it('reads a day of the month as the next month that has it, and a bare number as no day', () => {
    // Sunday 31 January 2027, after 17:00: February has no 30th; March's is in summer time.
    expect(at('2027-01-31T18:00:00Z', 'the 30th')).toBe('2027-03-30T16:00:00.000Z');
    expect(at('2027-01-31T18:00:00Z', 'the 31st')).toBe('2027-03-31T16:00:00.000Z');
    expect(at('2026-11-28T12:00:00Z', 'by 4')).not.toMatch(/^2026-12-04/);
    expect(at('2026-11-28T12:00:00Z', 'the 32nd')).toBe('not_a_date');
  });

  it('reads "mañana 17h" as tomorrow at 17:00, said after 17:00 too', () => {
    const evening = { culture: 'es-es' as const, now: new Date('2026-11-28T18:00:00Z') };
    expect(instantOf('mañana 17h', 'Europe/Madrid', evening)).toBe('2026-11-29T16:00:00.000Z');
    expect(instantOf('mañana a las 17h', 'Europe/Madrid', evening)).toBe(
      '2026-11-29T16:00:00.000Z',
    );
  });

  it('refuses an absurd span as too far before the recognizer, and never throws on one', () => {
    // Read on the quick path: the recognizer never sees these.
    for (const text of ['in 1e308 hours', 'in 99999999999 days', 'within 1e400 minutes']) {
      expect(readQuickDueDate(text, context('UTC'))).toEqual({ ok: false, problem: 'too_far' });
    }
    for (const text of ['by 1e308 hours', 'fix it in 10e307 months or so', 'due 9e15 days out']) {
      expect(() => parseDueDate(text, context('UTC'))).not.toThrow();
      expect(() => findDueDates(`Printer jams, ${text}`, context('UTC'))).not.toThrow();
    }
    const [mention] = findDueDates('Printer jams, due in 1e308 hours', context('UTC'), {
      deadlinesOnly: true,
    });
    expect(mention?.reading).toEqual({ ok: false, problem: 'too_far' });
  });
});

describe('dueDateFromParts reads form pickers', () => {
  it('combines a date and a time in the user zone', () => {
    expect(dueDateFromParts('2027-03-15', '14:00', context('Europe/Berlin'))).toEqual({
      ok: true,
      value: { instant: '2027-03-15T13:00:00.000Z', ambiguous: false },
    });
  });

  it('uses the default hour without a time, and refuses the past', () => {
    expect(dueDateFromParts('2026-12-01', '', context('UTC'))).toMatchObject({
      value: { instant: '2026-12-01T17:00:00.000Z' },
    });
    expect(dueDateFromParts('2026-11-27', '10:00', context('UTC'))).toEqual({
      ok: false,
      problem: 'in_the_past',
    });
  });

  it('falls back to natural language when the client sends text', () => {
    expect(dueDateFromParts('tomorrow', '5pm', context('UTC'))).toMatchObject({
      value: { instant: '2026-11-29T17:00:00.000Z' },
    });
  });
});

describe('held out, round five: reading stays bounded and finds the date after a gap', () => {
  const spanish = (timeZone: string): DueDateContext => context(timeZone, { culture: 'es-es' });

  it('reads only the first few of a "mañana" said again and again (the recognizer stalls on them)', () => {
    // Seven of them took the Spanish recognizer about five seconds, each one more three times
    // that: twelve would outlast the test's time limit by hours if all were read.
    const madrid = spanish('Europe/Madrid');
    expect(findDueDates('por la mañana '.repeat(12), madrid)).toEqual(
      findDueDates('por la mañana '.repeat(3), madrid),
    );
    expect(parseDueDate('mañana por la mañana', spanish('Europe/Madrid'))).toMatchObject({
      ok: true,
      value: { instant: '2026-11-29T08:00:00.000Z' },
    });
  });

  it('cuts a clause where a contact detail was blanked out, so the date after it is read whole', () => {
    // "…o ana@x.pe. Necesito…": the address took its sentence's period with it.
    const text = `El cajero no anda, me contactan al ${' '.repeat(40)}Necesito repuesto para el miercoles 2 a las 9`;
    const [mention] = findDueDates(text, spanish('America/Lima'), { deadlinesOnly: true });
    expect(text.slice(mention?.start, mention?.end)).toBe('para el miercoles 2 a las 9');
    expect(mention?.reading).toEqual({
      ok: true,
      value: { instant: '2026-12-02T14:00:00.000Z', ambiguous: true },
    });
  });

  it('reads a date after a deadline word in a longer answer alone, its time kept', () => {
    const [mention] = findDueDates(
      'Necesito repuesto para el miercoles 2 a las 9',
      spanish('America/Lima'),
    );
    expect(mention?.start).toBe('Necesito repuesto '.length);
    expect(mention?.reading).toMatchObject({ value: { instant: '2026-12-02T14:00:00.000Z' } });
  });
});
