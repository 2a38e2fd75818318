import { ofEveryLanguage } from '../messages/languages.js';
import type { Span } from './textSpans.js';

/** Every language's casual spellings of date words ("tmrw", "b4", "q"), English first. */
const spellings = ofEveryLanguage(({ casualDateSpellings }) => Object.entries(casualDateSpellings));

/**
 * Any of them as a whole word (a digit may come before one: "9a"), one group each, so that a
 * match tells which it was. Read in every conversation, as the date words are.
 */
const casualSpelling = new RegExp(
  String.raw`(?<![\p{L}_])(?:${spellings.map(([pattern]) => `(${pattern})`).join('|')})(?![\p{L}\p{N}_])`,
  'giu',
);

/** A casual spelling written out: where it stood in the typed text and stands in the new one. */
interface WrittenOutWord {
  typedStart: number;
  typedEnd: number;
  start: number;
  end: number;
}

/** A text with its casual date words written out, and the way back to what was typed. */
export interface DateWordsWrittenOut {
  text: string;
  /** Where a span of `text` stands in the typed text: a word written out is the word typed. */
  typedSpan<S extends Span>(span: S): S;
}

/**
 * A message with its casual spellings of date words written out ("by tmrw 9a" → "by tomorrow
 * 9am", "la semana q viene" → "la semana que viene"), for the date readers, which know only the
 * words in full; what they find is mapped back (`typedSpan`), so that the date is cut from the
 * message as typed. The message itself when it has none, which is most often.
 */
export function withDateWordsWrittenOut(typed: string): DateWordsWrittenOut {
  const words: WrittenOutWord[] = [];
  let text = '';
  let from = 0;
  for (const match of typed.matchAll(casualSpelling)) {
    const standsFor = spellings[match.slice(1).findIndex((group) => group !== undefined)]?.[1];
    if (standsFor === undefined) continue;
    text += typed.slice(from, match.index);
    from = match.index + match[0].length;
    words.push({
      typedStart: match.index,
      typedEnd: from,
      start: text.length,
      end: text.length + standsFor.length,
    });
    text += standsFor;
  }
  if (words.length === 0) return { text: typed, typedSpan: (span) => span };
  text += typed.slice(from);
  const typedOffset = (offset: number, side: 'start' | 'end') => {
    let shift = 0;
    for (const word of words) {
      if (offset <= word.start) break;
      if (offset < word.end) return side === 'start' ? word.typedStart : word.typedEnd;
      shift = word.typedEnd - word.end;
    }
    return offset + shift;
  };
  return {
    text,
    typedSpan: (span) => ({
      ...span,
      start: typedOffset(span.start, 'start'),
      end: typedOffset(span.end, 'end'),
    }),
  };
}
