import type { DateWords } from '../languageData.js';

/** Spanish words around dates: "para el viernes", "fin del día", "a las 5", "5 de la tarde". */
export const spanishDateWords: DateWords = {
  endOfDay: ['fin(?:al)? del día', 'fin de la jornada', 'cierre del día', 'última hora'],
  deadline: ['para(?: el| la)?', 'antes de(?:l)?', 'a más tardar', 'hasta(?: el)?', 'fecha límite'],
  articles: ['el'],
  beforeBareHour: ['a las', 'sobre las'],
  partOfDayAfterHour: ['de la', 'del'],
  leadIntoDate: ['para', 'antes de', 'hasta', 'el', 'la'],
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
};
