import type { RecognitionCulture } from './recognitionCulture.js';

const english =
  /^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: there)?[\s,!.]*)?(?:(?:i(?:'d| would)? like to|i want to|i need to|i'd like|can you|could you|can i|could i|please|let's|lets|help me)\s+)*(?:(?:open|create|start|raise|log|file|submit|make|report)\s+(?:a\s+|an?\s+new\s+|new\s+|another\s+)?(?:support\s+)?(?:case|ticket|request|issue|problem)|new (?:case|ticket)|(?:a\s+)?(?:case|ticket)|help)?(?:\s+please)?[\s.!?]*$/i;
const spanish =
  /^(?:(?:hola|buenas|buenos días|buenas tardes|buenas noches)[\s,!.¡]*)?(?:(?:quiero|quisiera|necesito|me gustaría|puedes|podrías|por favor|ayúdame a)\s+)*(?:(?:abrir|crear|registrar|levantar|reportar|poner)\s+(?:un\s+)?(?:nuevo\s+)?(?:caso|ticket|incidente|incidencia|problema)(?:\s+nuevo)?|nuevo caso|(?:un\s+)?caso|ayuda)?(?:\s+por favor)?[\s.!?¿¡]*$/i;

/**
 * True when a message only greets or asks for a case ("hi", "I would like to open a case",
 * "quiero abrir un caso") and says nothing about the problem itself.
 */
export function isIntakeRequestOnly(text: string, culture: RecognitionCulture): boolean {
  const normalised = text.trim().replace(/\s+/g, ' ');
  return (culture === 'es-es' ? spanish : english).test(normalised);
}
