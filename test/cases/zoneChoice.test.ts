import { describe, expect, it } from 'vitest';
import { dueDateInZoneChosen, zoneChosen } from '../../src/cases/zoneChoice.js';

const now = new Date('2026-11-28T12:00:00.000Z');
const kolkata = { now, timeZone: 'Asia/Kolkata', culture: 'en-gb' } as const;
const madrid = { now, timeZone: 'Europe/Madrid', culture: 'es-es' } as const;
const ist = ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'];

describe('the zone an answer picks of those a name stands for', () => {
  it.each([
    ['indian standard time', 'en-gb', 'Asia/Kolkata'],
    ['India', 'en-gb', 'Asia/Kolkata'],
    ['india time please', 'en-gb', 'Asia/Kolkata'],
    ['irish', 'en-gb', 'Europe/Dublin'],
    ['Irish Standard Time', 'en-gb', 'Europe/Dublin'],
    ['israel', 'en-gb', 'Asia/Jerusalem'],
    ['the first one', 'en-gb', 'Asia/Kolkata'],
    ['second', 'en-gb', 'Europe/Dublin'],
    ['the third one please', 'en-gb', 'Asia/Jerusalem'],
    ['Irlanda', 'es-es', 'Europe/Dublin'],
    ['la primera', 'es-es', 'Asia/Kolkata'],
    ['la de Israel', 'es-es', 'Asia/Jerusalem'],
  ] as const)('"%s" (%s) picks %s', (answer, culture, zone) => {
    expect(zoneChosen(answer, ist, culture)).toBe(zone);
  });

  it.each(['london', 'india or israel', 'tomorrow 5pm', 'IST', 'the fourth one', 'no idea'])(
    '"%s" picks none of them',
    (answer) => {
      expect(zoneChosen(answer, ist, 'en-gb')).toBeUndefined();
    },
  );
});

describe('a due date with a zone name that stands for several, read in the zone picked', () => {
  it.each([
    ['mon 6pm IST', 'indian standard time', kolkata, '2026-11-30T12:30:00.000Z', 'Asia/Kolkata'],
    ['mon 6pm IST', 'irish', kolkata, '2026-11-30T18:00:00.000Z', 'Europe/Dublin'],
    ['mon 6pm IST', 'israel', kolkata, '2026-11-30T16:00:00.000Z', 'Asia/Jerusalem'],
    ['el lunes a las 18 IST', 'la segunda', madrid, '2026-11-30T18:00:00.000Z', 'Europe/Dublin'],
    ['mon 3pm CST', 'central', kolkata, '2026-11-30T21:00:00.000Z', 'America/Chicago'],
    ['mon 3pm CST', 'china', kolkata, '2026-11-30T07:00:00.000Z', 'Asia/Shanghai'],
  ] as const)('"%s", then "%s"', (said, answer, context, instant, zone) => {
    expect(dueDateInZoneChosen(said, answer, context)).toEqual({
      ok: true,
      value: { instant, ambiguous: true, zone },
    });
  });

  it('is nothing for an answer that picks no zone, or a date that named one zone', () => {
    expect(dueDateInZoneChosen('mon 6pm IST', 'tomorrow 5pm', kolkata)).toBeUndefined();
    expect(dueDateInZoneChosen('mon 6pm CET', 'india', kolkata)).toBeUndefined();
  });
});
