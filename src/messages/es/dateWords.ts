import type { DateWords } from '../languageData.js';

/** How something is to be when it is due: "listo", "arreglada", "funcionando". */
const doneWords = '(?:list[oa]s?|resuelt[oa]s?|arreglad[oa]s?|funcionando)';

/** Spanish words around dates: "para el viernes", "fin del día", "a las 5", "5 de la tarde". */
export const spanishDateWords: DateWords = {
  // "Hoy mismo": today, by the end of it.
  endOfDay: [
    'fin(?:al)? del día',
    'fin de la jornada',
    'cierre del día',
    'última hora',
    'hoy mismo',
  ],
  deadline: [
    'para(?: el| la)?',
    'antes de(?:l)?',
    'a más tardar',
    'hasta(?: el)?',
    'fecha l[íi]mite',
    // "lo necesito en 2 horas", "me hace falta para el lunes", "lo ocupo para hoy" (México).
    // "lo necesito resuelto para el viernes 4 a las 15": how it is to be, with them.
    `(?:lo|la|los|las) (?:necesito|necesitamos|ocupo|ocupamos)(?: ${doneWords})?`,
    // Someone to come by then: "necesito a alguien en 2 horas", "necesitamos un técnico mañana".
    'necesit(?:o|amos) (?:a alguien|alguien|(?:a )?un t[ée]cnico|(?:a )?una t[ée]cnica)',
    '(?:me|nos) hace falta',
    'sin prisa',
    // What is to be done by then: "necesito q quede listo el martes 3pm", "tiene que estar
    // arreglada para antes del viernes".
    `(?:necesit(?:o|amos) )?(?:que|q) (?:quede|esté|este) ${doneWords}`,
    `(?:tiene|tienen) (?:que|q) estar ${doneWords}`,
    'para antes de(?:l)?',
  ],
  deadlineAfter: ['(?:me |nos )?(?:est[áa] bien|vale|sirve|va bien)'],
  selfCorrection: [
    String.raw`no\s*,?\s*espera`,
    String.raw`espera\s*,?\s*no`,
    'perd[óo]n',
    'digo',
    'mejor dicho',
    'quiero decir',
    'o sea',
    'corrijo',
    'mejor',
    String.raw`no(?=\s*[,;–—-])`,
  ],
  saidAbout: ['es', 'era', 'ser[áa]', 'cae(?: en)?'],
  articles: ['el'],
  beforeBareHour: ['a las', 'a la', 'sobre las', 'sobre la'],
  partOfDayAfterHour: [
    'de la (?:mañana|manana|tarde|noche|madrugada)',
    'del (?:mediod[ií]a|d[ií]a)',
  ],
  leadIntoDate: ['para', 'antes del?', 'a más tardar', 'hasta', 'fecha l[íi]mite', 'el', 'la'],
  weekdayModifiers: [
    'próxim[oa]',
    'este',
    'esta',
    'pasad[oa]',
    'que viene',
    'siguiente',
    'anterior',
  ],
  thisBeforeWeekday: [
    String.raw`(?:este|esta)(?=\s+(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b)`,
  ],
  firstThing: ['a primera hora', 'primera hora', 'a primerísima hora'],
  clockPhrases: ['en punto', 'y media', 'y cuarto', 'menos cuarto'],
  asSoonAsPossible: [
    'lo antes posible',
    'cuanto antes',
    'lo m[áa]s pronto posible',
    'en cuanto (?:puedas|se pueda|sea posible)',
    'de inmediato',
  ],
  listPlaces: [
    '(?:el |la )?(?:primer[oa]?|1[ºª°.]?)(?: opci[óo]n)?',
    '(?:el |la )?(?:segund[oa]|2[ºª°.]?)(?: opci[óo]n)?',
    '(?:el |la )?(?:tercer[oa]?|3[ºª°.]?)(?: opci[óo]n)?',
  ],
};
