/** Zones and languages in use are a handful; beyond this many formatters, the kept ones go. */
const maxFormatters = 256;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter for a language and zone, made once: building an `Intl.DateTimeFormat` costs far
 * more than formatting with one (it was a tenth of a turn that shows the summary).
 */
function formatterFor(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}`;
  const kept = formatters.get(key);
  if (kept) return kept;
  if (formatters.size >= maxFormatters) formatters.clear();
  const made = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  formatters.set(key, made);
  return made;
}

/** The parts of an instant as shown in a zone and language: weekday, day, month, year, hour, minute. */
export function dateParts(
  locale: string,
  isoInstant: string,
  timeZone: string,
): Record<string, string> {
  return Object.fromEntries(
    formatterFor(locale, timeZone)
      .formatToParts(new Date(isoInstant))
      .map((part) => [part.type, part.value]),
  );
}
