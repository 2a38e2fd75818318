import type { Span } from './textSpans.js';

/**
 * Time-zone names people write after a time ("11am CET", "2pm Pacific", "9:00 IST", "3pm PT",
 * "a las 15h hora peninsular"), as patterns, with the IANA zones each can mean. The abbreviations
 * are international; "Pacific", "Eastern" and the like are how English speakers say them, "hora
 * del centro" and "hora peninsular" how Mexicans and Spaniards do. More than one zone: the name
 * is ambiguous, and the bot asks rather than guess.
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
  ist: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  jst: ['Asia/Tokyo'],
  sgt: ['Asia/Singapore'],
  hkt: ['Asia/Hong_Kong'],
  aest: ['Australia/Sydney'],
  aedt: ['Australia/Sydney'],
  nzst: ['Pacific/Auckland'],
  nzdt: ['Pacific/Auckland'],
  'hora (?:del centro|central)(?: de m[ée]xico)?': ['America/Mexico_City'],
  'hora de (?:la )?(?:ciudad de )?m[ée]xico': ['America/Mexico_City'],
  'hora (?:peninsular|de madrid|de espa[ñn]a)': ['Europe/Madrid'],
  'hora (?:canaria|de canarias)': ['Atlantic/Canary'],
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
const timeAfterName = String.raw`(?:\s+(?:standard\s+|daylight\s+)?time)?(?![\p{L}\p{N}])`;
const names = (table: Readonly<Record<string, unknown>>) =>
  Object.keys(table)
    .map((name) => name.replaceAll(' ', String.raw`\s+`))
    .join('|');
// A name is looked for first, and only then the time behind it: a look behind at every character
// would scan a long run of spaces again from each.
const namePattern = new RegExp(
  String.raw`(?=(?:${names(zonesByName)}|${names(zonesByShortName)})(?![\p{L}\p{N}]))(?:(?<=\d\s*(?:[ap]\.?m\.?|h)?\s*)(?<name>${names(zonesByName)})|(?<=\d\s*[ap]\.?m\.?\s*|\d[:.]\d\d\s*)(?<short>${names(zonesByShortName)}))${timeAfterName}`,
  'giu',
);

/** The zones a name found stands for, by the pattern it matched ("PT", "hora  del centro"). */
function zonesNamed(said: string, table: Readonly<Record<string, readonly string[]>>) {
  return (
    Object.entries(table).find(([name]) =>
      new RegExp(`^(?:${name.replaceAll(' ', String.raw`\s+`)})$`, 'iu').test(said),
    )?.[1] ?? []
  );
}

/**
 * The time-zone names a message writes after a time: where the first stands, its name, where
 * every one stands, and the zones they can mean between them (more than one: ambiguous).
 */
export interface NamedTimeZone extends Span {
  name: string;
  zones: readonly string[];
  spans: readonly Span[];
}

/** The time-zone names a message writes after a time, if it writes any. */
export function namedTimeZoneIn(text: string): NamedTimeZone | undefined {
  const matches = [...text.matchAll(namePattern)];
  const [first] = matches;
  const name = first?.groups?.name ?? first?.groups?.short;
  if (!first || !name) return undefined;
  const zones = new Set(
    matches.flatMap(({ groups }) =>
      groups?.name
        ? zonesNamed(groups.name, zonesByName)
        : zonesNamed(groups?.short ?? '', zonesByShortName),
    ),
  );
  const spans = matches.map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const [where] = spans;
  return where && { ...where, name, zones: [...zones], spans };
}
