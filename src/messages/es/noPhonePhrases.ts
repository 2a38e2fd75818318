/** A Spanish message that says there is no phone: "no tengo teléfono", "sin móvil", "ninguno". */
export const spanishNoPhone =
  /^(?:(?:lo siento|perdona|pues)[,\s]+)?(?:no\s+tengo(?:\s+(?:un\s+|ningún\s+|ningun\s+)?(?:teléfono|telefono|móvil|movil|celular|número|numero)(?:\s+de\s+tel[eé]fono)?)?|sin\s+(?:teléfono|telefono|móvil|movil)|ninguno)(?:[,\s]+(?:lo siento|perdona))?[\s.!]*$/i;
