/** What may come before it: "lo siento, …", "pues …". */
const lead = String.raw`(?:(?:lo siento|perdona|perdón|pues|bueno)[,\s]+)?`;

/** A phone in other words: "teléfono", "tlf", "móvil", "celu", "número de teléfono". */
const phone = String.raw`(?:tel[eé]fono|tlf|tfno|tel|m[oó]vil|celular|celu|cel|n[uú]mero|fijo)(?:\s+de\s+tel[eé]fono)?`;

/** Whose phone or what kind, after it: "del trabajo", "de la oficina", "fijo", "corporativo". */
const kind = String.raw`(?:\s+(?:del\s+trabajo|de\s+(?:la\s+)?(?:empresa|oficina)|de\s+trabajo|laboral|corporativo|fijo|personal))?`;

/** That there is no phone: "no tengo teléfono del trabajo", "sin móvil", "ninguno". */
const noPhone = [
  String.raw`no\s+tengo(?:\s+(?:un\s+|ningún\s+|ningun\s+)?${phone}${kind})?`,
  String.raw`sin\s+${phone}${kind}`,
  'ninguno',
].join('|');

/** The e-mail, said every way: "correo", "correo electrónico", "email", "mail". */
const email = String.raw`(?:(?:el\s+|mi\s+)?(?:correo(?:\s+electr[oó]nico)?|e-?mail|mail))`;

/** That e-mail will do instead: "solo por correo", "mejor por correo", "escríbeme al correo". */
const emailInstead = [
  String.raw`(?:(?:solo|sólo|mejor|únicamente|unicamente)\s+)?(?:por|al|a)\s+${email}(?:\s+(?:mejor|solo|sólo))?`,
  String.raw`(?:escr[ií]beme|cont[aá]ctame|m[aá]ndame\s+un\s+correo|env[ií]ame\s+un\s+correo)(?:\s+(?:por|al|a)\s+${email})?`,
  String.raw`${email}\s+(?:es\s+)?(?:mejor|me\s+va\s+mejor|prefiero)`,
  String.raw`prefiero\s+(?:por\s+)?${email}`,
].join('|');

/** Between the two: ", ", " así que ", " mejor". */
const between = String.raw`(?:[\s,;.!–—-]+(?:así que|asi que|pero|y)?\s*)`;

/**
 * A Spanish message that says there is no phone, or that e-mail is how to reach them: "no tengo
 * teléfono", "sin móvil", "no tengo teléfono del trabajo", "solo por correo", "ninguno".
 */
export const spanishNoPhone = new RegExp(
  String.raw`^${lead}(?:(?:${noPhone})(?:${between}(?:${emailInstead}))?|${emailInstead})(?:[,\s]+(?:lo siento|perdona|por favor|porfa|gracias))?[\s.!]*$`,
  'i',
);
