/** CommonMark's backslash escape: a backslash before ASCII punctuation stands for that character. */
const backslashEscape = /\\([!-/:-@[-`{-~])/g;

/**
 * Text the bot sent as Markdown, as a terminal shows it. The bot escapes what people typed so
 * chat clients do not render it as markup; a terminal renders nothing, so it drops the escapes.
 */
export function markdownAsPlainText(text: string): string {
  return text.replace(backslashEscape, '$1');
}
