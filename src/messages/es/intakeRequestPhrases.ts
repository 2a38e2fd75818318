/**
 * A Spanish message that only greets or asks for a case: "hola", "quiero abrir un caso",
 * "necesito crear un ticket por favor".
 */
export const spanishIntakeRequestOnly =
  /^[¡\s]*(?:(?:hola(?:\s+buenas)?|buenas|buenos días|buenos dias|buenas tardes|buenas noches)[\s,!.¡]*)?(?:(?:quiero|quisiera|necesito|me gustaría|puedes|podrías|por favor|ayúdame a)\s+)*(?:(?:abrir|crear|registrar|levantar|reportar|poner|notificar|comunicar|informar de|dar de alta)\s+(?:un\s+|una\s+)?(?:nuev[oa]\s+)?(?:caso|ticket|incidente|incidencia|problema|avería|averia|fallo|queja|solicitud)(?:\s+nuev[oa])?|nuevo caso|caso nuevo|nueva incidencia|incidencia nueva|nuevo ticket|ticket nuevo|(?:un\s+)?caso|ayuda)?(?:\s+por favor)?[\s.!?¿¡]*$/i;
