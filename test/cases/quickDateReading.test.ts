import * as english from 'chrono-node/en';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseDueDate, readDueDateByRecognizer } from '../../src/cases/dueDate.js';
import { quickDateReading, withoutDurationParsers } from '../../src/cases/quickDateReading.js';
import type { RecognitionCulture } from '../../src/cases/recognitionCulture.js';
import { dateCorpus } from '../corpus/dateCorpus.js';

const now = new Date('2026-11-28T12:00:00.000Z');
const wallClock = (at: Date, zone: string) => {
  const wall = DateTime.fromJSDate(at, { zone });
  return new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
};
const certain = (text: string, culture: RecognitionCulture, zone: string, at = now) =>
  quickDateReading(text, culture, zone, wallClock(at, zone))?.at;

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const zones = [
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
  'Asia/Kolkata',
];

/** Fully written due dates in the ways people type them, the culture that reads them, and what they mean. */
const writtenDate = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    year: fc.constantFrom(2026, 2027),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 5, 30, 45),
    zone: fc.constantFrom(...zones),
    culture: fc.constantFrom<RecognitionCulture>('en-us', 'en-gb'),
    form: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ month, day, year, hour, minute, zone, culture, form }) => {
    const name = months[month - 1] ?? '';
    const twelve = `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
    const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    const numeric = culture === 'en-us' ? `${month}/${day}/${year}` : `${day}/${month}/${year}`;
    const today = DateTime.fromJSDate(now, { zone });
    const absolute = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
    const forms: [string, DateTime][] = [
      [`${name} ${day}, ${year} at ${twelve}`, absolute],
      [`${day} ${name} ${year} ${twelve}`, absolute],
      [
        `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${clock}`,
        absolute,
      ],
      [`${numeric} ${clock}`, absolute],
      [
        `tomorrow ${twelve}`,
        today.plus({ days: 1 }).set({ hour, minute, second: 0, millisecond: 0 }),
      ],
      [`today at ${clock}`, today.set({ hour, minute, second: 0, millisecond: 0 })],
    ];
    const [text, meant] = forms[form] ?? forms[0] ?? ['', absolute];
    return { text, meant, zone, culture };
  });

/** What the bot must answer for a date that means `meant`: the house rules on the past and the horizon. */
function expectedReading(meant: DateTime) {
  if (meant.toMillis() <= now.getTime()) return { ok: false, problem: 'in_the_past' };
  if (meant.toMillis() > DateTime.fromJSDate(now).plus({ days: 365 }).toMillis())
    return { ok: false, problem: 'too_far' };
  return { ok: true, value: { instant: meant.toUTC().toISO(), ambiguous: false } };
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A weekday with a time, said on some day and hour of a week, and the instant it means. */
const weekdayWithTime = fc
  .record({
    weekday: fc.integer({ min: 0, max: 6 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 30),
    daysLater: fc.integer({ min: 0, max: 13 }),
    hourNow: fc.integer({ min: 0, max: 23 }),
    zone: fc.constantFrom(...zones),
    culture: fc.constantFrom<RecognitionCulture>('en-us', 'en-gb'),
    form: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ weekday, hour, minute, daysLater, hourNow, zone, culture, form }) => {
    const saidAt = DateTime.fromObject({ year: 2026, month: 11, day: 23, hour: hourNow }, { zone })
      .plus({ days: daysLater })
      .set({ minute: 10 });
    const name = weekdays[weekday] ?? '';
    const twelve = `${hour % 12 || 12}${minute ? `:${minute}` : ''}${hour < 12 ? 'am' : 'pm'}`;
    const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    const text =
      [
        `${name} ${twelve}`,
        `by ${name} at ${twelve}`,
        `${name} ${clock}`,
        `on ${name.slice(0, 3)} ${twelve}`,
      ][form] ?? '';
    const ahead = (weekday - (saidAt.weekday % 7) + 7) % 7;
    const meant = saidAt.plus({ days: ahead }).set({ hour, minute, second: 0, millisecond: 0 });
    return { text, saidAt, meant, today: ahead === 0, zone, culture };
  });

describe('due dates read at once by chrono-node where nothing is left to guess', () => {
  it("reads a weekday with a time as the coming one, to confirm; today's is left to Recognizers-Text", () => {
    let read = 0;
    fc.assert(
      fc.property(weekdayWithTime, ({ text, saidAt, meant, today, zone, culture }) => {
        const reading = quickDateReading(text, culture, zone, wallClock(saidAt.toJSDate(), zone));
        if (today) {
          expect(reading, text).toBeUndefined();
          return;
        }
        read += 1;
        expect(reading?.at.toUTC().toISO(), `${saidAt.toISO()} "${text}"`).toBe(
          meant.toUTC().toISO(),
        );
        expect(reading?.ambiguous).toBe(true);
      }),
      { numRuns: 300, seed: 20261129 },
    );
    expect(read).toBeGreaterThan(200);
  });

  it('reads fully written dates as they are meant, at once (generated dates)', () => {
    let readAtOnce = 0;
    fc.assert(
      fc.property(writtenDate, ({ text, meant, zone, culture }) => {
        const reading = certain(text, culture, zone);
        if (!reading) return;
        readAtOnce += 1;
        expect(reading.toUTC().toISO(), text).toBe(meant.toUTC().toISO());
        expect(parseDueDate(text, { now, timeZone: zone, culture }), text).toEqual(
          expectedReading(meant),
        );
      }),
      { numRuns: 200, seed: 20261129 },
    );
    // Only numeric day/month pairs that read both ways are left to Recognizers-Text.
    expect(readAtOnce).toBeGreaterThan(150);
  });

  it('reads the corpus as Recognizers-Text does wherever it answers', () => {
    const atOnce = dateCorpus.filter(({ text, culture, zone }) => certain(text, culture, zone));
    expect(atOnce.length).toBeGreaterThan(20);
    for (const { text, culture, zone } of atOnce) {
      const context = { now, timeZone: zone, culture };
      expect(parseDueDate(text, context), text).toEqual(readDueDateByRecognizer(text, context));
    }
  });

  it.each([
    ['a weekday that is today', 'Saturday 3pm', 'en-us'],
    ['a weekday with "next"', 'next Friday 3pm', 'en-us'],
    ['a weekday without a time', 'by Friday', 'en-us'],
    ['a date without a year', 'Dec 4th 5pm', 'en-us'],
    ['a date without a time', 'March 15, 2027', 'en-us'],
    ['a bare hour', 'tomorrow at 5', 'en-gb'],
    ['an end-of-day phrase', 'tomorrow 5pm EOD', 'en-us'],
    ['a day/month pair that reads both ways', '03/04/2027 14:00', 'en-gb'],
    ['a range', 'tomorrow 2-4pm', 'en-us'],
    ['more than the date', 'tomorrow 5pm and call me first', 'en-us'],
    ['two dates', 'tomorrow 5pm or Monday 9am', 'en-us'],
    ['Spanish', 'mañana a las 17:00', 'es-es'],
    ['no date at all', 'asap', 'en-us'],
    ['an answer longer than a date', `March 15, 2027 at 2pm${' '.repeat(60)}please`, 'en-us'],
    ['a flood of numbers', '1 '.repeat(2000), 'en-us'],
  ] as const)('leaves %s to Recognizers-Text: "%s"', (_what, text, culture) => {
    expect(certain(text, culture, 'Europe/Berlin')).toBeUndefined();
  });

  it('reads the wall-clock time in the user zone, across a daylight-saving change', () => {
    expect(certain('March 29, 2027 at 9am', 'en-us', 'Europe/Berlin')?.toUTC().toISO()).toBe(
      '2027-03-29T07:00:00.000Z',
    );
    expect(certain('March 26, 2027 at 9am', 'en-us', 'Europe/Berlin')?.toUTC().toISO()).toBe(
      '2027-03-26T08:00:00.000Z',
    );
  });
});

describe("chrono-node's readers without their duration parsers", () => {
  it('drop exactly the two parsers of durations before and after now', () => {
    for (const reader of [english.casual, english.GB]) {
      const lean = withoutDurationParsers(reader);
      const dropped = reader.parsers.filter((parser) => !lean.parsers.includes(parser));
      expect(dropped.map((parser) => parser.constructor.name).sort()).toEqual([
        'ENTimeUnitAgoFormatParser',
        'ENTimeUnitLaterFormatParser',
      ]);
      expect(lean.refiners).toEqual(reader.refiners);
    }
  });

  it('leave a duration with a time to the slower readers, which still read it', () => {
    expect(certain('2 days from now at 5pm', 'en-us', 'Europe/London')).toBeUndefined();
    expect(
      parseDueDate('2 days from now at 5pm', { now, timeZone: 'Europe/London', culture: 'en-us' }),
    ).toEqual({ ok: true, value: { instant: '2026-11-30T17:00:00.000Z', ambiguous: false } });
  });
});
