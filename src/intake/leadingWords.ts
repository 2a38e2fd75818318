/**
 * A message without the phrases of `words` it starts with, each a whole word or words, with the
 * punctuation after them: "no wait, actually make it Friday" → "Friday" when "no", "wait",
 * "actually" and "make it" are among them. Case is ignored; the rest is kept as typed.
 */
export function withoutLeading(text: string, words: readonly string[]): string {
  let rest = text.trim();
  for (;;) {
    const lower = rest.toLowerCase();
    const word = words.find(
      (lead) => lower.startsWith(lead) && !/[\p{L}\p{N}]/u.test(lower.charAt(lead.length)),
    );
    if (!word) return rest;
    rest = rest.slice(word.length).replace(/^[\s,;:.!-]+/u, '');
  }
}
