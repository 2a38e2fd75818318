import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';

/**
 * Web Chat's markdown-it, with the options its renderMarkdown uses for message text and for
 * Adaptive Card TextBlocks and facts (HTML allowed, linkify and typographer on).
 */
const webChat = new MarkdownIt({
  breaks: false,
  html: true,
  linkify: true,
  typographer: true,
  xhtmlOut: true,
});

/** Renders Markdown to HTML the way Web Chat does, before its link decoration and sanitizer. */
export function renderLikeWebChat(markdown: string): string {
  return webChat.render(markdown);
}

/** The text a reader sees in rendered HTML: tags dropped, the entities markdown-it writes decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The tags in rendered HTML other than paragraphs and line breaks: markup the text turned into. */
export function markupTags(html: string): string[] {
  return (html.match(/<[a-z][^>]*>/gi) ?? []).filter((tag) => !/^<(p|br ?\/?)>$/i.test(tag));
}

/**
 * Renders each text as Web Chat does, fails on any link, image or other tag the texts became
 * (but the bot's own `allowedTags`, such as its list of fields), and returns what a reader sees.
 */
export function shownAsText(texts: string[], allowedTags: string[] = []): string {
  const htmls = texts.map(renderLikeWebChat);
  for (const html of htmls) {
    expect(html).not.toMatch(/<img|<a[\s>]|<b>|<strong/);
    expect(markupTags(html).filter((tag) => !allowedTags.includes(tag))).toEqual([]);
  }
  return htmls.map(visibleText).join('\n');
}
