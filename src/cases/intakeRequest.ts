import { languageDataFor } from '../messages/languages.js';
import { withoutEmoji } from './emoji.js';
import type { RecognitionCulture } from './recognitionCulture.js';

/**
 * True when a message only greets or asks for a case ("hi", "I would like to open a case",
 * "quiero abrir un caso", "hey there 👋") and says nothing about the problem itself.
 */
export function isIntakeRequestOnly(text: string, culture: RecognitionCulture): boolean {
  return languageDataFor(culture).intakeRequestOnly.test(asRequestsAreRead(text));
}

/**
 * The text without the request for a case that leads into it: "I need to log a call about the
 * printer on floor 2" → "the printer on floor 2"; the text itself when it starts otherwise.
 */
export function withoutRequestLead(text: string, culture: RecognitionCulture): string {
  const lead = languageDataFor(culture).intakeRequestLead.exec(asRequestsAreRead(text));
  if (!lead) return text;
  // The lead was matched without emoji, white space folded: skip as many words of the original.
  const leadWords = lead[0].trim().split(' ').length;
  const words = [...text.matchAll(/\S+/g)].filter(([word]) => withoutEmoji(word).trim() !== '');
  const start = words[leadWords]?.index;
  return start === undefined ? '' : text.slice(start);
}

/** Emoji aside, white space folded, a typographic apostrophe as a plain one ("I’d like"). */
function asRequestsAreRead(text: string): string {
  return withoutEmoji(text).trim().replace(/\s+/g, ' ').replace(/’/g, "'");
}
