import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneNamed } from '../../src/cases/rememberedOffsetZone.js';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const from = Date.UTC(2026, 0, 1);
const until = Date.UTC(2028, 0, 1);

/**
 * Zones with every kind of change: an hour (Berlin, New York, Santiago in the south), half an
 * hour (Lord Howe, at a half hour of UTC), 45-minute offsets (Chatham), a suspension for Ramadan
 * (Casablanca), none at all (Kolkata, Kathmandu) and a Newfoundland half hour (St John's).
 */
const zones = [
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/St_Johns',
];

/** The instants, a day apart, after which the zone's offset is not what it was. */
function changesOf(zone: IANAZone): number[] {
  const changes: number[] = [];
  for (let day = from; day < until; day += dayMs)
    if (zone.offset(day) !== zone.offset(day + dayMs)) changes.push(day);
  return changes;
}

describe('zoneNamed: a zone that remembers its offsets', () => {
  it.each(zones)(
    'gives the offsets of %s, minute by minute, around every change in 2026–2027',
    (name) => {
      const plain = IANAZone.create(name);
      const changes = changesOf(plain);
      if (!['Asia/Kolkata', 'Asia/Kathmandu'].includes(name))
        expect(changes.length).toBeGreaterThan(0);
      const remembered = zoneNamed(name);
      for (const day of changes)
        for (let minute = 0; minute <= 24 * 60; minute += 1) {
          const ts = day + minute * 60_000 + 17_000;
          expect(remembered.offset(ts), `${name} at ${new Date(ts).toISOString()}`).toBe(
            plain.offset(ts),
          );
        }
    },
  );

  it.each(zones)(
    'makes the same dates in %s from a wall-clock time, in the gap and the overlap',
    (name) => {
      const changes = changesOf(IANAZone.create(name));
      for (const day of changes.length > 0 ? changes : [from])
        for (let hour = 0; hour < 48; hour += 0.25) {
          const wall = DateTime.fromMillis(day, { zone: name }).startOf('day').toObject();
          const at = { ...wall, hour: Math.floor(hour % 24), minute: (hour % 1) * 60 };
          const days = Math.floor(hour / 24);
          const plain = DateTime.fromObject(at, { zone: name }).plus({ days });
          const remembered = DateTime.fromObject(at, { zone: zoneNamed(name) }).plus({ days });
          expect(remembered.toISO(), `${name} ${JSON.stringify(at)} +${days}d`).toBe(plain.toISO());
        }
    },
  );

  it('is one zone per name, equal to luxon’s own', () => {
    expect(zoneNamed('Europe/Madrid')).toBe(zoneNamed('Europe/Madrid'));
    expect(zoneNamed('Europe/Madrid').equals(IANAZone.create('Europe/Madrid'))).toBe(true);
  });

  it('leaves to luxon what it does not take as an IANA name', () => {
    expect(zoneNamed('UTC')).toBe(FixedOffsetZone.utcInstance);
    expect(zoneNamed('UTC+2').offset(from)).toBe(120);
    expect(zoneNamed('Not/AZone').isValid).toBe(false);
  });
});
