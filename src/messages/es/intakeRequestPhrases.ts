/** A word of a name: "Ana", "García", "O'Neill". */
const nameWord = String.raw`\p{L}[\p{L}'-]*(?![\p{L}'-])`;

/** Who is writing, with one or two words of a name: "soy Ana", "soy Ana García", "te escribe Luis". */
const introduction = String.raw`(?:soy|me llamo|(?:te |les )?(?:escribe|habla))\s+${nameWord}(?:\s+${nameWord})?`;

/**
 * Greetings, one or more, and who is writing: "hola", "buenas tardes", "hola qué tal", "qué
 * onda", "buen día", "hola, soy Ana".
 */
const greeting = String.raw`(?:(?:hola|buenas|buenos d[ií]as|buen d[ií]a|buenas tardes|buenas noches|q(?:u[eé])? tal|q(?:u[eé])? onda|saludos|hey|oye|${introduction})[\s,!.¡¿?]*)`;

/** Words that only lead into what follows: "pues", "bueno", "vale". */
const filler = String.raw`(?:(?:pues|bueno|vale|perdona|perdón|también|tambien|y|ah|oh)(?!\p{L})[\s,]*)`;

/** What may lead into a request: "quiero", "me urge", "¿me pueden …?". */
const leadIn = String.raw`(?:(?:quiero|quisiera|necesito|necesitaría|necesitaria|ocupo|me urge|urge|me gustaría|me gustaria|puedes|podrías|podrias|me puedes|me pueden|pueden|podrían|podrian|por favor|porfa|ayúdame a|ayudame a|me ayudas a)\s+)`;

/** Verbs that open a case: "abrir", "levantar", "dar de alta". */
const opening =
  '(?:abrir|crear|registrar|levantar|reportar|poner|notificar|comunicar|informar de|dar de alta)';

/** A case in other words: "ticket", "incidencia", "avería". */
const caseWord =
  '(?:caso|ticket|incidente|incidencia|problema|avería|averia|fallo|queja|solicitud|reporte)';

/** "un", "una nueva", "otro" before the case word. */
const determiner = String.raw`(?:(?:un|una|otro|otra)\s+)?(?:nuev[oa]\s+)?`;

/** Courtesy and urgency after a request, or alone: "por favor", "muchas gracias", "ya". */
const courtesy = String.raw`(?:[\s,]*(?:por favor|porfa|porfis|pls|(?:muchas |mil )?gracias|ya|urge|es urgente|urgente))*`;

/** What only asks for a case, or for help, without saying what the problem is. */
const request = [
  String.raw`${opening}\s+${determiner}${caseWord}(?:\s+nuev[oa])?`,
  'nuevo caso|caso nuevo|nueva incidencia|incidencia nueva|nuevo ticket|ticket nuevo',
  String.raw`(?:otro|otra)(?:\s+(?:caso|ticket|incidencia|más|mas))?`,
  String.raw`(?:un\s+)?caso`,
  'ayuda|ayudar|ayudarme|ayúdame|ayudame',
].join('|');

/**
 * A Spanish message that only greets or asks for a case: "hola", "quiero abrir un caso",
 * "necesito crear un ticket por favor", "hola q tal", "me urge abrir un caso pls", "buen día, ¿me
 * pueden ayudar?", "otro caso", "hola, soy Ana", "vale, necesito otro caso".
 */
export const spanishIntakeRequestOnly = new RegExp(
  String.raw`^[¡¿\s]*${greeting}*${filler}*${leadIn}*(?:${request})?${courtesy}[\s.!?¿¡]*$`,
  'iu',
);

/**
 * A request for a case that leads into the problem, cut from the description it starts:
 * "necesito abrir un caso por (la VPN, que se cae)", "quiero levantar un ticket sobre (…)".
 */
export const spanishIntakeRequestLead = new RegExp(
  String.raw`^[¡¿\s]*${greeting}*${filler}*${leadIn}*${opening}\s+${determiner}${caseWord}\s+(?:por|sobre|acerca de|porque)\s+`,
  'iu',
);
