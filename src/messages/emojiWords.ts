/**
 * Emoji that say the same in every language, for the catalogs' word lists: sent alone, an emoji
 * is read as a word ("👍"); beside words, emoji are set aside.
 */
export const emojiWords = {
  /** A yes: "👍" to "Shall I create it?", "✅" to a suggested name. */
  approval: ['👍', '👌', '✅', '🆗'],
  /** Thanks, said after a case is created: "🙏", "🙌". */
  thanks: ['🙏', '🙌'],
} as const satisfies Record<string, readonly string[]>;
