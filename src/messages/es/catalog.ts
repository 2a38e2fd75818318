import { maxEmailAddressLength, maxEmailLocalPartLength } from '../../cases/emailAddress.js';
import { dateParts } from '../dateParts.js';
import { escapeMarkdown } from '../escapeMarkdown.js';
import type { Messages } from '../messages.js';
import { namesItselfAQueue } from '../queueName.js';
import { quotedValueEndingSentence } from '../quotedValue.js';
import { spanishCommandWords } from './commandWords.js';
import { spanishCorrectionWords } from './correctionWords.js';
import { spanishChangePatterns, spanishFieldWords } from './fieldWords.js';
import { spanishFollowUpQuestion } from './followUpQuestions.js';
import { spanishBotQuestion, spanishHelpQuestion } from './helpQuestions.js';

/** Spanish. */
export const spanish: Messages = {
  locale: 'es',
  commands: spanishCommandWords,
  fieldWords: spanishFieldWords,
  corrections: spanishCorrectionWords,
  changePatterns: spanishChangePatterns,
  changeVerb: 'cambia',
  helpQuestion: spanishHelpQuestion,
  botQuestion: spanishBotQuestion,
  followUpQuestion: spanishFollowUpQuestion,
  welcome:
    '¡Hola! Puedo abrir un caso de soporte para ti. Cuéntame cuál es el problema (puedes incluir tu correo, tu teléfono y para cuándo lo necesitas), o di "nuevo caso". Di "ayuda" o "cancelar" cuando quieras.',
  intakeStart:
    'Vamos a abrir un caso de soporte. Necesito un nombre, una descripción, tu correo, tu teléfono y una fecha límite.',
  fieldLabel: {
    name: 'Nombre',
    description: 'Descripción',
    email: 'Correo',
    phone: 'Teléfono',
    dueDate: 'Fecha límite',
  },
  fieldPrompt: {
    name: () =>
      '¿Cómo llamamos al caso? Mejor un título corto, p. ej. "La impresora del piso 3 se atasca".',
    description: () => 'Describe el problema: qué pasó y qué esperabas.',
    email: () => '¿En qué correo electrónico podemos contactarte?',
    phone: () => '¿Y un número de teléfono al que podamos llamarte?',
    dueDate: ({ timeZone }) =>
      `¿Para cuándo hay que resolverlo? Por ejemplo "mañana a las 17:00", "el próximo viernes" o "15/03/2027 14:00" (tu zona horaria: ${timeZone}).`,
  },
  namePromptWithSuggestion: (suggestion) =>
    `¿Cómo llamamos al caso? ¿Qué tal "${escapeMarkdown(suggestion)}"? Elígelo o escribe otro.`,
  editPrompt: (label, current) =>
    `Ahora el campo ${label.toLowerCase()} es: ${quotedValueEndingSentence(current)} ¿Qué debería ser?`,
  fieldHelp: {
    name: () =>
      'El nombre es un título corto del caso, de hasta 150 caracteres, p. ej. "La VPN se corta cada hora".',
    description: () =>
      'La descripción explica al equipo de soporte qué falla: qué hiciste, qué pasó y qué esperabas. Hasta 4000 caracteres.',
    email: () => 'Escribe una dirección de correo, como nombre@ejemplo.com.',
    phone: ({ phoneExample, phoneRegion }) =>
      `Escribe un teléfono con su prefijo internacional, como ${phoneExample.international}, o un número de ${phoneRegion} sin él, como ${phoneExample.national}. Para una extensión añade "ext.", como "ext. 204".`,
    dueDate: ({ timeZone }) =>
      `Escribe una fecha y hora futuras, como "mañana a las 17:00", "el próximo viernes", "en dos semanas", "fin del día" o "15/03/2027 14:00". Una fecha sola significa las 17:00 de ese día. Las horas se leen en ${timeZone}.`,
  },
  fieldPurpose: {
    name: 'El nombre es el título corto que el equipo de soporte ve en su cola, para distinguir tu caso de un vistazo.',
    description:
      'La descripción le cuenta al equipo de soporte qué falla, para que empiece sin tener que llamarte antes.',
    email: 'El correo es donde el equipo de soporte te escribe sobre el caso.',
    phone:
      'El teléfono es para que el equipo de soporte te llame si necesita más detalles o para resolverlo contigo.',
    dueDate:
      'La fecha límite le dice al equipo de soporte para cuándo hay que resolverlo, para ordenarlo bien.',
  },
  fieldProblem: {
    name: (problem) =>
      problem === 'empty'
        ? 'El caso necesita un nombre. Escribe un título corto.'
        : 'Ese nombre tiene más de 150 caracteres. Acórtalo; los detalles pueden ir en la descripción.',
    description: (problem) =>
      problem === 'empty'
        ? 'La descripción está vacía. Cuéntame cuál es el problema.'
        : 'Esa descripción tiene más de 4000 caracteres. Acórtala, por favor.',
    email: (problem) =>
      ({
        empty: 'Necesito una dirección de correo. Escribe una, como nombre@ejemplo.com.',
        missing_at:
          'Eso no es una dirección de correo: le falta la "@". Escribe una como nombre@ejemplo.com.',
        has_spaces:
          'Una dirección de correo no puede tener espacios. Escribe una como nombre@ejemplo.com.',
        missing_domain:
          'A esa dirección le falta el dominio (lo que va después de "@", como ejemplo.com). Escríbela de nuevo.',
        missing_top_level_domain:
          'A esa dirección le falta la terminación del dominio, como .com o .es (por ejemplo, nombre@ejemplo.com). Escríbela completa.',
        too_long: `Esa dirección es demasiado larga: una dirección de correo puede tener como máximo ${maxEmailAddressLength} caracteres, y como máximo ${maxEmailLocalPartLength} antes de la "@". Revísala o indica una más corta.`,
        non_ascii:
          'Esa dirección tiene letras fuera de la a–z (como ü o é), y no todos los sistemas de correo pueden entregar en ella. Indica una escrita solo con letras sin tilde.',
        comma_in_domain:
          'Esa dirección tiene una coma después de la "@" donde va un punto (nombre@ejemplo.com, no nombre@ejemplo,com). Escríbela de nuevo con puntos.',
        malformed:
          'Eso no parece una dirección de correo válida. Escribe una como nombre@ejemplo.com.',
      })[problem],
    phone: (problem, { phoneRegion, phoneExample }) =>
      ({
        empty: `Necesito un número de teléfono. Escribe uno, como ${phoneExample.international}.`,
        not_a_number: `Eso no es un número de teléfono. Escribe cifras, como ${phoneExample.international}.`,
        too_short: `Ese número es demasiado corto. Incluye el prefijo, como ${phoneExample.international}.`,
        too_long: `Ese número tiene demasiadas cifras. Revísalo; uno válido sería ${phoneExample.international}.`,
        unknown_country: `No sé de qué país es ese número. Empiézalo con + y el prefijo del país, como ${phoneExample.international}.`,
        invalid: `Ese número no existe. Revísalo; un número de ${phoneRegion} sería ${phoneExample.national}, o añade el prefijo, como ${phoneExample.international}.`,
      })[problem],
    dueDate: (problem, { timeZone }) =>
      ({
        not_a_date:
          'No encuentro una fecha en eso. Prueba "mañana a las 17:00", "el próximo viernes" o "15/03/2027 14:00".',
        as_soon_as_possible:
          'Anotado: lo antes posible. ¿Para cuándo como muy tarde? Por ejemplo "hoy a las 17:00" o "mañana a las 9:00".',
        in_the_past: `Esa hora ya ha pasado en tu zona horaria (${timeZone}). Indica una fecha futura.`,
        too_far: 'Eso queda demasiado lejos. Elige una fecha dentro de los próximos 12 meses.',
        ambiguous_zone: `Ese nombre de zona horaria vale para más de una zona (IST es India, Irlanda o Israel; CST es el centro de EE. UU. o China). ¿Cuál quieres decir? Di "India", "Irlanda" o similar, o indica la hora en tu zona (${timeZone}).`,
      })[problem],
  },
  understood: 'Esto es lo que he entendido:',
  noted: 'Anotado:',
  useFormButton: 'Usar un formulario',
  formSent:
    'Aquí tienes un formulario con todo junto. También puedes seguir escribiendo tus respuestas.',
  dateReadingQuestion: (reading) => `${reading}: ¿es correcto?`,
  dateReadingRejected:
    'De acuerdo. Indica la fecha con una hora, como "viernes 4 de diciembre a las 17:00".',
  emailTypoQuestion: (suggestion) => `¿Quisiste decir ${escapeMarkdown(suggestion)}?`,
  knownEmailQuestion: (email) => `¿Uso ${escapeMarkdown(email)} como tu correo de contacto?`,
  yesNo: { yes: 'Sí', no: 'No' },
  yesNoRetry: 'Responde sí o no, por favor.',
  stuck: (label) =>
    `Parece que nos hemos atascado con el campo ${label.toLowerCase()}. ¿Qué quieres hacer?`,
  stuckChoices: {
    help: 'Muéstrame un ejemplo',
    tryAgain: 'Intentar de nuevo',
    cancel: 'Cancelar el caso',
  },
  help: 'Estoy reuniendo lo que necesita el equipo de soporte: un nombre, una descripción, tu correo, tu teléfono y una fecha límite. Puedes darme varios a la vez. Di "atrás" para la pregunta anterior, "qué he escrito" para ver tus respuestas, "cambia el teléfono a …" para corregir uno, "usar un formulario", "empezar de nuevo" o "cancelar". No se crea nada hasta que confirmes.',
  progress: (done, total, current) =>
    current
      ? `Llevas ${done} de ${total}; ahora: ${current.toLowerCase()}.`
      : `Ya tengo los ${total}.`,
  statusIntro: 'Hasta ahora has indicado:',
  notYet: '(todavía no)',
  atFirstField: 'Esta es la primera pregunta; no hay ninguna antes.',
  startingOver: 'Empezamos de nuevo: he borrado tus respuestas.',
  cancelQuestion: '¿Cancelar este caso? Se descartará lo que has escrito.',
  carryOn: 'De acuerdo, sigamos.',
  changed: (label, value) =>
    `He cambiado el campo ${label.toLowerCase()} a ${quotedValueEndingSentence(value)}`,
  cards: {
    summaryTitle: 'Tu caso',
    confirm: 'Crear caso',
    edit: 'Editar',
    cancel: 'Cancelar',
    formTitle: 'Abrir un caso de soporte',
    formIntro: 'Rellena todos los campos; la fecha se lee en tu zona horaria.',
    formSubmit: 'Crear caso',
    formTime: 'Hora',
    formTimeHint: 'Déjala vacía para las 17:00.',
    formPlaceholders: {
      name: 'Un título corto, p. ej. La impresora del piso 3 se atasca',
      description: 'Qué pasó y qué esperabas',
      email: 'nombre@ejemplo.com',
      phone: '+34 612 34 56 78',
    },
    formRequired: 'Este campo es obligatorio.',
    formHasErrors: 'Algunos campos necesitan una corrección; mira las notas debajo de ellos.',
    resultTitle: (refId) => `Caso ${escapeMarkdown(refId)}`,
    resultStatus: 'Estado',
    resultAssignee: 'Asignado a',
    resultDue: 'Vence',
    notYetAssigned: 'Todavía sin asignar',
    queueName: (queue) =>
      namesItselfAQueue(queue) ? escapeMarkdown(queue) : `${escapeMarkdown(queue)} (cola)`,
  },
  webChatPage: {
    title: 'Bot de casos · Web Chat local',
    heading: 'Bot de casos',
    identity: 'Quién eres en este chat',
    name: 'Nombre',
    userId: 'Id de usuario',
    email: 'Correo (opcional)',
    useThese: 'Usar estos datos',
    defaultUserName: 'Persona de prueba',
    sandboxBanner:
      'Modo sandbox: los casos van al emulador local de la API de casos, no a un entorno real.',
    chat: 'Chat con el bot de casos',
    botInitials: 'BC',
    userInitials: 'Yo',
  },
  summaryIntro: 'Este es tu caso:',
  reviewQuestion: '¿Lo creo? Di "sí", "editar" para cambiar algo o "cancelar".',
  reviewRetry: 'Di "sí" para crear el caso, "editar" para cambiar algo o "cancelar".',
  editWhich: '¿Qué quieres cambiar?',
  cancelled: 'Cancelado. No se ha creado nada.',
  caseCreated: (receipt, dueDate) => {
    const { refId, status, assignment } = receipt;
    const state = status ? `está ${escapeMarkdown(spanishStatus(status))}` : 'se ha creado';
    const assigned =
      assignment.kind === 'agent'
        ? `y asignado a ${escapeMarkdown(assignment.name)}`
        : assignment.kind === 'queue'
          ? `y espera en la ${namesItselfAQueue(assignment.name) ? '' : 'cola '}${escapeMarkdown(assignment.name)} al próximo agente`
          : 'y todavía no está asignado a nadie';
    return `Tu caso ${escapeMarkdown(refId)} ${state} ${assigned}. Vence el ${dueDate}.`;
  },
  caseQueued: (minutes) =>
    `El sistema de casos está ocupado, así que tu caso está en cola y a salvo: se creará en ${minutes === 1 ? 'un minuto' : `unos ${minutes} minutos`} y te diré aquí su referencia. No tienes que hacer nada.`,
  caseDelayed: (error) =>
    error.kind === 'auth'
      ? 'Tu caso sigue en cola: el sistema de casos está rechazando mis credenciales, un problema nuestro, no tuyo. El caso está guardado y se creará en cuanto un administrador lo arregle; te diré aquí su referencia.'
      : 'Tu caso está tardando más de lo que te dije: el sistema de casos lleva un rato sin aceptar casos. Está guardado y se creará en cuanto vuelva; te diré aquí su referencia. No tienes que hacer nada.',
  caseUnconfirmed: (draftName, sentAt, timeZone) =>
    `Envié tu caso «${escapeMarkdown(draftName)}» el ${spanish.formatDateTime(new Date(sentAt).toISOString(), timeZone)}, pero no puedo confirmar que se haya creado: el sistema de casos tiene de esa hora más casos con ese nombre de los que puedo revisar. Para que no tengas dos, no lo he vuelto a enviar. Pide a soporte que lo busque.`,
  submitFailed: (error) => {
    switch (error.kind) {
      case 'rejected':
        return 'El sistema de casos rechazó el caso, así que no se ha creado nada. Si lo envías otra vez tal como está, probablemente lo rechace de nuevo; si sigue pasando, contacta con soporte.';
      case 'auth':
        return 'El sistema de casos no aceptó mis credenciales, así que no se ha creado nada. Un administrador debe revisar la configuración del bot.';
      case 'rate_limited':
        return `El sistema de casos está ocupado ahora mismo, así que no se ha creado nada. Vuelve a intentarlo en unos ${Math.max(1, Math.ceil(error.retryAfterMs / 1000))} segundos.`;
      case 'unavailable':
        return 'No he podido contactar con el sistema de casos, así que no se ha creado nada.';
      case 'unknown_outcome':
        return 'He enviado el caso pero no he recibido respuesta, así que no sé si se ha creado. Consulta con soporte antes de reintentarlo, o podrías tener dos casos.';
      case 'invalid_response':
        return 'El sistema de casos respondió, pero no he podido leer su respuesta. Probablemente el caso se ha creado; consulta con soporte antes de reintentarlo.';
    }
  },
  foundEarlier:
    'Al final tu intento anterior sí se completó, así que no he vuelto a crear el caso.',
  retryQuestion:
    'Tus respuestas se conservan. Di "intentar de nuevo" para reenviarlas, o "cancelar".',
  retryChoices: { tryAgain: 'Intentar de nuevo', cancel: 'Cancelar' },
  alreadySubmitted: (refId) =>
    `Este caso ya se creó como ${escapeMarkdown(refId)}; no lo he vuelto a crear.`,
  turnError: (correlationId) =>
    `Lo siento, algo ha fallado por mi parte (referencia ${correlationId}). Tus respuestas se conservan; vuelve a enviar tu último mensaje.`,
  escalationIntro: (count) =>
    `Escalado desde la conversación (${count === 1 ? 'el último mensaje que vi' : `los últimos ${count} mensajes que vi`}):`,
  escalationNothingSeen:
    'Todavía no he visto mensajes en esta conversación, así que no hay nada que copiar; describe el problema, por favor.',
  staleCard:
    'Ese botón pertenece a una conversación de caso que ya terminó. Di "nuevo caso" para abrir otro caso.',
  closing: 'Encantado de ayudar. Di "nuevo caso" cuando necesites otro.',
  waiting: 'Sin prisa: aquí estoy cuando puedas.',
  caseFollowUp: (refId) =>
    refId
      ? `Tu caso ${escapeMarkdown(refId)} está con el equipo de soporte, que te contactará por el correo o el teléfono que diste. Desde aquí no veo cómo avanza: menciona ${escapeMarkdown(refId)} si contactas con soporte. Di "nuevo caso" si necesitas otro.`
      : 'Tu caso está en cola para el sistema de casos, y te pondré aquí su referencia en cuanto se cree; el equipo de soporte te contactará por el correo o el teléfono que diste. Di "nuevo caso" si necesitas otro.',
  alreadyOpening: 'Claro, en eso estamos.',
  phoneNeeded: ({ phoneExample }) =>
    `El equipo de soporte necesita un número para llamarte sobre este caso si el correo no basta. Sirve un fijo, un móvil o el de un compañero, por ejemplo ${phoneExample.national}.`,
  messageTooLong: (length, limits) =>
    `Ese mensaje es demasiado largo para leerlo (${length.toLocaleString('es')} caracteres; leo hasta ${limits.message.toLocaleString('es')}). No he tomado nada de él: envía uno más corto, por favor. Una descripción puede tener ${limits.description.toLocaleString('es')} caracteres.`,
  groupOffer:
    'Puedo abrir un caso de soporte desde aquí: di "nuevo caso" para describir el problema, o "escalar" para crear un caso con la conversación reciente.',
  quotedFrom: (author, when) => (when ? `(${author}, ${when})` : `(${author})`),
  messageActionTitle: 'Crear un caso con este mensaje',
  messageActionPending:
    'El sistema de casos tarda en responder. Sigo creando el caso y publicaré el resultado en esta conversación.',
  formatShortDateTime: (isoInstant, timeZone) => {
    const p = dateParts('es-ES', isoInstant, timeZone);
    return `${p.weekday} ${p.day} ${p.month}, ${p.hour}:${p.minute}`;
  },
  formatDateTime: (isoInstant, timeZone) => {
    const p = dateParts('es-ES', isoInstant, timeZone);
    return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} (${timeZone})`;
  },
};

/** The API's status names are English ("Open"); the common ones read naturally in Spanish. */
function spanishStatus(status: string): string {
  const known: Record<string, string> = {
    open: 'abierto',
    new: 'nuevo',
    'in progress': 'en curso',
  };
  return known[status.toLowerCase()] ?? status.toLowerCase();
}
