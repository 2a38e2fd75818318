import { IANAZone } from 'luxon';

/** IANA zone names are short ("America/Argentina/ComodRivadavia" is among the longest). */
const maxZoneNameLength = 64;
/** Names a client may send are unbounded; the answers kept are not. */
const maxRemembered = 512;
const remembered = new Map<string, boolean>();

/**
 * Whether `zone` is an IANA time zone this runtime knows. luxon's `isValidZone` builds an
 * `Intl.DateTimeFormat` on every call (a twentieth of a turn's CPU when every turn asks), so the
 * answer is remembered per name; the memory is bounded, however many names clients invent.
 */
export function isTimeZoneName(zone: string): boolean {
  if (zone.length === 0 || zone.length > maxZoneNameLength) return false;
  const known = remembered.get(zone);
  if (known !== undefined) return known;
  const valid = IANAZone.isValidZone(zone);
  if (remembered.size >= maxRemembered) remembered.clear();
  remembered.set(zone, valid);
  return valid;
}
