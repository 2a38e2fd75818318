import { languageDataFor } from '../messages/languages.js';
import { withoutEmoji } from './emoji.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { clauseEnds } from './textSpans.js';

/**
 * True when a message only greets or asks for a case ("hi", "I would like to open a case",
 * "quiero abrir un caso", "hey there 👋", "hi its dave") and says nothing about the problem
 * itself.
 */
export function isIntakeRequestOnly(text: string, culture: RecognitionCulture): boolean {
  return languageDataFor(culture).intakeRequestOnly.test(asRequestsAreRead(text));
}

/**
 * The text without the request for a case around the problem: the request that leads into it
 * ("I need to log a call about the printer on floor 2" → "the printer on floor 2") and the
 * clauses at its end that only ask for a case or thank ("my VPN drops, need a case opened,
 * thanks" → "my VPN drops"); the text itself when it has neither.
 */
export function withoutRequestAround(text: string, culture: RecognitionCulture): string {
  return withoutRequestAtTheEnd(withoutRequestAtTheStart(text, culture), culture);
}

function withoutRequestAtTheStart(text: string, culture: RecognitionCulture): string {
  const lead = languageDataFor(culture).intakeRequestLead.exec(asRequestsAreRead(text));
  if (!lead) return text;
  // The lead was matched without emoji, white space folded: skip as many words of the original.
  const leadWords = lead[0].trim().split(' ').length;
  const words = [...text.matchAll(/\S+/g)].filter(([word]) => withoutEmoji(word).trim() !== '');
  const start = words[leadWords]?.index;
  return start === undefined ? '' : text.slice(start);
}

/**
 * The text without the clauses at its end that only ask for a case, greet or thank ("…, need a
 * case opened", "…. Can you log a ticket pls?"), keeping the full stop before them; the text
 * itself when every clause would go.
 */
function withoutRequestAtTheEnd(text: string, culture: RecognitionCulture): string {
  let kept = text;
  let keptUpTo = text.length;
  for (const end of [...text.matchAll(clauseEnds)].reverse()) {
    const after = text.slice(end.index + end[0].length, keptUpTo);
    // The stop that ends the text belongs to its last clause ("…, thanks.").
    if (after.trim() === '') continue;
    const before = text.slice(0, end.index);
    if (before.trim() === '' || !isIntakeRequestOnly(after, culture)) break;
    kept = `${before}${end[0].replace(/[^.!?…]/gu, '')}`;
    keptUpTo = end.index;
  }
  return kept;
}

/** Emoji aside, white space folded, a typographic apostrophe as a plain one ("I’d like"). */
function asRequestsAreRead(text: string): string {
  return withoutEmoji(text).trim().replace(/\s+/g, ' ').replace(/’/g, "'");
}
