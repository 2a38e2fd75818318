import { languageDataFor } from '../messages/languages.js';
import type { RecognitionCulture } from './recognitionCulture.js';

/**
 * True when a message only greets or asks for a case ("hi", "I would like to open a case",
 * "quiero abrir un caso") and says nothing about the problem itself.
 */
export function isIntakeRequestOnly(text: string, culture: RecognitionCulture): boolean {
  const normalised = text.trim().replace(/\s+/g, ' ');
  return languageDataFor(culture).intakeRequestOnly.test(normalised);
}
