import { languageDataFor } from '../messages/languages.js';
import type { RecognitionCulture } from './recognitionCulture.js';

/** True when a message only says there is no phone ("I don't have a phone", "no tengo móvil"). */
export function saysNoPhone(text: string, culture: RecognitionCulture): boolean {
  const normalised = text.trim().replace(/\s+/g, ' ');
  return languageDataFor(culture).noPhone.test(normalised);
}
