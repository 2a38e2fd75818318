import { withoutEmoji } from '../cases/emoji.js';

/** What separates words but says nothing: punctuation, a dash between spaces. */
const punctuation = /[,;:!?¡¿.…"“”«»()]+|\s[-–—]+\s/g;

/**
 * The words of a message as typed phrases are compared, one string each: lower-case, without
 * accents ("qué" as "que"), apostrophes ("that's" as "thats", "what’ve" as "whatve"),
 * punctuation or emoji ("thanks 🙏"), and with `shorthand` spelled out ("u" as "you"). A message
 * of emoji alone keeps them, each a word whatever its skin tone ("👍🏽🙏" as "👍", "🙏"). No words
 * for a message of punctuation alone.
 */
export function foldedWords(
  text: string,
  shorthand: Readonly<Record<string, string>> = {},
): readonly string[] {
  if (lastFolded?.text === text && lastFolded.shorthand === shorthand) return lastFolded.words;
  const emojiAside = withoutEmoji(text);
  const kept = /[\p{L}\p{N}]/u.test(emojiAside) ? emojiAside : eachEmojiAWord(text);
  const folded = kept
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(punctuation, ' ');
  const words: string[] = [];
  for (const word of folded.split(/\s+/)) {
    if (word === '') continue;
    const spelled = Object.hasOwn(shorthand, word) ? shorthand[word] : undefined;
    if (spelled === undefined) words.push(word);
    else words.push(...spelled.split(' '));
  }
  lastFolded = { text, shorthand, words: Object.freeze(words) };
  return lastFolded.words;
}

/**
 * The message folded last, with the shorthand it was folded with: a turn asks about the same
 * message several times (each command, the question's choices, a question about the question).
 */
let lastFolded:
  | { text: string; shorthand: Readonly<Record<string, string>>; words: readonly string[] }
  | undefined;

/** Emoji as words: each its own, without skin tone, joiner or presentation selector. */
function eachEmojiAWord(text: string): string {
  return text
    .replace(/\ufe0f|\u200d|\p{Emoji_Modifier}/gu, '')
    .replace(/\p{Extended_Pictographic}/gu, ' $& ');
}

/** A phrase of a catalog's list as `foldedWords` leaves a message: "Qué llevas" → "que llevas". */
export function foldedPhrase(phrase: string): string {
  return foldedSentence(phrase);
}

/**
 * A message's folded words as one string, with `shorthand` spelled out ("pa q quieres mi tlf?"
 * → "pa que quieres mi tlf"): what the catalog's question patterns are matched on.
 */
export function foldedSentence(
  text: string,
  shorthand: Readonly<Record<string, string>> = {},
): string {
  return foldedWords(text, shorthand).join(' ');
}
