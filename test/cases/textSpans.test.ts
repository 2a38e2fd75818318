import { describe, expect, it } from 'vitest';
import { withoutTrailing } from '../../src/cases/textSpans.js';

describe('withoutTrailing', () => {
  const punctuation = /[\s.!,;]/u;

  it('cuts every trailing character the pattern matches, and nothing before them', () => {
    expect(withoutTrailing('Friday 5pm!!  ;, ', punctuation)).toBe('Friday 5pm');
    expect(withoutTrailing('a. b, c', punctuation)).toBe('a. b, c');
  });

  it('cuts a long run whole, and leaves an empty text of only such characters', () => {
    expect(withoutTrailing(`by 5pm${' '.repeat(5000)}`, punctuation)).toBe('by 5pm');
    expect(withoutTrailing(' .,;! ', punctuation)).toBe('');
    expect(withoutTrailing('', punctuation)).toBe('');
  });
});
