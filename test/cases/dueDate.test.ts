import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../src/cases/dueDate.js';

// Saturday 28 November 2026, 12:00 UTC (13:00 in Berlin, 07:00 in New York).
const now = new Date('2026-11-28T12:00:00.000Z');

describe('parseDueDate reads what people write, in their own zone', () => {
  it('runs where the server clock is far from UTC (vitest.config sets TZ)', () => {
    expect(new Date('2026-11-28T12:00:00Z').getTimezoneOffset()).toBe(-825);
  });

  it.each([
    ['tomorrow 5pm', 'Europe/Berlin', '2026-11-29T16:00:00.000Z'],
    ['tomorrow 5pm', 'America/New_York', '2026-11-29T22:00:00.000Z'],
    ['tomorrow 5pm', 'UTC', '2026-11-29T17:00:00.000Z'],
    ['March 15, 2027 at 2pm', 'Europe/Berlin', '2027-03-15T13:00:00.000Z'],
    ['March 15, 2027 at 2pm', 'Asia/Kolkata', '2027-03-15T08:30:00.000Z'],
    ['next Friday', 'Europe/Berlin', '2026-12-04T16:00:00.000Z'],
    ['Friday', 'UTC', '2026-12-04T17:00:00.000Z'],
    ['in 3 hours', 'UTC', '2026-11-28T15:00:00.000Z'],
    ['in two weeks', 'UTC', '2026-12-12T12:00:00.000Z'],
    ['by friday 5pm', 'Europe/London', '2026-12-04T17:00:00.000Z'],
    ['2027-03-15T14:00', 'America/Los_Angeles', '2027-03-15T21:00:00.000Z'],
    ['5pm', 'UTC', '2026-11-28T17:00:00.000Z'],
    ['9am', 'UTC', '2026-11-29T09:00:00.000Z'],
    ['December 1', 'UTC', '2026-12-01T17:00:00.000Z'],
  ])('%s in %s → %s', (text, timeZone, expected) => {
    expect(parseDueDate(text, { now, timeZone })).toEqual({ ok: true, value: expected });
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
  ])('honours daylight saving: %s in %s → %s', (text, timeZone, expected) => {
    expect(parseDueDate(text, { now, timeZone })).toEqual({ ok: true, value: expected });
  });

  it('uses the configured hour when only a date is given', () => {
    expect(parseDueDate('December 1', { now, timeZone: 'UTC', defaultHour: 9 })).toEqual({
      ok: true,
      value: '2026-12-01T09:00:00.000Z',
    });
  });

  it.each([
    ['yesterday', 'in_the_past'],
    ['November 1, 2026 at 9am', 'in_the_past'],
    ['March 15, 2028', 'too_far'],
    ['whenever you can', 'not_a_date'],
    ['', 'not_a_date'],
  ])('refuses %j as %s', (text, problem) => {
    expect(parseDueDate(text, { now, timeZone: 'UTC' })).toEqual({ ok: false, problem });
  });

  it('refuses dates beyond a configured horizon', () => {
    expect(parseDueDate('in two weeks', { now, timeZone: 'UTC', horizonDays: 7 })).toEqual({
      ok: false,
      problem: 'too_far',
    });
  });

  it('judges "already passed" by the clock in the user zone, not the server', () => {
    // It is 13:00 in Berlin, so 13:30 is still ahead; in Tokyo it is already 21:00.
    expect(parseDueDate('today 1:30pm', { now, timeZone: 'Europe/Berlin' })).toEqual({
      ok: true,
      value: '2026-11-28T12:30:00.000Z',
    });
    expect(parseDueDate('today 1:30pm', { now, timeZone: 'Asia/Tokyo' })).toEqual({
      ok: false,
      problem: 'in_the_past',
    });
  });
});
