/**
 * The countries whose people the bot talks with most (where English and Spanish are spoken),
 * each with the time zones only it uses (by the tz database's zone1970.tab). A zone that more
 * than one country shares gives none (America/Panama, America/Toronto, Africa/Johannesburg);
 * Europe/London, whose crown dependencies dial as Britain (+44), gives GB.
 */
export const zonesByCountry: Readonly<Record<string, readonly string[]>> = {
  ES: ['Europe/Madrid', 'Atlantic/Canary', 'Africa/Ceuta'],
  MX: [
    'America/Mexico_City',
    'America/Monterrey',
    'America/Merida',
    'America/Cancun',
    'America/Chihuahua',
    'America/Mazatlan',
    'America/Hermosillo',
    'America/Tijuana',
  ],
  AR: ['America/Argentina/Buenos_Aires', 'America/Argentina/Cordoba', 'America/Argentina/Mendoza'],
  CO: ['America/Bogota'],
  PE: ['America/Lima'],
  CL: ['America/Santiago'],
  VE: ['America/Caracas'],
  EC: ['America/Guayaquil'],
  BO: ['America/La_Paz'],
  UY: ['America/Montevideo'],
  PY: ['America/Asuncion'],
  GT: ['America/Guatemala'],
  SV: ['America/El_Salvador'],
  HN: ['America/Tegucigalpa'],
  NI: ['America/Managua'],
  CR: ['America/Costa_Rica'],
  DO: ['America/Santo_Domingo'],
  CU: ['America/Havana'],
  GB: ['Europe/London'],
  IE: ['Europe/Dublin'],
  IN: ['Asia/Kolkata'],
  AU: [
    'Australia/Sydney',
    'Australia/Melbourne',
    'Australia/Brisbane',
    'Australia/Adelaide',
    'Australia/Perth',
    'Australia/Hobart',
    'Australia/Darwin',
  ],
  JM: ['America/Jamaica'],
  PH: ['Asia/Manila'],
  US: [
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Los_Angeles',
    'America/Anchorage',
    'Pacific/Honolulu',
  ],
  CA: [
    'America/Vancouver',
    'America/Edmonton',
    'America/Regina',
    'America/Winnipeg',
    'America/Halifax',
    'America/St_Johns',
  ],
};

/**
 * A zone's name as the runtime's ICU gives it, so that the old name and the new are one
 * ("Asia/Calcutta" and "Asia/Kolkata", "America/Buenos_Aires" and
 * "America/Argentina/Buenos_Aires"); undefined for a name it does not know.
 */
function canonicalZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The table by canonical zone, made on first use: the process may never need it. */
let countryByZone: Map<string, string> | undefined;

function countryByZoneTable(): Map<string, string> {
  countryByZone ??= new Map(
    Object.entries(zonesByCountry).flatMap(([country, zones]) =>
      zones.map((zone): [string, string] => [canonicalZone(zone) ?? zone, country]),
    ),
  );
  return countryByZone;
}

/** Names a client may send are unbounded; the answers kept are not. */
const maxRemembered = 512;
/** Each zone's country (or none), remembered: an `Intl.DateTimeFormat` costs more than a turn's reading. */
const remembered = new Map<string, string | undefined>();

/**
 * The country a time zone is in, when it is one of those above ("Europe/Madrid" → ES,
 * "America/Argentina/Buenos_Aires" → AR); undefined for one shared by several or not listed.
 */
export function countryOfZone(zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  if (remembered.has(zone)) return remembered.get(zone);
  const canonical = canonicalZone(zone);
  const country = canonical === undefined ? undefined : countryByZoneTable().get(canonical);
  if (remembered.size >= maxRemembered) remembered.clear();
  remembered.set(zone, country);
  return country;
}
