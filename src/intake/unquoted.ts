/** A value in quotes, as typed ("no, better "Printer jam""), without them: `Printer jam`. */
export function unquoted(value: string): string {
  const quoted = /^\s*["“'‘«](?<inside>[^"“”'‘’«»]+)["”'’»]\s*$/u.exec(value);
  return quoted?.groups?.inside?.trim() ?? value;
}
