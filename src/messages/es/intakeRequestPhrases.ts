/** A word of a name: "Ana", "García", "O'Neill". */
const nameWord = String.raw`\p{L}[\p{L}'-]*(?![\p{L}'-])`;

/** Who is writing, with one or two words of a name: "soy Ana", "soy Ana García", "te escribe Luis". */
const introduction = String.raw`(?:soy|me llamo|(?:te |les )?(?:escribe|habla))\s+${nameWord}(?:\s+${nameWord})?`;

/** Small talk that comes with a greeting: "todo bien?", "¿cómo estás?", "qué tal todo". */
const smallTalk =
  '(?:todo bien(?: por (?:all[aá]|ah[ií]|ac[aá]))?|hablo espa[nñ]ol|c[oó]mo (?:est[aá]s|est[aá]n|est[aá]|vas|va|andas|andan)|q(?:u[eé])? tal(?: todo)?|q(?:u[eé])? hubo|qu[ií]hubo)';

/**
 * Greetings, one or more, small talk, and who is writing: "hola", "buenas tardes", "hola qué
 * tal", "qué onda", "buen día", "hola che", "hola! todo bien?", "hola, soy Ana".
 */
const greeting = String.raw`(?:(?:hola+|holi+s?|hi+|hello|buenas|buenos d[ií]as|buen d[ií]a|buenas tardes|buenas noches|q(?:u[eé])? onda|saludos|hey|oye|che|sumerc[eé]|wena+s?|te cuento|${smallTalk}|${introduction})[\s,!.¡¿?]*)`;

/** Words that only lead into what follows: "pues", "bueno", "vale", "perdón", "jaja". */
const filler = String.raw`(?:(?:pues|bueno|vale|perdona|perd[oó]n|también|tambien|y|ah|oh|ja(?:ja)+|je(?:je)+)(?!\p{L})[\s,.!]*)`;

/** What may lead into a request: "quiero", "me urge", "¿me pueden …?". */
const leadIn = String.raw`(?:(?:quiero|quisiera|necesito|necesitaría|necesitaria|ocupo|me urge|urge|me gustaría|me gustaria|puedes|podrías|podrias|me puedes|me pueden|pueden|podrían|podrian|ten[eé]is que|tienen que|tienes que|necesito (?:que|q) me|quiero (?:que|q) me|por favor|porfa|ayúdame a|ayudame a|me ayudas a|me ayud[aá]s a|me pod[eé]s|preciso|precisar[ií]a|se necesita|me podr[ií]as? ayudar a|me pueden ayudar a|me puede ayudar a)\s+)`;

/** Who writes and why, leading into the problem: "os escribo xq", "les escribo porque". */
const writingBecause = String.raw`(?:os|les|te)\s+escribo\s+(?:porque|xq|pq|porq|ya que)`;

/** Verbs that open a case: "abrir", "levantar", "dar de alta". */
const opening =
  '(?:abrir|crear|registrar|levantar|reportar|poner|notificar|comunicar|informar de|dar de alta|(?:abrir|crear|levantar|registrar)me|abr[ií]me|abro|abr(?:an|[aá]is|as|a)|cre(?:en|[eé]is|es|e)|levant(?:en|[eé]is|es|e)|registr(?:en|[eé]is|es|e))';

/** A case in other words: "ticket", "incidencia", "avería". */
const caseWord =
  '(?:caso|case|ticket|incidente|incidencia|problema|avería|averia|fallo|queja|solicitud|reporte)';

/** "un", "una nueva", "otro" before the case word. */
const determiner = String.raw`(?:(?:un|una|otro|otra)\s+)?(?:nuev[oa]\s+)?`;

/** Courtesy and urgency after a request, or alone: "por favor", "muchas gracias", "ya". */
const courtesy = String.raw`(?:[\s,]*(?:por favor|porfa|porfis|pls|(?:muchas |mil )?gracias|ya|urge|es urgente|urgente|al tiro|ahorita|ya mismo|cuanto antes|xfa|x favor))*`;

/** What only asks for a case, or for help, without saying what the problem is. */
const request = [
  String.raw`${opening}\s+${determiner}${caseWord}(?:\s+nuev[oa])?`,
  'nuevo caso|caso nuevo|nueva incidencia|incidencia nueva|nuevo ticket|ticket nuevo',
  String.raw`(?:otro|otra)(?:\s+(?:caso|ticket|incidencia|más|mas))?`,
  String.raw`(?:un\s+|una\s+)?(?:caso|ticket|incidencia)`,
  String.raw`para\s+${opening}(?:\s+${determiner}${caseWord})?`,
  String.raw`abro\s+(?:un\s+)?(?:caso|ticket|reporte)(?:\s+(?:para|por|de)\s+[^,;:.!?]{1,40})?`,
  String.raw`(?:me\s+)?(?:ayuda|ayudas|ayudan|ayudar|ayudarme|ayúdame|ayudame)`,
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
 * "necesito abrir un caso por (la VPN, que se cae)", "quiero levantar un ticket sobre (…)", "os
 * escribo xq (no funciona …)".
 */
export const spanishIntakeRequestLead = new RegExp(
  String.raw`^[¡¿\s]*${greeting}*${filler}*(?:${leadIn}*${opening}\s+${determiner}${caseWord}(?:\s+nuev[oa])?\s+(?:por|sobre|acerca de|porque|xq|pq|porq|ya que)|${writingBecause})\s+`,
  'iu',
);
