/** What a field is called in a question about it: "la fecha", "mi correo". */
const field =
  '(?:el |la |mi |un |una )?(?:fecha(?: limite)?|correo|email|mail|telefono|tlf|tel|celular|cel|numero|nombre|titulo|descripcion)';

/**
 * A question about what the bot asks, or why, as `foldedWords` leaves it (lower-case, no
 * accents, "q" as "que"): "pa q quieres mi tlf?", "es obligatorio el correo?", "¿qué pongo en el
 * nombre?", "q pongo aqui?", "para q necesitan la fecha?", "bien, oye q necesitas exactamente?".
 */
export const spanishHelpQuestion = new RegExp(
  [
    `(?:para|pa|por) que (?:me )?(?:necesitas|necesita|necesitan|necesitais|quieres|quiere|quieren|quereis|ocupas|ocupa|ocupan|pides|pide|piden) (?:${field}|eso|esto)$`,
    `(?:es|son|seria) (?:obligatori[oa]s?|necesari[oa]s?|requerid[oa]s?|opcional(?:es)?) (?:dar |poner )?${field}`,
    `${field} (?:es|son|seria) (?:obligatori[oa]s?|necesari[oa]s?|requerid[oa]s?|opcional(?:es)?)$`,
    `hace falta (?:poner |dar )?${field}$`,
    `tengo que (?:dar|poner) ${field}$`,
    `que (?:pongo|escribo|tengo que poner|debo poner)(?: aqui| aca| ahi| en ${field}| de ${field}| como ${field})?$`,
    `que (?:necesitas|necesitan|quieres|quieren)(?: exactamente| de mi| saber)?$`,
    `que (?:quieres decir|significa)(?: ${field}| eso)?$`,
    `que es ${field}$`,
    `a que te refieres$`,
    `como (?:pongo|escribo) ${field}$`,
  ]
    .map((question) => String.raw`\b${question}\b`)
    .join('|'),
  'u',
);

/** A question about the bot itself ("¿qué eres?", "¿para qué sirve esto?"): the general help. */
export const spanishBotQuestion =
  /\b(?:que eres|quien eres|que (?:haces|puedes hacer)|(?:para )?que es esto|para que sirve (?:esto|este bot|este chat))$/u;
