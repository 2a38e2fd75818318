import { IANAZone, Info, type Zone } from 'luxon';

/** Every UTC-offset change in the time zone database since 1970 falls on a quarter hour. */
const quarterHourMs = 15 * 60_000;
/** Quarter hours remembered per zone: a few years' worth of readings, then it starts again. */
const maxOffsetsPerZone = 4096;
/** Zone names come from clients; the zones kept are bounded whatever they send. */
const maxZones = 512;

/**
 * An IANA zone that remembers its UTC offset for each quarter hour it was asked about. luxon's
 * own asks `Intl.DateTimeFormat.formatToParts` on every offset: two or three calls for each
 * date made or moved in a zone, about 10 µs each, a fifth of the CPU of reading a long message.
 * The offset only changes on a quarter hour, so it is the same for the whole of one.
 */
class RememberedOffsetZone extends IANAZone {
  private readonly offsets = new Map<number, number>();

  override offset(ts: number): number {
    const quarterHour = Math.floor(ts / quarterHourMs);
    const known = this.offsets.get(quarterHour);
    if (known !== undefined) return known;
    const offset = super.offset(ts);
    if (this.offsets.size >= maxOffsetsPerZone) this.offsets.clear();
    this.offsets.set(quarterHour, offset);
    return offset;
  }
}

const zones = new Map<string, Zone>();

/**
 * The luxon zone to read and make dates in for a zone name (as `{ zone }`): the same answers as
 * the name itself, for fewer `Intl` calls. One per IANA name, so the offsets it learns serve
 * every turn; a name luxon takes as something else ("UTC", "UTC+2", "local") is left to it.
 */
export function zoneNamed(name: string): Zone {
  const known = zones.get(name);
  if (known) return known;
  const standard = Info.normalizeZone(name);
  if (!(standard instanceof IANAZone)) return standard;
  const zone = new RememberedOffsetZone(name);
  if (zones.size >= maxZones) zones.clear();
  zones.set(name, zone);
  return zone;
}
