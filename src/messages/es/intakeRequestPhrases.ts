/**
 * A Spanish message that only greets or asks for a case: "hola", "quiero abrir un caso",
 * "necesito crear un ticket por favor".
 */
export const spanishIntakeRequestOnly =
  /^(?:(?:hola|buenas|buenos días|buenas tardes|buenas noches)[\s,!.¡]*)?(?:(?:quiero|quisiera|necesito|me gustaría|puedes|podrías|por favor|ayúdame a)\s+)*(?:(?:abrir|crear|registrar|levantar|reportar|poner)\s+(?:un\s+)?(?:nuevo\s+)?(?:caso|ticket|incidente|incidencia|problema)(?:\s+nuevo)?|nuevo caso|(?:un\s+)?caso|ayuda)?(?:\s+por favor)?[\s.!?¿¡]*$/i;
