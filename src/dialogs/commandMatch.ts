/** True when the whole message is one of the command phrases, ignoring case and end punctuation. */
export function matchesCommand(text: string | undefined, phrases: readonly string[]): boolean {
  if (typeof text !== 'string') return false;
  const normalised = text
    .trim()
    .toLowerCase()
    .replace(/^[\s!.¡¿]+|[\s!.]+$/g, '')
    .replace(/\s+/g, ' ');
  return phrases.includes(normalised);
}
