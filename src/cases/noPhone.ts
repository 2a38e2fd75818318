import { languageDataFor } from '../messages/languages.js';
import type { RecognitionCulture } from './recognitionCulture.js';

/**
 * True when a message only says there is no phone, or that e-mail is how to reach them ("I don't
 * have a phone", "no work phone, just email me", "email is better", "no tengo móvil", "solo por
 * correo"): answered with why a number is needed.
 */
export function saysNoPhone(text: string, culture: RecognitionCulture): boolean {
  const normalised = text.trim().replace(/\s+/g, ' ');
  return languageDataFor(culture).noPhone.test(normalised);
}
