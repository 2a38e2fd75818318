import { type CaseField, caseFields } from '../cases/caseDraft.js';
import type { Messages } from '../messages/messages.js';
import { normalisedText } from './normalisedText.js';

/**
 * The one field a phrase names by one of its words, whole ("the number I gave" → the phone, "my
 * e-mail address", "la fecha"); undefined when it names none, or more than one.
 */
export function fieldNamedIn(text: string, messages: Messages): CaseField | undefined {
  const typed = normalisedText(text);
  const named = caseFields.filter((field) =>
    messages.fieldWords[field].some((word) => holdsWords(typed, word)),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** Whether a text holds `words` whole, not inside a longer word. */
export function holdsWords(text: string, words: string): boolean {
  const at = text.indexOf(words);
  if (at < 0) return false;
  const letterOrDigit = /[\p{L}\p{N}]/u;
  const before = text[at - 1];
  const after = text[at + words.length];
  return (
    ((before === undefined || !letterOrDigit.test(before)) &&
      (after === undefined || !letterOrDigit.test(after))) ||
    holdsWords(text.slice(at + 1), words)
  );
}
