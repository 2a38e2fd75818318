/** The parts of an instant as shown in a zone and language: weekday, day, month, year, hour, minute. */
export function dateParts(
  locale: string,
  isoInstant: string,
  timeZone: string,
): Record<string, string> {
  return Object.fromEntries(
    new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
      .formatToParts(new Date(isoInstant))
      .map((part) => [part.type, part.value]),
  );
}
