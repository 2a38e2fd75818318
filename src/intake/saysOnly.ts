import { foldedPhrase, foldedWords } from './foldedWords.js';

/**
 * Whether a message says only phrases of `words`, with courtesy around them: "yes, please",
 * "yeah sure", "ok that works", "sí, vale, gracias". At least one phrase must be of `words`;
 * `courtesy` ("please", "thanks") may come anywhere but cannot stand alone. Accents, apostrophes,
 * punctuation and emoji do not count ("Si, esta bien", "yeah thats fine 🙏"), and `shorthand`
 * is spelled out ("q llevas" as "que llevas").
 */
export function saysOnly(
  text: string,
  words: readonly string[],
  courtesy: readonly string[] = [],
  shorthand: Readonly<Record<string, string>> = {},
): boolean {
  if (text.length > longestSaidOnly) return false;
  return foldedWordsSayOnly(foldedWords(text, shorthand), words, courtesy);
}

/**
 * Longer than this, a message says more than a choice with its courtesy ("yes please, that's
 * perfect, thank you so much, have a great day!" is 65): it is not folded into words to see.
 */
export const longestSaidOnly = 160;

/**
 * `saysOnly` for a message already split by `foldedWords`, to ask about several lists at once.
 * Gives up at once on a word of none of them, and as soon as a stretch longer than any phrase is
 * none of them: a long description costs its first few words.
 */
export function foldedWordsSayOnly(
  tokens: readonly string[],
  words: readonly string[],
  courtesy: readonly string[] = [],
): boolean {
  const { phrases, polite, longestPhrase, known } = vocabularyOf(words, courtesy);
  // A word of no phrase and no courtesy ("duplex"): no need to try the ways to split.
  if (tokens.some((token) => !known.has(token))) return false;
  // reach[i]: the first i tokens split into phrases; 2 when one of them was of `words`.
  const reach = new Uint8Array(tokens.length + 1);
  reach[0] = 1;
  let lastReached = 0;
  for (let end = 1; end <= tokens.length; end++) {
    if (end - lastReached > longestPhrase) return false;
    for (let length = 1; length <= Math.min(longestPhrase, end); length++) {
      const before = reach[end - length] ?? 0;
      if (before === 0) continue;
      const phrase = tokens.slice(end - length, end).join(' ');
      if (phrases.has(phrase)) reach[end] = 2;
      else if (polite.has(phrase)) reach[end] = Math.max(reach[end] ?? 0, before);
    }
    if (reach[end] !== 0) lastReached = end;
  }
  return reach[tokens.length] === 2;
}

interface Vocabulary {
  phrases: ReadonlySet<string>;
  polite: ReadonlySet<string>;
  /** The most words in one phrase. */
  longestPhrase: number;
  /** Every word of every phrase and courtesy. */
  known: ReadonlySet<string>;
}

const vocabularies = new WeakMap<readonly string[], WeakMap<readonly string[], Vocabulary>>();

/**
 * The phrases and courtesy as sets of folded phrases, made once per pair of lists: the catalogs'
 * lists are asked about at every reply (each command at every prompt).
 */
function vocabularyOf(words: readonly string[], courtesy: readonly string[]): Vocabulary {
  let byCourtesy = vocabularies.get(words);
  if (!byCourtesy) {
    byCourtesy = new WeakMap();
    vocabularies.set(words, byCourtesy);
  }
  let vocabulary = byCourtesy.get(courtesy);
  if (!vocabulary) {
    const phrases = new Set(words.map(foldedPhrase));
    const polite = new Set(courtesy.map(foldedPhrase));
    vocabulary = {
      phrases,
      polite,
      longestPhrase: Math.max(...[...phrases, ...polite].map((phrase) => phrase.split(' ').length)),
      known: new Set([...phrases, ...polite].flatMap((phrase) => phrase.split(' '))),
    };
    byCourtesy.set(courtesy, vocabulary);
  }
  return vocabulary;
}
