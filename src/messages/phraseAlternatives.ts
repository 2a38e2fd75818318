/**
 * One regular-expression group of phrases, longest first so that "due date" is tried before
 * "due", each taken literally: `(?:phone number|e-mail|phone|…)`.
 */
export function phraseAlternatives(phrases: readonly string[]): string {
  const literal = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?:${literal.join('|')})`;
}
