import type { TitleFillers } from '../languageData.js';

/** Spanish openers and determiners left out of a suggested case name: "Hola, mi impresora…". */
export const spanishTitleFillers: TitleFillers = {
  openers: ['hola', 'por favor'],
  determiners: ['mi', 'mis', 'nuestro', 'nuestra', 'el', 'la'],
};
