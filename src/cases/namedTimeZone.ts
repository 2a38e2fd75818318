import type { Span } from './textSpans.js';

/**
 * Time-zone names people write after a time ("11am CET", "2pm Pacific", "9:00 IST"), with the
 * IANA zones each can mean. The abbreviations are international; "Pacific", "Eastern" and the
 * like are how English speakers say them. More than one zone: the name is ambiguous, and the bot
 * asks rather than guess.
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
};

const namePattern = new RegExp(
  String.raw`(?<=\d\s*(?:[ap]\.?m\.?|h)?\s*)(?<name>${Object.keys(zonesByName).join('|')})(?:\s+(?:standard\s+|daylight\s+)?time)?(?![\p{L}\p{N}])`,
  'giu',
);

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
  const name = first?.groups?.name;
  if (!first || !name) return undefined;
  const zones = new Set(
    matches.flatMap((match) => zonesByName[match.groups?.name?.toLowerCase() ?? ''] ?? []),
  );
  const spans = matches.map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const [where] = spans;
  return where && { ...where, name, zones: [...zones], spans };
}
