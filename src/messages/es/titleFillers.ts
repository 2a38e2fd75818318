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
  ],
};
