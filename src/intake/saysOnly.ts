import { normalisedText } from './normalisedText.js';

/**
 * Whether a message says only phrases of `words`, with courtesy around them: "yes, please",
 * "yeah sure", "ok that works", "sí, vale, gracias". At least one phrase must be of `words`;
 * `courtesy` ("please", "thanks") may come anywhere but cannot stand alone.
 */
export function saysOnly(
  text: string,
  words: readonly string[],
  courtesy: readonly string[] = [],
): boolean {
  const tokens = normalisedText(text.replace(/[,;:!?¡¿.]+/g, ' ')).split(' ');
  const phrases = new Set(words);
  const polite = new Set(courtesy);
  const longestPhrase = Math.max(
    ...[...words, ...courtesy].map((phrase) => phrase.split(' ').length),
  );
  // reach[i]: the first i tokens split into phrases; 2 when one of them was of `words`.
  const reach: number[] = [1, ...tokens.map(() => 0)];
  for (let end = 1; end <= tokens.length; end++) {
    for (let length = 1; length <= Math.min(longestPhrase, end); length++) {
      const before = reach[end - length] ?? 0;
      if (before === 0) continue;
      const phrase = tokens.slice(end - length, end).join(' ');
      if (phrases.has(phrase)) reach[end] = 2;
      else if (polite.has(phrase)) reach[end] = Math.max(reach[end] ?? 0, before);
    }
  }
  return reach[tokens.length] === 2;
}
