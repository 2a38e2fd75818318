/**
 * A question about a case already opened, as `foldedWords` leaves it (lower-case, no accents,
 * "q" as "que"): "cuando me van a llamar?", "y ya quedó creado?", "¿me avisan por correo cuando
 * lo resuelvan?", "¿y como veo el estatus del ticket?", "más o menos cuánto tardan?".
 */
export const spanishFollowUpQuestion = new RegExp(
  [
    'estatus',
    'estado del (?:caso|ticket|reporte)',
    'cuando (?:me )?(?:van a|vais a|va a|llaman|llamaran|contactan|contactaran|resuelven|atienden)',
    'cuanto (?:tardan|tarda|tardara|tardaran|demoran|demora|se tarda)',
    '(?:ya )?(?:quedo|esta|se) (?:creado|creo|registrado|registro|hecho|abierto)',
    'me (?:avisan|avisaran|avisas|llaman|llamaran|contactan|escriben)',
    'numero de (?:caso|ticket|reporte|incidencia)',
    '(?:como|por donde|donde) (?:veo|sigo|consulto|reviso)',
    'el avance',
    'seguimiento',
    'en cuanto tiempo',
    'quien (?:lo )?(?:lleva|atiende|tiene|revisa)',
    'a quien (?:quedo|se (?:lo )?asigno|lo asignaron|esta asignado|le toco)',
  ]
    .map((question) => String.raw`\b${question}\b`)
    .join('|'),
  'u',
);
