import type { TitleFillers } from '../languageData.js';

/** Spanish openers and determiners left out of a suggested case name: "Hola, mi impresora…". */
export const spanishTitleFillers: TitleFillers = {
  openers: ['hola', 'por favor'],
  determiners: ['mi', 'mis', 'nuestro', 'nuestra', 'el', 'la'],
  namingCues: ['llámalo', 'llamalo', 'titulado', 'ponle de nombre', 'ponle por nombre'],
  namingLabels: ['título', 'titulo', 'asunto', 'nombre del caso', 'nombre'],
  quotedAfter: [
    'nuevo caso',
    'caso nuevo',
    'nuevo ticket',
    'nueva incidencia',
    'caso',
    'ticket',
    'incidencia',
  ],
  dangling: [
    'el',
    ...['la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'mi', 'mis', 'su', 'sus'],
    ...['de', 'del', 'en', 'a', 'al', 'con', 'por', 'para', 'sin', 'sobre', 'desde', 'hasta'],
    ...['y', 'e', 'o', 'u', 'pero', 'que', 'q', 'se', 'me', 'le', 'les', 'ya', 'cuando', 'si'],
    ...['no', 'es', 'está', 'esta', 'son', 'ha', 'han', 'hay'],
  ],
  preamble: [
    String.raw`(?:hola+|buenas(?: tardes| noches| d[ií]as)?|buenos d[ií]as|buen d[ií]a|qu[eé] tal|saludos|estimad[oa]s?(?: equipo)?|che|oye|wena+s?)(?: equipo| a todos| chicos)?`,
    String.raw`perd[oó]n(?:a|e)?(?: por)?(?: (?:mi|el) (?:español|espanol|ingl[eé]s))?|disculp(?:a|e|en)(?: la molestia)?|sorry|todo bien|bueno|vale|mira|mire|(?:le|les) cuento|f[ií]jate|(?:te|les|os) cuento|les comento`,
    String.raw`(?:escalo|escalando|reporto|abro esto|escribo) (?:por|de parte de|a nombre de) (?:(?:un|una|el|la|nuestro|nuestra) )?(?:cliente|usuari[oa]|compañer[oa])(?: [\p{L}\p{N}'&. -]{1,40})?`,
    String.raw`de parte de (?:(?:un|una|el|la|nuestro|nuestra) )?(?:cliente|usuari[oa])(?: [\p{L}\p{N}'&. -]{1,40})?`,
    String.raw`(?:un|una|el|la) (?:cliente|usuari[oa]) (?:llam[oó]|report[oó]|dice|escribi[oó])`,
    String.raw`(?:cliente|sucursal|tienda|sede):\s*[^,;:.!?()\n]{1,40}`,
    String.raw`(?:(?:t[eé]cnico|estoy|estamos) )?en (?:sitio|campo|terreno) en [^,;:.!?()\n]{1,40}`,
    // Who writes: "soy Patricia de contabilidad", "soy agente del call center y escalo por un cliente".
    String.raw`soy [^,;:.!?()\n]{1,60}`,
    String.raw`(?:les|os|te) escribo (?:de|desde) [^,;:.!?()\n]{1,40}`,
    String.raw`escalo(?: (?:un caso|esto))?(?: (?:de|por|para) (?:(?:un|una|el|la|nuestro|nuestra) )?(?:cliente|usuari[oa])[^,;:.!?()\n]{0,40})?`,
    String.raw`m[ií]r[aá](?: te cuento)?|c[oó]mo (?:les|te|os) va|a ver si me (?:pod[eé]is|pueden|pod[eé]s|puedes) ayudar`,
  ],
  leadIns: [
    String.raw`(?:quer[ií]a|quisiera|quiero|necesito) (?:reportar|avisar|informar|comentar|decir)(?: que)?`,
    String.raw`(?:les?|os|te) (?:escribo|comento|aviso|informo) (?:porque|xq|que|para (?:reportar|avisar|decir) que)`,
    String.raw`por favor,?`,
  ],
};
