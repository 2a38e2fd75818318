import { zoneNamed } from './rememberedOffsetZone.js';
import type { Span } from './textSpans.js';

/**
 * Time-zone names people write after a time ("11am CET", "2pm Pacific", "9:00 IST", "3pm PT",
 * "a las 15h hora peninsular"), as patterns, with the IANA zones each can mean. The abbreviations
 * are international; "Pacific", "Eastern" and the like are how English speakers say them, "hora
 * del centro", "hora peninsular" and "hora argentina" how Spanish speakers do. More than one zone:
 * the name is ambiguous, and the bot asks rather than guess, unless one of them is the person's
 * own (`ownZoneAmong`).
 */
const zonesByName: Readonly<Record<string, readonly string[]>> = {
  utc: ['UTC'],
  gmt: ['Europe/London'],
  bst: ['Europe/London'],
  wet: ['Europe/Lisbon'],
  west: ['Europe/Lisbon'],
  cet: ['Europe/Paris'],
  cest: ['Europe/Paris'],
  'central european': ['Europe/Paris'],
  eet: ['Europe/Athens'],
  eest: ['Europe/Athens'],
  msk: ['Europe/Moscow'],
  est: ['America/New_York'],
  edt: ['America/New_York'],
  eastern: ['America/New_York'],
  cdt: ['America/Chicago'],
  central: ['America/Chicago'],
  cst: ['America/Chicago', 'Asia/Shanghai'],
  mst: ['America/Denver'],
  mdt: ['America/Denver'],
  mountain: ['America/Denver'],
  pst: ['America/Los_Angeles'],
  pdt: ['America/Los_Angeles'],
  pacific: ['America/Los_Angeles'],
  akst: ['America/Anchorage'],
  hst: ['Pacific/Honolulu'],
  brt: ['America/Sao_Paulo'],
  sast: ['Africa/Johannesburg'],
  ist: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  jst: ['Asia/Tokyo'],
  sgt: ['Asia/Singapore'],
  hkt: ['Asia/Hong_Kong'],
  awst: ['Australia/Perth'],
  'acst|acdt': ['Australia/Adelaide'],
  aest: ['Australia/Sydney'],
  aedt: ['Australia/Sydney'],
  nzst: ['Pacific/Auckland'],
  nzdt: ['Pacific/Auckland'],
  'hora (?:del centro|central)(?: de m[ée]xico)?': ['America/Mexico_City'],
  'hora de (?:la )?(?:(?:ciudad de )?m[ée]xico|cdmx|df)': ['America/Mexico_City'],
  'hora (?:peninsular|de madrid|de espa[ñn]a|espa[ñn]ola)': ['Europe/Madrid'],
  'hora (?:canaria|de canarias)': ['Atlantic/Canary'],
  'hora (?:del )?pac[ií]fico': ['America/Los_Angeles'],
  'hora (?:del )?este': ['America/New_York'],
  'hora de (?:la )?monta[ñn]a': ['America/Denver'],
  'hora (?:de )?(?:nueva york)': ['America/New_York'],
  'hora (?:de )?londres': ['Europe/London'],
  'hora (?:de )?(?:argentina|buenos aires)|hora argentina': ['America/Argentina/Buenos_Aires'],
  'hora (?:de )?(?:colombia|bogot[áa])|hora colombiana': ['America/Bogota'],
  'hora (?:de )?(?:chile|santiago)|hora chilena': ['America/Santiago'],
  'hora (?:de )?(?:per[úu]|lima)|hora peruana': ['America/Lima'],
  'hora (?:de )?(?:venezuela|caracas)|hora venezolana': ['America/Caracas'],
  'hora (?:de )?(?:uruguay|montevideo)|hora uruguaya': ['America/Montevideo'],
  'hora (?:de )?(?:ecuador|quito|guayaquil)|hora ecuatoriana': ['America/Guayaquil'],
  'hora (?:de )?(?:bolivia|la paz)|hora boliviana': ['America/La_Paz'],
  'hora (?:de )?(?:paraguay|asunci[óo]n)|hora paraguaya': ['America/Asuncion'],
  'hora (?:de )?(?:guatemala)|hora guatemalteca': ['America/Guatemala'],
  'hora (?:de )?(?:costa rica)|hora costarricense': ['America/Costa_Rica'],
  'hora (?:de )?(?:panam[áa])|hora paname[ñn]a': ['America/Panama'],
  'hora (?:de )?(?:cuba|la habana)|hora cubana': ['America/Havana'],
  'hora (?:de )?(?:puerto rico)': ['America/Puerto_Rico'],
  'hora (?:de )?(?:(?:la )?rep[úu]blica dominicana|santo domingo)': ['America/Santo_Domingo'],
};

/**
 * The offset from UTC, in minutes, that a name standing for several zones says in each: "IST" is
 * India's standard time, Ireland's summer time (by law its standard time) or Israel's standard
 * time; "CST" is US Central or China Standard Time.
 */
const offsetsSaid: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  cst: { 'America/Chicago': -360, 'Asia/Shanghai': 480 },
  ist: { 'Asia/Kolkata': 330, 'Europe/Dublin': 60, 'Asia/Jerusalem': 120 },
};

/**
 * Places people name a zone by, with "time" after them ("2pm London time", "10am Perth time",
 * "6pm Indian Standard Time"): a place alone after a time is often no zone ("2pm London office").
 */
const zonesByPlace: Readonly<Record<string, readonly string[]>> = {
  'london|uk|u\\.k\\.|british|britain|england': ['Europe/London'],
  'irish|ireland|dublin': ['Europe/Dublin'],
  'lisbon|portugal|portuguese': ['Europe/Lisbon'],
  'paris|france|french': ['Europe/Paris'],
  'berlin|germany|german': ['Europe/Berlin'],
  'madrid|spain|spanish': ['Europe/Madrid'],
  'amsterdam|dutch|netherlands': ['Europe/Amsterdam'],
  'rome|italy|italian': ['Europe/Rome'],
  'india|indian|delhi|new delhi|mumbai|bangalore|bengaluru|kolkata|chennai|hyderabad|pune': [
    'Asia/Kolkata',
  ],
  'israel|israeli|tel aviv|jerusalem': ['Asia/Jerusalem'],
  'dubai|uae|gulf': ['Asia/Dubai'],
  singapore: ['Asia/Singapore'],
  'hong kong': ['Asia/Hong_Kong'],
  'china|chinese|beijing|shanghai': ['Asia/Shanghai'],
  'tokyo|japan|japanese': ['Asia/Tokyo'],
  'manila|philippines?': ['Asia/Manila'],
  'perth|western australia': ['Australia/Perth'],
  adelaide: ['Australia/Adelaide'],
  darwin: ['Australia/Darwin'],
  'brisbane|queensland': ['Australia/Brisbane'],
  'sydney|canberra': ['Australia/Sydney'],
  melbourne: ['Australia/Melbourne'],
  'auckland|wellington|new zealand|nz|kiwi': ['Pacific/Auckland'],
  'new york|nyc?|boston|toronto|east coast': ['America/New_York'],
  'chicago|dallas|houston|texas': ['America/Chicago'],
  denver: ['America/Denver'],
  'phoenix|arizona': ['America/Phoenix'],
  'l\\.?a\\.?|los angeles|california|san francisco|sf|seattle|vancouver|west coast': [
    'America/Los_Angeles',
  ],
  'mexico city|mexico': ['America/Mexico_City'],
  'bogota|colombia': ['America/Bogota'],
  'sao paulo|s[ãa]o paulo|brazil': ['America/Sao_Paulo'],
  'buenos aires|argentina': ['America/Argentina/Buenos_Aires'],
  // Said in Spanish, as when telling which zone a name meant ("IST": "India", "Irlanda").
  'irlanda|irland[ée]sa?': ['Europe/Dublin'],
  'israel[íi]': ['Asia/Jerusalem'],
  'londres|reino unido|brit[áa]nica': ['Europe/London'],
  'espa[ñn]a|espa[ñn]ola|peninsular': ['Europe/Madrid'],
};

/**
 * US zones said in two letters ("3pm PT", "10:30 ET"): only after a time with its a.m., p.m. or
 * minutes, since "12 pt" is a font size and "5 ct" a count.
 */
const zonesByShortName: Readonly<Record<string, readonly string[]>> = {
  et: ['America/New_York'],
  ct: ['America/Chicago'],
  mt: ['America/Denver'],
  pt: ['America/Los_Angeles'],
};

/** "… standard time", "… daylight time", "… time" after a name: part of it. */
const timeAfterName = String.raw`(?:\s+(?:standard\s+|daylight\s+)?time)`;
const names = (table: Readonly<Record<string, unknown>>) =>
  Object.keys(table)
    .map((name) => name.replaceAll(' ', String.raw`\s+`))
    .join('|');
/** A time of day said as a word: "noon", "mediodía". */
const namedTimeOfDay = 'noon|midday|mediod[ií]a';
/**
 * What a zone's name may follow: an hour ("11am", "15h", "9:00", "3 de la tarde") or a time of
 * day said as a word ("noon EST", "mediodía hora peninsular"), perhaps with the name in brackets
 * ("2pm (London time)").
 */
const timeBeforeName = String.raw`(?:\d\s*(?:[ap]\.?m\.?|h|de\s+la\s+(?:mañana|manana|tarde|noche))?|${namedTimeOfDay})[\s(]*`;
// A name is looked for first, and only then the time behind it: a look behind at every character
// would scan a long run of spaces again from each.
const namePattern = new RegExp(
  String.raw`(?=(?:${names(zonesByName)}|${names(zonesByPlace)}|${names(zonesByShortName)})(?![\p{L}\p{N}]))(?:(?<=${timeBeforeName})(?:(?<name>${names(zonesByName)})${timeAfterName}?|(?<place>${names(zonesByPlace)})${timeAfterName})|(?<=(?:\d\s*[ap]\.?m\.?|\d[:.]\d\d|${namedTimeOfDay})[\s(]*)(?<short>${names(zonesByShortName)})${timeAfterName}?)(?![\p{L}\p{N}])`,
  'giu',
);

/** Any name of a zone or of a place said alone, perhaps with "time" after it: "India", "irish". */
const anyNamePattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<name>${names(zonesByName)})|(?<place>${names(zonesByPlace)}))${timeAfterName}?(?![\p{L}\p{N}])`,
  'giu',
);

/** An answer that tells a zone by name is short; a longer text is not looked through. */
const longestZoneAnswer = 100;

/**
 * The zones the names in a short answer stand for, with no time before them ("India", "Indian
 * Standard Time", "the irish one", "Irlanda"): what an answer to "which zone?" tells. None in a
 * text longer than an answer.
 */
export function zonesNamedIn(answer: string): string[] {
  if (answer.length > longestZoneAnswer) return [];
  return [...new Set([...answer.matchAll(anyNamePattern)].flatMap(zonesOf))];
}

/** The pattern of a table a name found matched ("PT", "hora  del centro"), and its zones. */
function entryNamed(said: string, table: Readonly<Record<string, readonly string[]>>) {
  return Object.entries(table).find(([name]) =>
    new RegExp(`^(?:${name.replaceAll(' ', String.raw`\s+`)})$`, 'iu').test(said),
  );
}

/** A zone a name can mean, and the offset from UTC (minutes) the name says there, if any. */
export interface ZoneMeant {
  zone: string;
  offset?: number;
}

/**
 * The time-zone names a message writes after a time: where the first stands, its name, where
 * every one stands, the zones they can mean between them (more than one: ambiguous), and what
 * each name found can mean.
 */
export interface NamedTimeZone extends Span {
  name: string;
  zones: readonly string[];
  spans: readonly Span[];
  meanings: readonly (readonly ZoneMeant[])[];
}

/** The time-zone names a message writes after a time, if it writes any. */
export function namedTimeZoneIn(text: string): NamedTimeZone | undefined {
  const matches = [...text.matchAll(namePattern)];
  const [first] = matches;
  const name = first && nameOf(first);
  if (!first || !name) return undefined;
  const meanings = matches.map(meaningOf);
  const zones = new Set(meanings.flatMap((meaning) => meaning.map(({ zone }) => zone)));
  const spans = matches.map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const [where] = spans;
  return where && { ...where, name, zones: [...zones], spans, meanings };
}

/**
 * Of the zones the names a message writes stand for, the one the person surely means: their own
 * zone ("wed 4pm IST" from Asia/Kolkata, "noon CST" from America/Chicago), else the only one
 * every name can mean that is at the person's offset at `at` (ms) and at the offset the name says
 * there ("noon CST" from America/Winnipeg in winter: Chicago). From London in November "3pm IST"
 * is none: Dublin is at GMT then, not at Irish Standard Time. Undefined when none or several.
 */
export function ownZoneAmong(
  named: NamedTimeZone,
  ownZone: string,
  at: number,
): string | undefined {
  const offset = zoneNamed(ownZone).offset(at);
  const meant = named.zones.filter((zone) =>
    named.meanings.every((meaning) =>
      meaning.some(
        (said) =>
          said.zone === zone &&
          (zone === ownZone ||
            ((said.offset ?? offset) === offset && zoneNamed(zone).offset(at) === offset)),
      ),
    ),
  );
  if (meant.includes(ownZone)) return ownZone;
  return meant.length === 1 ? meant[0] : undefined;
}

/** The name a match found, as written ("CET", "London", "hora argentina"). */
function nameOf({ groups }: Pick<RegExpMatchArray, 'groups'>): string | undefined {
  return groups?.name ?? groups?.place ?? groups?.short;
}

/** The zones the name a match found stands for. */
function zonesOf(match: Pick<RegExpMatchArray, 'groups'>): readonly string[] {
  return entryOf(match)?.[1] ?? [];
}

/** The zones the name a match found stands for, each with the offset it says there, if any. */
function meaningOf(match: Pick<RegExpMatchArray, 'groups'>): readonly ZoneMeant[] {
  const [pattern = '', zones = []] = entryOf(match) ?? [];
  const offsets = match.groups?.name ? offsetsSaid[pattern] : undefined;
  return zones.map((zone) => ({ zone, offset: offsets?.[zone] }));
}

/** The table entry of the name a match found: its pattern and its zones. */
function entryOf({ groups }: Pick<RegExpMatchArray, 'groups'>) {
  if (groups?.name) return entryNamed(groups.name, zonesByName);
  if (groups?.place) return entryNamed(groups.place, zonesByPlace);
  return entryNamed(groups?.short ?? '', zonesByShortName);
}
