import type { Messages } from '../messages.js';
import { phraseAlternatives } from '../phraseAlternatives.js';

/** Spanish words that name each field in "cambia el teléfono a …". */
export const spanishFieldWords: Messages['fieldWords'] = {
  name: ['nombre', 'título', 'titulo', 'asunto'],
  description: ['descripción', 'descripcion', 'detalles', 'problema'],
  email: [
    'correo',
    'correo electrónico',
    'correo electronico',
    'email',
    'e-mail',
    'mail',
    'dirección',
    'direccion',
    '@',
    'arroba',
  ],
  phone: [
    'teléfono',
    'telefono',
    'tel',
    'número',
    'numero',
    'móvil',
    'movil',
    'celular',
    'cel',
    'celu',
    'tlf',
    'tfno',
    'fono',
    'whatsapp',
  ],
  dueDate: ['fecha', 'fecha límite', 'fecha limite', 'plazo', 'vencimiento', 'vence', 'hora'],
};

/**
 * The words of the fields whose value shows what it is (an address, a number, a date), so that
 * "pon la fecha el 4 de diciembre a las 17h" needs no "a".
 */
const fieldsThatShowTheirValue = phraseAlternatives([
  ...spanishFieldWords.email,
  ...spanishFieldWords.phone,
  ...spanishFieldWords.dueDate,
]);

/**
 * The ways to change a field in Spanish: "cambia el teléfono a …", "mueve la fecha al …",
 * "muévela para el viernes" (the date, or the case, moved), "llámalo …"; with the verb said as
 * "tú", "vos" ("cambiá", "poné") or "usted" ("cambie").
 */
export const spanishChangePatterns: Messages['changePatterns'] = [
  // The date first: "cambia la fecha al jueves a las 10" is the date, not a field named "fecha al
  // jueves" set to "las 10"; "cambia la hora a las 10" keeps its "a las".
  {
    pattern:
      /^(?:(?:por favor|oye|perdona|en realidad)[,\s]+)?(?:cambia|cambiá|cambie|cambiar|mueve|mové|mueva|mover|pasa|pasá|pase|pasar|aplaza|aplazá|aplace|aplazar|retrasa|retrasá|retrase|retrasar|adelanta|adelantá|adelante|adelantar)\s+(?:la\s+)?(?<field>fecha(?:\s+límite|\s+limite)?|plazo|hora)\s+(?:(?:a|al|para|hasta)\s+(?!las?\s)|(?=a\s+las?\s))(?<value>.+)$/isu,
  },
  {
    pattern:
      /^(?:por favor\s+)?(?:cambia|cambiá|cambie|cambiar|pon|poné|ponga|poner|actualiza|actualizá|actualice|actualizar|corrige|corregí|corrija|corregir)\s+(?:el\s+|la\s+|mi\s+)?(?<field>[\p{L}\s-]+?)\s+(?:a|al|por|en|:|=)\s+(?<value>.+)$/isu,
  },
  {
    pattern:
      /^(?:(?:por favor|oye|perdona|en realidad)[,\s]+)?(?:mu[ée]vel[oa]|p[áa]sal[oa]|apl[áa]zal[oa]|retr[áa]sal[oa]|adel[áa]ntal[oa])\s+(?:a|al|para|hasta)\s+(?<value>.+)$/isu,
    field: 'dueDate',
  },
  {
    pattern:
      /^(?:en realidad|perdona|perdón|perdon|espera|no)[,\s]+(?:el\s+|la\s+|mi\s+)?(?<field>[\p{L}\s-]+?)\s+(?:es|debe ser|tiene que ser)\s+(?<value>.+)$/isu,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:por favor\s+)?(?:pon|poné|ponga|poner|cambia|cambiá|cambie|cambiar|actualiza|actualizá|actualice|actualizar|deja|dejá|deje|dejar)\s+(?:el\s+|la\s+|mi\s+)?(?<field>${fieldsThatShowTheirValue})\s+(?:(?:para|como)\s+)?(?<value>.+)$`,
      'isu',
    ),
    onlyWhenValueReads: true,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:(?:vale|bueno|oye|pues|y)[,\s]+)?(?:el\s+|la\s+|mi\s+)?(?<field>${fieldsThatShowTheirValue})\s+(?:debería ser|deberia ser|debe ser|tiene que ser|tendría que ser|tendria que ser)\s+(?<value>.+)$`,
      'isu',
    ),
    onlyWhenValueReads: true,
  },
  {
    pattern:
      /^(?:(?:vale|bueno|oye|pues|y)[,\s]+)?(?:el\s+|mi\s+)?(?:nombre|título|titulo|asunto)\s+(?:debería ser|deberia ser|debe ser|tiene que ser|tendría que ser|tendria que ser)\s+(?<value>.+)$/isu,
    field: 'name',
    notWhereFreeTextIsAsked: true,
  },
  {
    pattern:
      /^(?:llámalo|llamalo|renómbralo|renombralo|que se llame|ponle\s+(?:de|por)\s+nombre)\s+(?:como\s+)?(?<value>.+)$/isu,
    field: 'name',
    notWhereFreeTextIsAsked: true,
  },
];
