import { describe, expect, it } from 'vitest';
import { markdownAsPlainText } from '../../src/cli/markdownText.js';

describe('bot Markdown shown in the terminal', () => {
  it('shows escaped characters as the user typed them', () => {
    expect(markdownAsPlainText('\\+44 20 7946 0018')).toBe('+44 20 7946 0018');
    expect(markdownAsPlainText('\\!\\[x\\](https\\://example\\.com/a.png)')).toBe(
      '![x](https://example.com/a.png)',
    );
    expect(markdownAsPlainText('C:\\\\temp')).toBe('C:\\temp');
  });

  it('keeps a backslash that escapes nothing', () => {
    expect(markdownAsPlainText('C:\\temp')).toBe('C:\\temp');
  });
});
