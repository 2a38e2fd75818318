import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/messages/escapeMarkdown.js';
import { markupTags, renderLikeWebChat, visibleText } from '../support/webChatMarkdown.js';

/** CommonMark with tables, strikethrough, HTML and linkify, but no typographer: text stays exact. */
const exact = new MarkdownIt({ html: true, linkify: true });
/** What a reader sees: paragraphs and soft breaks both read as a line break. */
const shown = (html: string) => visibleText(html).trim().replace(/\n+/g, '\n');

const hostile: [string, string][] = [
  ['an image', '![x](https://evil.example/p.png)'],
  ['a link', '[click](https://evil.example)'],
  ['a link with a title', '[click](https://evil.example "Click me")'],
  ['a reference link and its definition', '[click][1]\n\n[1]: https://evil.example'],
  ['a collapsed reference', '[evil.example][]\n[evil.example]: https://evil.example'],
  ['nested brackets', '[[x](https://a.example)](https://b.example) ![![y](c)](d)'],
  ['brackets around a link', '[a [b](https://evil.example) c](https://evil.example)'],
  ['a reference split over lines', '[click]\n[1]\n\n[1]: https://evil.example'],
  ['a spaced definition', '[1] : https://evil.example\n[1]'],
  ['an autolink', '<https://evil.example/x>'],
  ['an e-mail autolink', '<ann@evil.example>'],
  ['a bare URL', 'see https://evil.example/p?q=1 now'],
  ['a www link', 'go to www.evil.com'],
  ['a bare domain', 'visit evil.com today'],
  ['an e-mail address', 'write to ann@contoso.com'],
  ['a mailto link', 'mailto:ann@contoso'],
  ['a protocol-relative link', 'open //localhost/admin'],
  ['an image tag', '<img src=x onerror=alert(1)>'],
  ['a script', '<script>alert(1)</script>'],
  ['an anchor tag', '<a href="https://evil.example">x</a>'],
  ['an HTML block', '<div>\n<b>bold</b>\n</div>'],
  ['a comment', '<!-- hidden -->'],
  ['entities', '&lt;img src=x&gt; &#60;b&#62; &#x3C;i&#x3E; &amp;'],
  ['backslashes', 'C:\\Temp\\new \\*not emphasis\\* \\[x](https://evil.example)'],
  ['a trailing backslash', 'line\\\nnext'],
  ['emphasis', '**bold** *it* __b__ _i_ ~~gone~~ ~one~'],
  ['code', '`code` ``more ` code``'],
  ['a fenced block', '```js\nalert(1)\n```\n~~~\nx\n~~~'],
  ['headings', '# Title\n## Sub ##\n###### six'],
  ['setext headings', 'Title\n===\nSub\n---'],
  ['thematic breaks', '***\n___\n- - -'],
  ['lists', '- a\n+ b\n* c\n1. one\n2) two\n1986. A year'],
  ['a block quote', '> quoted\n>> deeper'],
  ['a table', '| a | b |\n|---|:-:|\n| 1 | 2 |'],
  ['a table without outer pipes', 'a | b\n--|--\n1 | 2'],
  ['attribute braces', 'x {.class onclick=alert(1)}'],
  ['a hard break', 'two spaces  \nthen a line'],
];

describe('escapeMarkdown', () => {
  it.each(hostile)('shows %s as the text typed, with no markup', (_label, text) => {
    const html = exact.render(escapeMarkdown(text));
    expect(markupTags(html)).toEqual([]);
    expect(shown(html)).toBe(text.replace(/ {2}\n/g, '\n').replace(/\n+/g, '\n'));
  });

  it.each(hostile)('leaves no link, image or tag when Web Chat renders %s', (_label, text) => {
    const html = renderLikeWebChat(escapeMarkdown(text));
    expect(html).not.toMatch(/<a[\s>]|<img|<script|<div|<b>|<table|<h\d|<li|<code|<em|<strong/);
    expect(markupTags(html)).toEqual([]);
  });

  it('removes the indentation that would make a code block, where escapes show as typed', () => {
    const html = exact.render(escapeMarkdown('intro\n\n    *not code*\n\tindented'));
    expect(markupTags(html)).toEqual([]);
    expect(shown(html)).toBe('intro\n*not code*\nindented');
  });

  it('leaves ordinary text as it is', () => {
    for (const text of [
      'Printer on floor 3 jams, since Monday. Call me at 14:00!',
      '+44 20 7946 0018',
      '(415) 555-0100 x204',
      'R&D lost -5 points; #1 priority, 100% (really)',
      'Mon 15 Mar 2027, 14:00 (Europe/Berlin)',
      'La impresora del piso 3 se atasca: ¿qué hago?',
      '[Sat 28 Nov, 07:00] Bob Customer: same here, every duplex job',
    ])
      expect(escapeMarkdown(text)).toBe(text);
  });

  it('escapes each character once, so escaping is never doubled within one value', () => {
    expect(escapeMarkdown('\\*')).toBe('\\\\\\*');
    expect(escapeMarkdown('ann@contoso.com')).toBe('ann@contoso\\.com');
    expect(escapeMarkdown('https://x.example')).toBe('https\\:/\\/x\\.example');
  });

  it('is quick and thorough on very long input', () => {
    const text = '![x](https://evil.example/p.png) <img src=x> **b** | 1. '.repeat(4_000);
    const started = performance.now();
    const escaped = escapeMarkdown(text);
    expect(performance.now() - started).toBeLessThan(500);
    const html = renderLikeWebChat(escaped);
    expect(markupTags(html)).toEqual([]);
    expect(shown(exact.render(escaped))).toBe(text.trim());
  });
});
