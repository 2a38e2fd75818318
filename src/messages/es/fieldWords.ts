import type { Messages } from '../messages.js';

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
  ],
  phone: ['teléfono', 'telefono', 'número', 'numero', 'móvil', 'movil', 'celular'],
  dueDate: ['fecha', 'fecha límite', 'fecha limite', 'plazo', 'vencimiento', 'hora'],
};

/** "cambia el teléfono a …" in Spanish, with named groups `field` and `value`. */
export const spanishChangePattern =
  /^(?:por favor\s+)?(?:cambia|cambiar|pon|poner|actualiza|actualizar|corrige|corregir)\s+(?:el\s+|la\s+|mi\s+)?(?<field>[\p{L}\s-]+?)\s+(?:a|por|en|:|=)\s+(?<value>.+)$/isu;
