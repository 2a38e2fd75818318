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
  const { phrases, polite, longestPhrase } = vocabularyOf(words, courtesy);
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

interface Vocabulary {
  phrases: ReadonlySet<string>;
  polite: ReadonlySet<string>;
  /** The most words in one phrase. */
  longestPhrase: number;
}

const vocabularies = new WeakMap<readonly string[], WeakMap<readonly string[], Vocabulary>>();

/**
 * The phrases and courtesy as sets, made once per pair of lists: the catalogs' lists are asked
 * about at every reply (a status question at every prompt).
 */
function vocabularyOf(words: readonly string[], courtesy: readonly string[]): Vocabulary {
  let byCourtesy = vocabularies.get(words);
  if (!byCourtesy) {
    byCourtesy = new WeakMap();
    vocabularies.set(words, byCourtesy);
  }
  let vocabulary = byCourtesy.get(courtesy);
  if (!vocabulary) {
    vocabulary = {
      phrases: new Set(words),
      polite: new Set(courtesy),
      longestPhrase: Math.max(...[...words, ...courtesy].map((phrase) => phrase.split(' ').length)),
    };
    byCourtesy.set(courtesy, vocabulary);
  }
  return vocabulary;
}
