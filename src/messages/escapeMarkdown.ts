/**
 * What Markdown (CommonMark with tables, strikethrough and linkify, as Web Chat's markdown-it,
 * Teams and Adaptive Card TextBlocks read it) or inline HTML could turn into markup:
 * - anywhere: backslash escapes, code, emphasis, strikethrough, tables, attribute braces, HTML
 *   tags and autolinks (`<`), entities (`&lt;`);
 * - links and images: the `]` that would close a link's text, being followed by `(`, `[` or
 *   `:` (a reference definition), even after spaces or a line break (older parsers allow them),
 *   or ending the value (a template might follow it with one). With those gone no link can form, so other brackets stay as typed and
 *   a quoted message's "[Sat 28 Nov, 07:00]" reads cleanly;
 * - at a line start: block quotes, headings, list items, thematic breaks, setext underlines,
 *   and the dot or parenthesis of an ordered list item ("1. ", "2) ");
 * - what linkify reads as a link: a dot inside a word (domains, e-mail addresses, "www."), a
 *   scheme's colon ("https:", "mailto:") and a second slash ("//host").
 * Only what can start markup is matched, so ordinary text ("+44 20 7946 0018", "R&D", "-5")
 * stays as it is; everything is matched in one pass, so an inserted backslash is never escaped.
 */
const markupCharacters =
  /[\\`*_~{}|<]|\](?=[ \t]*\n?[ \t]*(?:[([:]|(?![\s\S])))|&(?=#?\w+;)|^>|^#(?=#{0,5}(?:[ \t]|$))|^[-+=](?=[ \t=+-]|$)|(?<=^\d{1,9})[.)](?=[ \t]|$)|\.(?=[\p{L}\p{N}])|(?<=\p{L}):(?=\S)|(?<=\/)\//gmu;

/** Indentation that would start a code block, where backslash escapes show as typed. */
const lineIndentation = /^[ \t]+/gm;

/**
 * Text we did not write (what the user typed, what the case system returned) made safe to put
 * into a message or card text: shown as typed, never as a link, image, HTML tag or heading.
 * Apply it once, where the value is put into text, and never to values sent to the case API.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(lineIndentation, '')
    .replace(markupCharacters, (character) => `\\${character}`);
}
