/** Emoji, with their skin tones, joiners and presentation selectors. */
const emoji = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu;

/** The text with each emoji as a space: "hi 👋" → "hi  ", "thanks 🙏🏽" → "thanks   ". */
export function withoutEmoji(text: string): string {
  return text.replace(emoji, ' ');
}
