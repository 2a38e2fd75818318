/** A message as commands are matched: lower-case, single spaces, no surrounding punctuation. */
export function normalisedText(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^[\s!.¡¿]+|[\s!.?]+$/g, '')
    .replace(/\s+/g, ' ');
}
