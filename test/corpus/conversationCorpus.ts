import { type CaseDraft, type CaseField, caseFields } from '../../src/cases/caseDraft.js';
import type { CaseRequest } from '../../src/cases/caseRequest.js';
import type { FieldContext, Messages } from '../../src/messages/messages.js';

/** Who types, and where: the client's locale and zone, and the country their numbers are in. */
export interface Speaker {
  locale: string;
  zone: string;
  region: string;
}

export const london: Speaker = { locale: 'en-GB', zone: 'Europe/London', region: 'GB' };
export const newYork: Speaker = { locale: 'en-US', zone: 'America/New_York', region: 'US' };
export const madrid: Speaker = { locale: 'es-ES', zone: 'Europe/Madrid', region: 'ES' };
export const mexicoCity: Speaker = { locale: 'es-MX', zone: 'America/Mexico_City', region: 'MX' };

/** What a sentence of the catalog needs to be worded for the speaker. */
export interface Wording {
  messages: Messages;
  field: FieldContext;
  /** A field's value as the speaker reads it (a phone formatted, a date in their zone). */
  shown(field: CaseField, value: string): string;
  /** The "- Label: value" lines of a draft; `missing` fills the fields it lacks. */
  lines(draft: CaseDraft, missing?: string): string;
}

/** One reply of the bot, as a sentence of the speaker's catalog. */
export type Sentence = (wording: Wording) => string;

/** One message of the speaker and, where the case says, the texts the bot answers it with. */
export interface Turn {
  say: string;
  replies?: Sentence[];
}

/** What must be true after the last turn. */
export type Ending =
  /** Still open: a status question lists exactly this draft (API values: E.164, ISO instants). */
  | { draft: CaseDraft }
  /** One case was created, its createCase body holding these fields. */
  | { created: Partial<CaseRequest> }
  /** Cancelled, and nothing was created. */
  | { cancelled: true };

/** A whole conversation with the intake dialog. */
export interface ConversationCase {
  about: string;
  speaker: Speaker;
  /** An e-mail address the channel knows, which the bot proposes. */
  knownEmail?: string;
  turns: Turn[];
  end: Ending;
}

// The catalog's sentences, worded for the speaker.
const begins: Sentence = ({ messages }) => messages.intakeStart;
const asks =
  (field: CaseField): Sentence =>
  ({ messages, field: context }) =>
    messages.fieldPrompt[field](context);
const understood =
  (readings: CaseDraft): Sentence =>
  ({ messages, lines }) =>
    `${messages.understood}\n\n${lines(readings)}`;
const proposesName =
  (name: string): Sentence =>
  ({ messages }) =>
    messages.namePromptWithSuggestion(name);
const proposesEmail =
  (email: string): Sentence =>
  ({ messages }) =>
    messages.knownEmailQuestion(email);
const offersFix =
  (email: string): Sentence =>
  ({ messages }) =>
    messages.emailTypoQuestion(email);
const checksDate =
  (instant: string): Sentence =>
  ({ messages, field }) =>
    messages.dateReadingQuestion(messages.formatDateTime(instant, field.timeZone));
const editing =
  (field: CaseField, value: string): Sentence =>
  ({ messages, shown }) =>
    messages.editPrompt(messages.fieldLabel[field], shown(field, value));
const changed =
  (field: CaseField, value: string): Sentence =>
  ({ messages, shown }) =>
    messages.changed(messages.fieldLabel[field], shown(field, value));
const summary =
  (draft: CaseDraft): Sentence =>
  ({ messages, lines }) =>
    `${messages.summaryIntro}\n\n${lines(draft)}\n\n${messages.reviewQuestion}`;
const status =
  (draft: CaseDraft): Sentence =>
  ({ messages, lines }) =>
    `${messages.statusIntro}\n\n${lines(draft, messages.notYet)}`;
const alreadyOpening: Sentence = ({ messages }) => messages.alreadyOpening;
const startingOver: Sentence = ({ messages }) => messages.startingOver;
const atFirstField: Sentence = ({ messages }) => messages.atFirstField;
const cancelQuestion: Sentence = ({ messages }) => messages.cancelQuestion;
const carryOn: Sentence = ({ messages }) => messages.carryOn;
const cancelled: Sentence = ({ messages }) => messages.cancelled;
const editWhich: Sentence = ({ messages }) => messages.editWhich;

const say = (text: string, ...replies: Sentence[]): Turn =>
  replies.length > 0 ? { say: text, replies } : { say: text };

/** An intake answered one field a message, in the speaker's language. */
interface AnswerPath {
  speaker: Speaker;
  opener: string;
  answers: Record<CaseField, string>;
  /** The draft those answers make. */
  draft: Required<CaseDraft>;
}

const englishPath: AnswerPath = {
  speaker: london,
  opener: 'I would like to open a case',
  answers: {
    name: 'Printer on floor 3 jams',
    description: 'Every duplex job jams the printer on floor 3.',
    email: 'ann@contoso.com',
    phone: '+44 20 7946 0018',
    dueDate: 'March 15, 2027 at 2pm',
  },
  draft: {
    name: 'Printer on floor 3 jams',
    description: 'Every duplex job jams the printer on floor 3.',
    email: 'ann@contoso.com',
    phone: '+442079460018',
    dueDate: '2027-03-15T14:00:00.000Z',
  },
};

const spanishPath: AnswerPath = {
  speaker: madrid,
  opener: 'nuevo caso',
  answers: {
    name: 'Impresora atascada',
    description: 'Se atasca con cada trabajo a doble cara.',
    email: 'ana@correo.es',
    phone: '+34 612 34 56 78',
    dueDate: '15/03/2027 14:00',
  },
  draft: {
    name: 'Impresora atascada',
    description: 'Se atasca con cada trabajo a doble cara.',
    email: 'ana@correo.es',
    phone: '+34612345678',
    dueDate: '2027-03-15T13:00:00.000Z',
  },
};

/** The fields answered before `stop` (all of them without it). */
const answeredBefore = (stop?: CaseField): CaseField[] =>
  stop ? caseFields.slice(0, caseFields.indexOf(stop)) : [...caseFields];

/** What the path's draft holds once the fields before `stop` are answered. */
const draftBefore = (path: AnswerPath, stop?: CaseField): CaseDraft =>
  Object.fromEntries(answeredBefore(stop).map((field) => [field, path.draft[field]]));

/** The question that follows the fields before `stop`: that field's, or the summary. */
const questionAt = (path: AnswerPath, stop?: CaseField): Sentence =>
  stop ? asks(stop) : summary(path.draft);

/** Opens the intake and answers each field before `stop`, checking every question on the way. */
const answering = (path: AnswerPath, stop?: CaseField): Turn[] => [
  say(path.opener, begins, asks('name')),
  ...answeredBefore(stop).map((field, at) =>
    say(path.answers[field], questionAt(path, answeredBefore(stop)[at + 1] ?? stop)),
  ),
];

/** The path's draft with some fields given new values. */
const withValues = (path: AnswerPath, values: CaseDraft): CaseDraft => ({
  ...path.draft,
  ...values,
});

// Accepting and declining a proposed case name.

const englishOpener = 'Outlook crashes when I open attachments';
const spanishOpener = 'Outlook se cierra al abrir adjuntos';

const nameProposed = (opener: string): Turn =>
  say(opener, begins, understood({ description: opener }), proposesName(opener));

const acceptsName = (speaker: Speaker, opener: string, yes: string): ConversationCase => ({
  about: `"${yes}" takes the proposed name, and is not the name`,
  speaker,
  turns: [nameProposed(opener), say(yes, asks('email'))],
  end: { draft: { name: opener, description: opener } },
});

const declinesName = (
  speaker: Speaker,
  opener: string,
  no: string,
  ownName: string,
): ConversationCase => ({
  about: `"${no}" sets the proposed name aside and asks for one`,
  speaker,
  turns: [nameProposed(opener), say(no, asks('name')), say(ownName, asks('email'))],
  end: { draft: { name: ownName, description: opener } },
});

const nameProposals: ConversationCase[] = [
  ...[
    'yes',
    'sure',
    'that works',
    'ok',
    'yes please',
    'sounds good',
    'perfect',
    'yep',
    'Yes!',
    'Sure.',
    'go ahead',
    'fine',
    "that's fine",
    'sure thing',
    'yeah',
    'great',
    'correct',
    'sounds good!',
  ].map((yes) => acceptsName(london, englishOpener, yes)),
  ...[
    'sí',
    'vale',
    'me vale',
    'de acuerdo',
    'claro',
    'perfecto',
    'está bien',
    'me parece bien',
    'sí por favor',
    'Sí.',
    'si',
    'ok',
    'genial',
    'Vale!',
  ].map((yes) => acceptsName(madrid, spanishOpener, yes)),
  ...['no', 'nope', 'no thanks', 'not that', 'No.'].map((no) =>
    declinesName(london, englishOpener, no, 'Outlook crash'),
  ),
  ...['no', 'no gracias', 'nop', 'ese no', 'No.'].map((no) =>
    declinesName(madrid, spanishOpener, no, 'Fallo de Outlook'),
  ),
];

// The e-mail the channel knows: taken, or replaced by another in the same message.

interface KnownEmailSetup {
  speaker: Speaker;
  known: string;
  /** Up to the proposal of the known address. */
  turns: Turn[];
  draft: CaseDraft;
}

const englishKnown: KnownEmailSetup = {
  speaker: london,
  known: 'ann@contoso.com',
  turns: [
    say('new case', begins, asks('name')),
    say('VPN drops', asks('description')),
    say('It drops every hour.', proposesEmail('ann@contoso.com')),
  ],
  draft: { name: 'VPN drops', description: 'It drops every hour.' },
};

const spanishKnown: KnownEmailSetup = {
  speaker: madrid,
  known: 'ana@contoso.es',
  turns: [
    say('nuevo caso', begins, asks('name')),
    say('La VPN se cae', asks('description')),
    say('Se cae cada hora.', proposesEmail('ana@contoso.es')),
  ],
  draft: { name: 'La VPN se cae', description: 'Se cae cada hora.' },
};

const answersKnownEmail = (
  setup: KnownEmailSetup,
  said: string,
  email: string,
): ConversationCase => ({
  about: `"${said}" to the proposed ${setup.known} leaves ${email}`,
  speaker: setup.speaker,
  knownEmail: setup.known,
  turns: [...setup.turns, say(said, asks('phone'))],
  end: { draft: { ...setup.draft, email } },
});

const knownEmails: ConversationCase[] = [
  ...[
    'no, use bob@contoso.com',
    'no, use bob@contoso.com instead',
    'no - bob@contoso.com',
    "no, it's bob@contoso.com",
    'bob@contoso.com',
    'No, please use bob@contoso.com',
    'nope, bob@contoso.com',
    'use bob@contoso.com instead',
    'no. bob@contoso.com',
  ].map((said) => answersKnownEmail(englishKnown, said, 'bob@contoso.com')),
  ...[
    'no, mejor ana.ruiz@contoso.es',
    'no, usa ana.ruiz@contoso.es',
    'no, es ana.ruiz@contoso.es',
    'ana.ruiz@contoso.es',
    'no, mejor usa ana.ruiz@contoso.es',
    'no: ana.ruiz@contoso.es',
    'mejor ana.ruiz@contoso.es',
  ].map((said) => answersKnownEmail(spanishKnown, said, 'ana.ruiz@contoso.es')),
  ...['yes', 'sure', 'yes please', 'ok', 'that works', 'yep'].map((said) =>
    answersKnownEmail(englishKnown, said, englishKnown.known),
  ),
  ...['sí', 'vale', 'claro', 'de acuerdo', 'me vale'].map((said) =>
    answersKnownEmail(spanishKnown, said, spanishKnown.known),
  ),
];

// A date reading answered with a yes, or with a no and a better date.

interface DateReadingSetup {
  speaker: Speaker;
  opener: string;
  description: string;
  reading: string;
  suggestion: string;
  yes: string;
}

const englishReading: DateReadingSetup = {
  speaker: london,
  opener: 'Printer jams, fix by Friday 5pm',
  description: 'Printer jams',
  reading: '2026-12-04T17:00:00.000Z',
  suggestion: 'Printer jams',
  yes: 'yes',
};

const spanishReading: DateReadingSetup = {
  speaker: madrid,
  opener: 'La impresora se atasca, la necesito para el viernes',
  description: 'La impresora se atasca',
  reading: '2026-12-04T16:00:00.000Z',
  suggestion: 'Impresora se atasca',
  yes: 'sí',
};

const readingAsked = (setup: DateReadingSetup): Turn =>
  say(
    setup.opener,
    begins,
    understood({ description: setup.description, dueDate: setup.reading }),
    checksDate(setup.reading),
  );

/** A date that needs no confirmation is taken at once; a guessed one is asked about first. */
const answersReading = (
  setup: DateReadingSetup,
  said: string,
  dueDate: string,
  confirm: 'confirmed' | 'taken',
): ConversationCase => ({
  about: `"${said}" to ${setup.reading} leaves ${dueDate}`,
  speaker: setup.speaker,
  turns: [
    readingAsked(setup),
    ...(confirm === 'confirmed'
      ? [say(said, checksDate(dueDate)), say(setup.yes, proposesName(setup.suggestion))]
      : [say(said, proposesName(setup.suggestion))]),
  ],
  end: { draft: { description: setup.description, dueDate } },
});

const dateReadings: ConversationCase[] = (
  [
    [englishReading, 'no, Thursday 10am', '2026-12-03T10:00:00.000Z', 'confirmed'],
    [englishReading, 'no, Friday at 10', '2026-12-04T10:00:00.000Z', 'confirmed'],
    [englishReading, 'no, make it Thursday 10am', '2026-12-03T10:00:00.000Z', 'confirmed'],
    [englishReading, 'no, tomorrow 5pm', '2026-11-29T17:00:00.000Z', 'taken'],
    [englishReading, 'no, 4 December at 10:30', '2026-12-04T10:30:00.000Z', 'taken'],
    [englishReading, 'no, Monday 9am', '2026-11-30T09:00:00.000Z', 'confirmed'],
    [englishReading, 'nope, Wednesday at 3pm', '2026-12-02T15:00:00.000Z', 'confirmed'],
    [englishReading, 'no, 9 December 2026 at 16:00', '2026-12-09T16:00:00.000Z', 'taken'],
    [englishReading, 'Thursday 10am', '2026-12-03T10:00:00.000Z', 'confirmed'],
    [englishReading, 'yes', englishReading.reading, 'taken'],
    [englishReading, 'yep', englishReading.reading, 'taken'],
    [englishReading, 'correct', englishReading.reading, 'taken'],
    [englishReading, 'yes that is correct', englishReading.reading, 'taken'],
    [spanishReading, 'no, el jueves a las 10', '2026-12-03T09:00:00.000Z', 'confirmed'],
    [spanishReading, 'no, mejor mañana a las 17:00', '2026-11-29T16:00:00.000Z', 'taken'],
    [spanishReading, 'no, el lunes a las 9', '2026-11-30T08:00:00.000Z', 'confirmed'],
    [spanishReading, 'no, el 4 de diciembre a las 10:30', '2026-12-04T09:30:00.000Z', 'taken'],
    [spanishReading, 'no, pasado mañana a las 12', '2026-11-30T11:00:00.000Z', 'confirmed'],
    [spanishReading, 'jueves a las 10', '2026-12-03T09:00:00.000Z', 'confirmed'],
    [spanishReading, 'no, el miércoles a las 15:00', '2026-12-02T14:00:00.000Z', 'confirmed'],
    [spanishReading, 'sí', spanishReading.reading, 'taken'],
    [spanishReading, 'correcto', spanishReading.reading, 'taken'],
    [spanishReading, 'vale', spanishReading.reading, 'taken'],
  ] as const
).map(([setup, said, dueDate, confirm]) => answersReading(setup, said, dueDate, confirm));

// A mistyped provider domain: the fix taken, declined, or replaced.

const typoAnswered = (
  path: AnswerPath,
  typed: string,
  fix: string,
  said: string,
  email: string,
): ConversationCase => ({
  about: `"${said}" to the fix ${fix} of ${typed} leaves ${email}`,
  speaker: path.speaker,
  turns: [...answering(path, 'email'), say(typed, offersFix(fix)), say(said, asks('phone'))],
  end: { draft: { ...draftBefore(path, 'email'), email } },
});

const emailTypos: ConversationCase[] = (
  [
    [englishPath, 'ann@gmial.com', 'ann@gmail.com', 'yes', 'ann@gmail.com'],
    [englishPath, 'ann@gmial.com', 'ann@gmail.com', 'no', 'ann@gmial.com'],
    [englishPath, 'ann@hotmial.com', 'ann@hotmail.com', 'yes please', 'ann@hotmail.com'],
    [englishPath, 'ann@yaho.com', 'ann@yahoo.com', 'sure', 'ann@yahoo.com'],
    [englishPath, 'ann@outlok.com', 'ann@outlook.com', 'yes', 'ann@outlook.com'],
    [englishPath, 'ann@gmail.con', 'ann@gmail.com', 'yes', 'ann@gmail.com'],
    [englishPath, 'ann@gmial.com', 'ann@gmail.com', 'no, ann@gmx.com', 'ann@gmx.com'],
    [englishPath, 'ann@gmial.com', 'ann@gmail.com', 'ann@gmail.com', 'ann@gmail.com'],
    [englishPath, 'ann@gmial.com', 'ann@gmail.com', 'oops yes', 'ann@gmail.com'],
    [englishPath, 'ann@gmai.com', 'ann@gmail.com', 'yep', 'ann@gmail.com'],
    [englishPath, 'ann@gamil.com', 'ann@gmail.com', 'yes', 'ann@gmail.com'],
    [englishPath, 'ann@iclod.com', 'ann@icloud.com', 'yes', 'ann@icloud.com'],
    [englishPath, 'ann@outlook.cm', 'ann@outlook.com', 'correct', 'ann@outlook.com'],
    [englishPath, 'ann@yahooo.com', 'ann@yahoo.com', 'no', 'ann@yahooo.com'],
    [spanishPath, 'ana@gmial.com', 'ana@gmail.com', 'sí', 'ana@gmail.com'],
    [spanishPath, 'ana@hotmial.es', 'ana@hotmail.es', 'vale', 'ana@hotmail.es'],
    [spanishPath, 'ana@yahooo.es', 'ana@yahoo.es', 'sí', 'ana@yahoo.es'],
    [spanishPath, 'ana@gmial.com', 'ana@gmail.com', 'no', 'ana@gmial.com'],
    [spanishPath, 'ana@gmai.com', 'ana@gmail.com', 'claro', 'ana@gmail.com'],
    [spanishPath, 'ana@hotmial.es', 'ana@hotmail.es', 'sí por favor', 'ana@hotmail.es'],
    [englishPath, 'ann@hotmal.com', 'ann@hotmail.com', 'yes', 'ann@hotmail.com'],
    [spanishPath, 'ana@outlok.es', 'ana@outlook.es', 'sí', 'ana@outlook.es'],
    [spanishPath, 'ana@yaho.es', 'ana@yahoo.es', 'vale', 'ana@yahoo.es'],
    [spanishPath, 'ana@gmial.com', 'ana@gmail.com', 'sí', 'ana@gmail.com'],
  ] as const
).map(([path, typed, fix, said, email]) => typoAnswered(path, typed, fix, said, email));

/** A real provider's domain, even a country's own ("gmx.es"), is taken as typed. */
const takenAsTyped = (path: AnswerPath, email: string): ConversationCase => ({
  about: `${email} is taken as typed, with no fix offered`,
  speaker: path.speaker,
  turns: [...answering(path, 'email'), say(email, asks('phone'))],
  end: { draft: { ...draftBefore(path, 'email'), email } },
});

const realDomains: ConversationCase[] = [
  ...['ana@gmx.es', 'ana@gmx.at', 'ana@web.de', 'ana@hotmail.fr', 'ana@yahoo.com.mx'].map((email) =>
    takenAsTyped(spanishPath, email),
  ),
  ...['ann@outlook.de', 'ann@live.co.uk', 'ann@mail.com', 'ann@aon.com'].map((email) =>
    takenAsTyped(englishPath, email),
  ),
];

// "Edit", then the field named in a phrase, then its new value.

interface NewValue {
  typed: string;
  value: string;
}

const englishNewValues: Record<CaseField, NewValue> = {
  name: { typed: 'Printer jam', value: 'Printer jam' },
  description: { typed: 'It jams on every duplex job.', value: 'It jams on every duplex job.' },
  email: { typed: 'bob@contoso.com', value: 'bob@contoso.com' },
  phone: { typed: '+44 7400 123456', value: '+447400123456' },
  dueDate: { typed: 'Dec 10 at 3pm', value: '2026-12-10T15:00:00.000Z' },
};

const spanishNewValues: Record<CaseField, NewValue> = {
  name: { typed: 'Impresora rota', value: 'Impresora rota' },
  description: { typed: 'No imprime nada.', value: 'No imprime nada.' },
  email: { typed: 'ana.ruiz@contoso.es', value: 'ana.ruiz@contoso.es' },
  phone: { typed: '+34 699 11 22 33', value: '+34699112233' },
  dueDate: { typed: 'el 10 de diciembre a las 15:00', value: '2026-12-10T14:00:00.000Z' },
};

const editsNamedField = (
  path: AnswerPath,
  edit: string,
  newValues: Record<CaseField, NewValue>,
  phrase: string,
  field: CaseField,
): ConversationCase => {
  const { typed, value } = newValues[field];
  const draft = withValues(path, { [field]: value });
  return {
    about: `"${phrase}" after "${edit}" is the ${field}`,
    speaker: path.speaker,
    turns: [
      ...answering(path),
      say(edit, editWhich),
      say(phrase, editing(field, path.draft[field])),
      say(typed, summary(draft)),
    ],
    end: { draft },
  };
};

/** What editing takes in each language: the path to the summary, the word, the new values. */
const english = { path: englishPath, edit: 'edit', newValues: englishNewValues };
const spanish = { path: spanishPath, edit: 'editar', newValues: spanishNewValues };

const namedFields: ConversationCase[] = (
  [
    [english, 'the number I gave', 'phone'],
    [english, 'my e-mail address', 'email'],
    [english, 'the due date', 'dueDate'],
    [english, 'the deadline please', 'dueDate'],
    [english, 'the title', 'name'],
    [english, 'my phone', 'phone'],
    [english, 'description', 'description'],
    [english, 'the phone number', 'phone'],
    [english, 'my email', 'email'],
    [english, 'the date', 'dueDate'],
    [english, 'I want to change the phone', 'phone'],
    [english, 'the case name', 'name'],
    [english, 'the details', 'description'],
    [english, 'the mobile number I gave you', 'phone'],
    [english, 'when it is due', 'dueDate'],
    [spanish, 'la fecha', 'dueDate'],
    [spanish, 'el teléfono que di', 'phone'],
    [spanish, 'mi correo', 'email'],
    [spanish, 'el nombre del caso', 'name'],
    [spanish, 'la descripción por favor', 'description'],
    [spanish, 'el número', 'phone'],
    [spanish, 'la fecha límite', 'dueDate'],
    [spanish, 'mi móvil', 'phone'],
    [spanish, 'el correo electrónico', 'email'],
    [spanish, 'quiero cambiar la fecha', 'dueDate'],
    [spanish, 'el título', 'name'],
    [spanish, 'el plazo', 'dueDate'],
    [spanish, 'lo de la fecha', 'dueDate'],
    [english, 'the one with the @', 'email'],
    [english, "when it's due", 'dueDate'],
    [spanish, 'cuándo vence', 'dueDate'],
    [spanish, 'el del correo', 'email'],
    [spanish, 'el de la arroba', 'email'],
  ] as const
).map(([{ path, edit, newValues }, phrase, field]) =>
  editsNamedField(path, edit, newValues, phrase, field),
);

// Openers that only greet or only ask for a case: never the name nor the description.

const greetsThenAsks = (
  speaker: Speaker,
  greeting: string,
  request: string,
  name: string,
): ConversationCase => ({
  about: `"${greeting}", then "${request}": the request is not the name`,
  speaker,
  turns: [
    say(greeting, begins, asks('name')),
    say(request, alreadyOpening, asks('name')),
    say(name, asks('description')),
  ],
  end: { draft: { name } },
});

const onlyAsks = (speaker: Speaker, opener: string, name: string): ConversationCase => ({
  about: `"${opener}" opens the intake and fills nothing`,
  speaker,
  turns: [say(opener, begins, asks('name')), say(name, asks('description'))],
  end: { draft: { name } },
});

const openers: ConversationCase[] = [
  ...[
    ['hello there', 'I need to raise a ticket'],
    ['hi', 'I want to log a problem'],
    ['good morning', 'can you open a new case please'],
    ['hey', 'I need to report an issue'],
    ['Hi!', 'I would like to open a ticket'],
    ['hello', 'please create a support ticket'],
    ['good afternoon', 'I have to report a problem'],
    ['hi there', "I'd like to file a bug"],
  ].map(([greeting = '', request = '']) => greetsThenAsks(london, greeting, request, 'VPN drops')),
  ...[
    ['hola', 'quiero abrir un caso'],
    ['buenos días', 'necesito registrar un problema'],
    ['buenas', 'quiero reportar una avería'],
    ['hola', 'necesito abrir una incidencia'],
    ['buenas tardes', 'quisiera crear un ticket'],
    ['hola', 'me gustaría abrir un caso por favor'],
    ['buenas', 'necesito ayuda'],
  ].map(([greeting = '', request = '']) =>
    greetsThenAsks(madrid, greeting, request, 'La VPN se cae'),
  ),
  ...[
    'I want to log a problem',
    "I'd like to open a case",
    'can you create a ticket',
    'I have to report an issue',
    'please open a new ticket',
    'I need to raise a ticket please',
    'new ticket',
    'open a case',
    'I need to file a complaint',
    'Can I open a new case?',
    'help me open a ticket',
    'new case pls',
    'I need a ticket',
    'need a new ticket opened',
    'open a ticket, thx',
  ].map((opener) => onlyAsks(london, opener, 'VPN drops')),
  ...[
    'quiero reportar una avería',
    'necesito registrar un problema',
    'quisiera abrir una incidencia',
    'abrir un caso',
    'me gustaría crear un ticket',
    'quiero abrir un ticket nuevo',
    'necesito dar de alta una incidencia',
    'quiero notificar un fallo',
  ].map((opener) => onlyAsks(madrid, opener, 'La VPN se cae')),
];

// Status questions in other words, at every kind of prompt.

/** A prompt the status question is asked at: how to get there, and what is entered by then. */
interface Prompt {
  at: string;
  turns: Turn[];
  draft: CaseDraft;
  question: Sentence;
  knownEmail?: string;
}

const promptsOf = (
  path: AnswerPath,
  reading: DateReadingSetup,
  opener: string,
  known: KnownEmailSetup,
  edit: string,
): Prompt[] => [
  ...caseFields.map((field) => ({
    at: `the ${field} prompt`,
    turns: answering(path, field),
    draft: draftBefore(path, field),
    question: asks(field),
  })),
  { at: 'the summary', turns: answering(path), draft: path.draft, question: summary(path.draft) },
  {
    at: 'the question which field to edit',
    turns: [...answering(path), say(edit, editWhich)],
    draft: path.draft,
    question: editWhich,
  },
  {
    at: 'a date reading',
    turns: [readingAsked(reading)],
    draft: { description: reading.description },
    question: checksDate(reading.reading),
  },
  {
    at: 'a proposed name',
    turns: [nameProposed(opener)],
    draft: { description: opener },
    question: proposesName(opener),
  },
  {
    at: 'a proposed e-mail',
    turns: known.turns,
    draft: known.draft,
    question: proposesEmail(known.known),
    knownEmail: known.known,
  },
];

const asksStatus = (speaker: Speaker, prompt: Prompt, asked: string): ConversationCase => ({
  about: `"${asked}" at ${prompt.at} lists the answers and asks again`,
  speaker,
  knownEmail: prompt.knownEmail,
  turns: [...prompt.turns, say(asked, status(prompt.draft), prompt.question)],
  end: { draft: prompt.draft },
});

/** Each prompt hears two of the phrasings, so every phrasing is heard at several prompts. */
const statusAtEveryPrompt = (speaker: Speaker, prompts: Prompt[], phrasings: string[]) =>
  prompts.flatMap((prompt, at) =>
    [at, at + 3].map((index) =>
      asksStatus(speaker, prompt, phrasings[index % phrasings.length] ?? ''),
    ),
  );

const statusQuestions: ConversationCase[] = [
  ...statusAtEveryPrompt(
    london,
    promptsOf(englishPath, englishReading, englishOpener, englishKnown, 'edit'),
    [
      'What have you got so far?',
      'show me my answers',
      'what do you have so far',
      'What did you get?',
      'what do you know so far?',
      'status',
      'what have I entered?',
      'summary',
      "what've you got",
      'ok, what do you have so far?',
      'What have you got, so far?',
    ],
  ),
  ...statusAtEveryPrompt(
    madrid,
    promptsOf(spanishPath, spanishReading, spanishOpener, spanishKnown, 'editar'),
    [
      '¿qué llevas?',
      '¿Qué tienes hasta ahora?',
      'muéstrame mis respuestas',
      'resumen',
      '¿qué sabes hasta ahora?',
      'estado',
      '¿qué he escrito?',
      'qué tienes',
      'muéstrame lo que tienes',
      'que tienes hasta ahora',
      'vale, ¿qué llevas de momento?',
    ],
  ),
];

// "Change the X to Y" at the summary.

const changesAtSummary = (
  path: AnswerPath,
  said: string,
  field: CaseField,
  value: string,
): ConversationCase => {
  const draft = withValues(path, { [field]: value });
  return {
    about: `"${said}" at the summary changes the ${field}`,
    speaker: path.speaker,
    turns: [...answering(path), say(said, changed(field, value), summary(draft))],
    end: { draft },
  };
};

/** A new date said in words at the summary: a guessed one is asked about before it is taken. */
const guessedDateAtSummary = (
  path: AnswerPath,
  said: string,
  dueDate: string,
  yes: string,
): ConversationCase => {
  const draft = withValues(path, { dueDate });
  return {
    about: `"${said}" at the summary asks about ${dueDate}, then takes it`,
    speaker: path.speaker,
    turns: [...answering(path), say(said, checksDate(dueDate)), say(yes, summary(draft))],
    end: { draft },
  };
};

const changes: ConversationCase[] = [
  ...(
    [
      [englishPath, 'change the phone to +44 7400 123456', 'phone', '+447400123456'],
      [englishPath, 'change the due date to tomorrow 5pm', 'dueDate', '2026-11-29T17:00:00.000Z'],
      [englishPath, 'set the email to bob@contoso.com', 'email', 'bob@contoso.com'],
      [englishPath, 'update the name to Printer jam', 'name', 'Printer jam'],
      [englishPath, 'change my phone to +1 415 555 0100', 'phone', '+14155550100'],
      [
        englishPath,
        'change the description to It jams on every job.',
        'description',
        'It jams on every job.',
      ],
      [englishPath, 'fix the email to bob@contoso.com', 'email', 'bob@contoso.com'],
      [englishPath, 'change the deadline to Dec 10 at 3pm', 'dueDate', '2026-12-10T15:00:00.000Z'],
      [spanishPath, 'cambia el teléfono a +34 699 11 22 33', 'phone', '+34699112233'],
      [spanishPath, 'cambia la fecha a mañana a las 17:00', 'dueDate', '2026-11-29T16:00:00.000Z'],
      [spanishPath, 'pon el correo a ana.ruiz@contoso.es', 'email', 'ana.ruiz@contoso.es'],
      [spanishPath, 'cambia el nombre a Impresora rota', 'name', 'Impresora rota'],
      [spanishPath, 'actualiza mi móvil a +34 699 11 22 33', 'phone', '+34699112233'],
      [
        spanishPath,
        'cambia la descripción por No imprime nada.',
        'description',
        'No imprime nada.',
      ],
      [englishPath, 'actually the phone is +44 7400 123456', 'phone', '+447400123456'],
      [spanishPath, 'en realidad el teléfono es +34 699 11 22 33', 'phone', '+34699112233'],
      [englishPath, 'make the due date Dec 4th 5pm', 'dueDate', '2026-12-04T17:00:00.000Z'],
      [englishPath, 'set the phone to +44 20 7946 0000', 'phone', '+442079460000'],
      [englishPath, 'the phone should be +44 20 7946 0000', 'phone', '+442079460000'],
      [englishPath, 'my email should be bob@contoso.com', 'email', 'bob@contoso.com'],
      [spanishPath, 'el teléfono debería ser +34 699 11 22 33', 'phone', '+34699112233'],
      [
        spanishPath,
        'pon la fecha el 4 de diciembre a las 17:00',
        'dueDate',
        '2026-12-04T16:00:00.000Z',
      ],
    ] as const
  ).map(([path, said, field, value]) => changesAtSummary(path, said, field, value)),
  ...(
    [
      [englishPath, 'please change the deadline to Friday 5pm', '2026-12-04T17:00:00.000Z', 'yes'],
      [englishPath, 'move the deadline to Monday', '2026-11-30T17:00:00.000Z', 'yes'],
      [englishPath, 'push it to Wednesday', '2026-12-02T17:00:00.000Z', 'yes'],
      [spanishPath, 'mueve la fecha al lunes', '2026-11-30T16:00:00.000Z', 'sí'],
    ] as const
  ).map(([path, said, dueDate, yes]) => guessedDateAtSummary(path, said, dueDate, yes)),
];

// Back, start over and cancel, in both languages.

/** The words of one language for going back, starting over, cancelling and answering. */
interface Navigation {
  path: AnswerPath;
  newValues: Record<CaseField, NewValue>;
  back: string[];
  startOver: string[];
  cancel: string[];
  yes: string;
  no: string[];
}

const englishNavigation: Navigation = {
  path: englishPath,
  newValues: englishNewValues,
  back: ['back', 'go back', 'previous question', 'undo'],
  startOver: ['start over', 'restart', 'start again'],
  cancel: ['cancel', 'never mind', 'stop'],
  yes: 'yes',
  no: ['no', 'nope'],
};

const spanishNavigation: Navigation = {
  path: spanishPath,
  newValues: spanishNewValues,
  back: ['atrás', 'volver', 'anterior', 'pregunta anterior'],
  startOver: ['empezar de nuevo', 'volver a empezar', 'desde el principio'],
  cancel: ['cancelar', 'olvídalo', 'déjalo'],
  yes: 'sí',
  no: ['no', 'nop'],
};

/** "Back" at each field's prompt reopens the field before it; at the first, there is none. */
const goesBack = ({ path, newValues, back }: Navigation): ConversationCase[] =>
  caseFields.map((field, at) => {
    const said = back[at % back.length] ?? '';
    const previous = caseFields[at - 1];
    if (previous === undefined)
      return {
        about: `"${said}" at the first question says there is nothing before it`,
        speaker: path.speaker,
        turns: [...answering(path, field), say(said, atFirstField, asks(field))],
        end: { draft: {} },
      };
    const { typed, value } = newValues[previous];
    return {
      about: `"${said}" at the ${field} prompt reopens the ${previous}`,
      speaker: path.speaker,
      turns: [
        ...answering(path, field),
        say(said, editing(previous, path.draft[previous])),
        say(typed, asks(field)),
      ],
      end: { draft: { ...draftBefore(path, field), [previous]: value } },
    };
  });

const navigates = (navigation: Navigation): ConversationCase[] => {
  const { path, newValues, startOver, cancel, yes, no } = navigation;
  const [noWord = '', otherNo = ''] = no;
  return [
    ...goesBack(navigation),
    {
      about: `"${navigation.back[0]}" at the summary reopens the due date`,
      speaker: path.speaker,
      turns: [
        ...answering(path),
        say(navigation.back[0] ?? '', editing('dueDate', path.draft.dueDate)),
        say(
          newValues.dueDate.typed,
          summary(withValues(path, { dueDate: newValues.dueDate.value })),
        ),
      ],
      end: { draft: withValues(path, { dueDate: newValues.dueDate.value }) },
    },
    ...startOver.map((said, at) => {
      const stop = at === 0 ? 'phone' : at === 1 ? 'description' : undefined;
      return {
        about: `"${said}" ${stop ? `at the ${stop} prompt` : 'at the summary'} clears the answers`,
        speaker: path.speaker,
        turns: [
          ...answering(path, stop),
          say(said, startingOver, asks('name')),
          say(newValues.name.typed, asks('description')),
        ],
        end: { draft: { name: newValues.name.value } },
      };
    }),
    ...cancel.map((said) => ({
      about: `"${said}", then "${noWord}", carries on at the phone prompt`,
      speaker: path.speaker,
      turns: [
        ...answering(path, 'phone'),
        say(said, cancelQuestion),
        say(noWord, carryOn, asks('phone')),
        say(path.answers.phone, asks('dueDate')),
      ],
      end: { draft: draftBefore(path, 'dueDate') },
    })),
    {
      about: `"${cancel[0]}", then "${yes}", cancels and creates nothing`,
      speaker: path.speaker,
      turns: [
        ...answering(path, 'phone'),
        say(cancel[0] ?? '', cancelQuestion),
        say(yes, cancelled),
      ],
      end: { cancelled: true },
    },
    {
      about: `"${cancel[0]}" with nothing entered ends at once`,
      speaker: path.speaker,
      turns: [...answering(path, 'name'), say(cancel[0] ?? '', cancelled)],
      end: { cancelled: true },
    },
    {
      about: `"${cancel[1]}" at the summary, then "${otherNo}" and "${yes}": the case is created`,
      speaker: path.speaker,
      turns: [
        ...answering(path),
        say(cancel[1] ?? '', cancelQuestion),
        say(otherNo, carryOn, summary(path.draft)),
        say(yes),
      ],
      end: { created: requestBodyOf(path.draft) },
    },
  ];
};

/** The createCase fields a complete draft becomes. */
function requestBodyOf(draft: Required<CaseDraft>): Partial<CaseRequest> {
  return {
    name: draft.name,
    desc: draft.description,
    emailId: draft.email,
    phoneNumber: draft.phone,
    dueDate: draft.dueDate,
  };
}

const navigation: ConversationCase[] = [
  ...navigates(englishNavigation),
  ...navigates(spanishNavigation),
];

// Contact details the bot cannot take: it says why, and asks again.

const phoneNeeded: Sentence = ({ messages, field }) => messages.phoneNeeded(field);

const hasNoPhone = (path: AnswerPath, said: string): ConversationCase => ({
  about: `"${said}" at the phone prompt hears why a number is needed`,
  speaker: path.speaker,
  turns: [
    ...answering(path, 'phone'),
    say(said, phoneNeeded, asks('phone')),
    say(path.answers.phone, asks('dueDate')),
  ],
  end: { draft: draftBefore(path, 'dueDate') },
});

const refusesEmail = (
  path: AnswerPath,
  typed: string,
  problem: 'non_ascii' | 'missing_at' | 'missing_top_level_domain' | 'comma_in_domain',
): ConversationCase => ({
  about: `"${typed}" is refused as ${problem}, and a good address taken`,
  speaker: path.speaker,
  turns: [
    ...answering(path, 'email'),
    say(typed, ({ messages, field }) => messages.fieldProblem.email(problem, field)),
    say(path.answers.email, asks('phone')),
  ],
  end: { draft: draftBefore(path, 'phone') },
});

/**
 * An opener with an address that cannot be taken: the reason is told as when typed alone, the
 * address is no part of the description, and the e-mail is asked for in turn.
 */
const refusedInOpener = (
  speaker: Speaker,
  opener: string,
  description: string,
  name: string,
  [yes, email]: [string, string],
  problem: 'non_ascii' | 'comma_in_domain' = 'non_ascii',
): ConversationCase => ({
  about: `an address refused in the opener is told as ${problem}`,
  speaker,
  turns: [
    say(
      opener,
      begins,
      understood({ description }),
      ({ messages, field }) => messages.fieldProblem.email(problem, field),
      proposesName(name),
    ),
    say(yes, asks('email')),
    say(email, asks('phone')),
  ],
  end: { draft: { name, description, email } },
});

const contacts: ConversationCase[] = [
  ...[
    "I don't have a phone",
    "I don't have one",
    'no phone',
    'I have no phone',
    "I don't have a mobile",
    'no phone, sorry',
  ].map((said) => hasNoPhone(englishPath, said)),
  ...['no tengo móvil', 'no tengo teléfono', 'no tengo', 'no tengo número'].map((said) =>
    hasNoPhone(spanishPath, said),
  ),
  refusesEmail(englishPath, 'müller@contoso.de', 'non_ascii'),
  refusesEmail(spanishPath, 'josé@correo.es', 'non_ascii'),
  refusesEmail(englishPath, 'ann.contoso.com', 'missing_at'),
  refusesEmail(englishPath, 'bob@contoso', 'missing_top_level_domain'),
  refusesEmail(spanishPath, 'ana@correo', 'missing_top_level_domain'),
  refusesEmail(englishPath, 'ann@contoso,com', 'comma_in_domain'),
  refusesEmail(spanishPath, 'ana@correo,es', 'comma_in_domain'),
  refusesEmail(englishPath, 'my address is müller@beispiel.de', 'non_ascii'),
  refusedInOpener(
    london,
    'My printer jams on every duplex job, reach me at müller@beispiel.de',
    'My printer jams on every duplex job',
    'Printer jams on every duplex job',
    ['yes', 'ann@contoso.com'],
  ),
  refusedInOpener(
    madrid,
    'La impresora se atasca con cada trabajo a doble cara, escríbeme a josé@correo.es',
    'La impresora se atasca con cada trabajo a doble cara',
    'Impresora se atasca con cada trabajo a doble cara',
    ['sí', 'jose@correo.es'],
  ),
  refusedInOpener(
    london,
    'VPN drops every hour. Mail me at ann@contoso,com',
    'VPN drops every hour.',
    'VPN drops every hour',
    ['yes', 'ann@contoso.com'],
    'comma_in_domain',
  ),
];

// Dates as people really type them (issue 12): at the due-date question, and in a first message.

/** A due date typed at its question: a guessed one is asked about, then taken; a wrong one refused. */
const answersDueDate = (
  path: AnswerPath,
  said: string,
  reading: string | 'too_far',
  yes: string,
): ConversationCase => {
  const dueDate = reading === 'too_far' ? path.draft.dueDate : reading;
  const draft = withValues(path, { dueDate });
  const refusal: Sentence = ({ messages, field }) =>
    messages.fieldProblem.dueDate('too_far', field);
  return {
    about: `"${said}" at the due-date question ${reading === 'too_far' ? 'is too far' : `is ${reading}`}`,
    speaker: path.speaker,
    turns: [
      ...answering(path, 'dueDate'),
      ...(reading === 'too_far'
        ? [say(said, refusal), say(path.answers.dueDate, summary(draft))]
        : [say(said, checksDate(dueDate)), say(yes, summary(draft))]),
    ],
    end: { draft },
  };
};

/** "Mañana 17h" says the day and the hour: taken at once. */
const takesDueDate = (path: AnswerPath, said: string, dueDate: string): ConversationCase => {
  const draft = withValues(path, { dueDate });
  return {
    about: `"${said}" at the due-date question is ${dueDate}, taken at once`,
    speaker: path.speaker,
    turns: [...answering(path, 'dueDate'), say(said, summary(draft))],
    end: { draft },
  };
};

const typedDates: ConversationCase[] = [
  ...(
    [
      [englishPath, 'Wednesday week', '2026-12-09T17:00:00.000Z', 'yes'],
      [englishPath, 'Monday week at 3pm', '2026-12-07T15:00:00.000Z', 'yes'],
      [spanishPath, 'del lunes en ocho días', '2026-12-07T16:00:00.000Z', 'sí'],
      [englishPath, 'end of next week', '2026-12-04T17:00:00.000Z', 'yes'],
      [spanishPath, 'fin de la semana que viene', '2026-12-04T16:00:00.000Z', 'sí'],
      [englishPath, 'on the 4th at 2pm', '2026-12-04T14:00:00.000Z', 'yes'],
      [spanishPath, 'el día 4', '2026-12-04T16:00:00.000Z', 'sí'],
      [englishPath, 'Friday works, 3pm', '2026-12-04T15:00:00.000Z', 'yes'],
      [spanishPath, 'el viernes me va bien, a las 15h', '2026-12-04T14:00:00.000Z', 'sí'],
      [englishPath, 'in 1e308 hours', 'too_far', 'yes'],
      [spanishPath, 'dentro de 99999999999 días', 'too_far', 'sí'],
    ] as const
  ).map(([path, said, reading, yes]) => answersDueDate(path, said, reading, yes)),
  takesDueDate(spanishPath, 'mañana 17h', '2026-11-29T16:00:00.000Z'),
  takesDueDate(spanishPath, 'mañana a las 17h', '2026-11-29T16:00:00.000Z'),
  answersReading(
    { ...englishReading, opener: 'Printer jams, fix by the end of next week' },
    'yes',
    englishReading.reading,
    'taken',
  ),
  answersReading(
    {
      ...spanishReading,
      opener: 'La impresora se atasca, la necesito para fin de la semana que viene',
    },
    'sí',
    spanishReading.reading,
    'taken',
  ),
];

// Ordinary conversations, from the first message to the created case.

/** A conversation that ends with the case created from `draft`. */
const creates = (
  about: string,
  speaker: Speaker,
  turns: Turn[],
  draft: Required<CaseDraft>,
): ConversationCase => ({ about, speaker, turns, end: { created: requestBodyOf(draft) } });

/** The VPN report each speaker makes, with their usual contacts. */
interface VpnReport {
  opener: string;
  name: string;
  description: string;
  email: string;
  typedPhone: string;
  phone: string;
}

const vpnReports: Record<string, VpnReport> = {
  [london.locale]: {
    opener: 'new case',
    name: 'VPN drops',
    description: 'It drops every hour.',
    email: 'ann@contoso.com',
    typedPhone: '+44 20 7946 0018',
    phone: '+442079460018',
  },
  [newYork.locale]: {
    opener: 'new case',
    name: 'VPN drops',
    description: 'It drops every hour.',
    email: 'bob@example.com',
    typedPhone: '+1 212 555 0147',
    phone: '+12125550147',
  },
  [madrid.locale]: {
    opener: 'nuevo caso',
    name: 'La VPN se cae',
    description: 'Se cae cada hora.',
    email: 'ana@correo.es',
    typedPhone: '+34 612 34 56 78',
    phone: '+34612345678',
  },
};

const vpnReportOf = (speaker: Speaker): VpnReport => {
  const report = vpnReports[speaker.locale];
  if (!report) throw new Error(`no VPN report for ${speaker.locale}`);
  return report;
};

/** The VPN report up to the e-mail prompt, opened with the report's opener or other turns. */
const vpn = (speaker: Speaker, opening?: Turn[]): Turn[] => {
  const { opener, name, description } = vpnReportOf(speaker);
  return [
    ...(opening ?? [say(opener, begins, asks('name'))]),
    say(name, asks('description')),
    say(description, asks('email')),
  ];
};

/** The VPN case with the speaker's contacts, some of them replaced, due at `dueDate`. */
const vpnCase = (
  speaker: Speaker,
  values: CaseDraft & { dueDate: string },
): Required<CaseDraft> => {
  const { name, description, email, phone } = vpnReportOf(speaker);
  return { name, description, email, phone, ...values };
};

/** The VPN case reported with the speaker's contacts, then `turns` from the due-date prompt on. */
const vpnDueBy = (
  about: string,
  speaker: Speaker,
  turns: Turn[],
  values: CaseDraft & { dueDate: string },
  opening?: Turn[],
): ConversationCase => {
  const { email, typedPhone } = vpnReportOf(speaker);
  return creates(
    about,
    speaker,
    [
      ...vpn(speaker, opening),
      say(email, asks('phone')),
      say(typedPhone, asks('dueDate')),
      ...turns,
    ],
    vpnCase(speaker, values),
  );
};

const teams = {
  name: 'Teams calls drop after 10 minutes',
  description: 'Teams calls drop after 10 minutes.',
  email: 'ann@contoso.com',
  phone: '+442079460018',
  dueDate: '2026-11-30T09:00:00.000Z',
};
const laptop = {
  name: 'Laptop will not boot',
  description: "Laptop won't boot",
  email: 'ann@contoso.com',
  phone: '+447400123456',
  dueDate: '2026-11-29T10:00:00.000Z',
};
const keyboard = {
  name: 'Keyboard is missing keys',
  description: 'My keyboard is missing keys',
  email: 'bob.smith@example.com',
  phone: '+12125550147',
  dueDate: '2026-12-04T22:00:00.000Z',
};
const zoom = {
  name: 'Zoom audio',
  description: 'Zoom audio cuts out',
  email: 'bob@example.com',
  phone: '+12125550147',
  dueDate: '2026-11-29T14:30:00.000Z',
};
const mail = {
  name: 'No me llegan los correos externos desde esta mañana',
  description: 'No me llegan los correos externos desde esta mañana',
  email: 'ana@correo.es',
  phone: '+34912345678',
  dueDate: '2026-11-29T16:00:00.000Z',
};
const portable = {
  name: 'Portátil no enciende',
  description: 'El portátil no enciende.',
  email: 'ana@correo.es',
  phone: '+34612345678',
  dueDate: '2026-12-10T14:00:00.000Z',
};
const payroll = {
  name: 'No puedo entrar al sistema de nómina',
  description: 'No puedo entrar al sistema de nómina',
  email: 'luis@correo.mx',
  phone: '+525512345678',
  dueDate: '2026-11-30T16:00:00.000Z',
};
const printing = {
  name: 'Impresión',
  description: 'No puedo imprimir desde ayer.',
  email: 'ana.ruiz@contoso.es',
  phone: '+34612345678',
  dueDate: '2026-12-04T09:30:00.000Z',
};
const outlook = {
  name: 'Outlook keeps asking for my password',
  description: 'Outlook keeps asking for my password',
  email: 'ann@contoso.com',
  phone: '+442079460018',
  dueDate: '2026-11-28T17:00:00.000Z',
};
const jam = {
  name: 'Printer jams',
  description: 'Printer jams',
  email: 'ann@contoso.com',
  phone: '+442079460018',
  dueDate: '2026-12-04T17:00:00.000Z',
};

/** An opener with every field but the name: the proposed name taken, the case created. */
const takesEverythingButTheName = (
  speaker: Speaker,
  opener: string,
  draft: Required<CaseDraft>,
): ConversationCase => {
  const { name, ...readings } = draft;
  const yes = speaker.locale.startsWith('es') ? 'sí' : 'yes';
  return creates(
    `an opener with every field but the name ("${opener.slice(0, 24)}…")`,
    speaker,
    [
      say(opener, begins, understood(readings), proposesName(name)),
      say(yes, summary(draft)),
      say(yes),
    ],
    draft,
  );
};

const ordinary: ConversationCase[] = [
  creates(
    'an opener with a description, an e-mail and a guessed date',
    london,
    [
      say(
        'Teams calls drop after 10 minutes. Email me at ann@contoso.com, need it sorted by Monday 9am',
        begins,
        understood({ description: teams.description, email: teams.email, dueDate: teams.dueDate }),
        checksDate(teams.dueDate),
      ),
      say('yes', proposesName(teams.name)),
      say('sure', asks('phone')),
      say('+44 20 7946 0018', summary(teams)),
      say('yes'),
    ],
    teams,
  ),
  creates(
    'an opener with a phone and a sure date, and a name of its own',
    london,
    [
      say(
        "Laptop won't boot, call +44 7400 123456, need it by tomorrow 10am",
        begins,
        understood({
          description: laptop.description,
          phone: laptop.phone,
          dueDate: laptop.dueDate,
        }),
        proposesName(laptop.description),
      ),
      say('Laptop will not boot', asks('email')),
      say('ann@contoso.com', summary(laptop)),
      say('yes'),
    ],
    laptop,
  ),
  takesEverythingButTheName(
    newYork,
    'My keyboard is missing keys, reach me at bob.smith@example.com, phone +1 212 555 0147, due Dec 4th 5pm',
    keyboard,
  ),
  creates(
    'an opener with an e-mail and a time of day',
    newYork,
    [
      say(
        'Zoom audio cuts out, email bob@example.com, due tomorrow 9:30am',
        begins,
        understood({ description: zoom.description, email: zoom.email, dueDate: zoom.dueDate }),
        proposesName(zoom.description),
      ),
      say('Zoom audio', asks('phone')),
      say('+1 212 555 0147', summary(zoom)),
      say('yes'),
    ],
    zoom,
  ),
  takesEverythingButTheName(
    madrid,
    'No me llegan los correos externos desde esta mañana, ana@correo.es, +34 912 34 56 78, para mañana a las 17:00',
    mail,
  ),
  creates(
    'a Spanish opener with a phone, the date asked for',
    madrid,
    [
      say(
        'El portátil no enciende. Llámame al +34 612 34 56 78',
        begins,
        understood({ description: portable.description, phone: portable.phone }),
        proposesName(portable.name),
      ),
      say('Portátil no enciende', asks('email')),
      say('ana@correo.es', asks('dueDate')),
      say('el 10 de diciembre a las 15:00', summary(portable)),
      say('sí'),
    ],
    portable,
  ),
  creates(
    'a Mexican opener with an e-mail, a weekday confirmed',
    mexicoCity,
    [
      say(
        'No puedo entrar al sistema de nómina, mi correo es luis@correo.mx',
        begins,
        understood({ description: payroll.description, email: payroll.email }),
        proposesName(payroll.name),
      ),
      say('sí', asks('phone')),
      say('+52 55 1234 5678', asks('dueDate')),
      say('el lunes a las 10', checksDate(payroll.dueDate)),
      say('sí', summary(payroll)),
      say('sí'),
    ],
    payroll,
  ),
  creates(
    'a mistyped domain fixed, "in 3 hours", and the phone changed at the summary',
    london,
    [
      ...vpn(london),
      say('ann@gmial.com', offersFix('ann@gmail.com')),
      say('yes', asks('phone')),
      say('+44 20 7946 0018', asks('dueDate')),
      say(
        'in 3 hours',
        summary(vpnCase(london, { email: 'ann@gmail.com', dueDate: '2026-11-28T15:00:00.000Z' })),
      ),
      say(
        'change the phone to +44 7400 123456',
        changed('phone', '+447400123456'),
        summary(
          vpnCase(london, {
            email: 'ann@gmail.com',
            phone: '+447400123456',
            dueDate: '2026-11-28T15:00:00.000Z',
          }),
        ),
      ),
      say('yes'),
    ],
    vpnCase(london, {
      email: 'ann@gmail.com',
      phone: '+447400123456',
      dueDate: '2026-11-28T15:00:00.000Z',
    }),
  ),
  vpnDueBy(
    '"tomorrow at 9" confirmed, then the date edited by name',
    london,
    [
      say('tomorrow at 9', checksDate('2026-11-29T09:00:00.000Z')),
      say('yes'),
      say('edit', editWhich),
      say('the date', editing('dueDate', '2026-11-29T09:00:00.000Z')),
      say('Dec 10 at 3pm'),
      say('yes'),
    ],
    { dueDate: '2026-12-10T15:00:00.000Z' },
  ),
  vpnDueBy(
    '"EOD", then back, a weekday, and a better weekday instead of yes',
    london,
    [
      say('EOD'),
      say('back', editing('dueDate', '2026-11-28T17:00:00.000Z')),
      say('Monday 9am', checksDate('2026-11-30T09:00:00.000Z')),
      say('no, Tuesday 9am', checksDate('2026-12-01T09:00:00.000Z')),
      say('yes'),
      say('yes'),
    ],
    { dueDate: '2026-12-01T09:00:00.000Z' },
  ),
  vpnDueBy(
    '"by Wed" confirmed',
    newYork,
    [say('by Wed', checksDate('2026-12-02T22:00:00.000Z')), say('yes'), say('yes')],
    { dueDate: '2026-12-02T22:00:00.000Z' },
  ),
  vpnDueBy('"ten days from now at 3pm"', newYork, [say('ten days from now at 3pm'), say('yes')], {
    dueDate: '2026-12-08T20:00:00.000Z',
  }),
  vpnDueBy(
    '"pasado mañana a las 11" confirmed',
    madrid,
    [say('pasado mañana a las 11', checksDate('2026-11-30T10:00:00.000Z')), say('sí'), say('sí')],
    { dueDate: '2026-11-30T10:00:00.000Z' },
  ),
  // A time given with the yes, or instead of it, is taken on the day proposed (it was dropped).
  vpnDueBy(
    '"tmrw" confirmed with another time: "yes but 3pm"',
    london,
    [say('tmrw', checksDate('2026-11-29T17:00:00.000Z')), say('yes but 3pm'), say('yes')],
    { dueDate: '2026-11-29T15:00:00.000Z' },
  ),
  vpnDueBy(
    '"Friday" confirmed with a time: "yes at 3pm"',
    london,
    [say('Friday', checksDate('2026-12-04T17:00:00.000Z')), say('yes at 3pm'), say('yes')],
    { dueDate: '2026-12-04T15:00:00.000Z' },
  ),
  vpnDueBy(
    '"by Friday", then "earlier pls, 9am"',
    london,
    [say('by Friday', checksDate('2026-12-04T17:00:00.000Z')), say('earlier pls, 9am'), say('yes')],
    { dueDate: '2026-12-04T09:00:00.000Z' },
  ),
  vpnDueBy(
    '"mañana a las 3", then "si pero a las 4": 16:00, the bare hour confirmed',
    madrid,
    [
      say('mañana a las 3', checksDate('2026-11-29T14:00:00.000Z')),
      say('si pero a las 4', checksDate('2026-11-29T15:00:00.000Z')),
      say('sí'),
      say('sí'),
    ],
    { dueDate: '2026-11-29T15:00:00.000Z' },
  ),
  vpnDueBy(
    '"mañana a las 3", then "mejor a las 4": 16:00, as "no, a las 4"',
    madrid,
    [
      say('mañana a las 3', checksDate('2026-11-29T14:00:00.000Z')),
      say('mejor a las 4', checksDate('2026-11-29T15:00:00.000Z')),
      say('sí'),
      say('sí'),
    ],
    { dueDate: '2026-11-29T15:00:00.000Z' },
  ),
  vpnDueBy(
    '"mañana a las 3", then "sí pero a las 4 de la tarde": 16:00, said, so not asked again',
    madrid,
    [
      say('mañana a las 3', checksDate('2026-11-29T14:00:00.000Z')),
      say('sí pero a las 4 de la tarde'),
      say('sí'),
    ],
    { dueDate: '2026-11-29T15:00:00.000Z' },
  ),
  vpnDueBy(
    '"tmrw", then "no, 8 in the morning": 08:00',
    london,
    [say('tmrw', checksDate('2026-11-29T17:00:00.000Z')), say('no, 8 in the morning'), say('yes')],
    { dueDate: '2026-11-29T08:00:00.000Z' },
  ),
  // "ASAP" is asked by when at the latest, not told it is no date.
  vpnDueBy(
    '"asap" asked by when, then "today 5pm"',
    london,
    [
      say('asap', ({ messages, field }) =>
        messages.fieldProblem.dueDate('as_soon_as_possible', field),
      ),
      say('today 5pm'),
      say('yes'),
    ],
    { dueDate: '2026-11-28T17:00:00.000Z' },
  ),
  vpnDueBy(
    '"cuanto antes" asked by when, then "hoy mismo": today by its end',
    madrid,
    [
      say('cuanto antes', ({ messages, field }) =>
        messages.fieldProblem.dueDate('as_soon_as_possible', field),
      ),
      say('hoy mismo'),
      say('sí'),
    ],
    { dueDate: '2026-11-28T16:00:00.000Z' },
  ),
  vpnDueBy(
    '"dentro de 3 horas", then the phone edited by a phrase',
    madrid,
    [
      say('dentro de 3 horas'),
      say('editar', editWhich),
      say('el teléfono que di', editing('phone', '+34612345678')),
      say('+34 699 11 22 33'),
      say('sí'),
    ],
    { phone: '+34699112233', dueDate: '2026-11-28T15:00:00.000Z' },
  ),
  creates(
    'a mistyped domain fixed, and a better weekday instead of yes, in Spanish',
    madrid,
    [
      ...vpn(madrid),
      say('ana@hotmial.es', offersFix('ana@hotmail.es')),
      say('sí', asks('phone')),
      say('+34 612 34 56 78', asks('dueDate')),
      say('el viernes a las 5 de la tarde', checksDate('2026-12-04T16:00:00.000Z')),
      say('no, el jueves a las 10', checksDate('2026-12-03T09:00:00.000Z')),
      say('sí'),
      say('sí'),
    ],
    vpnCase(madrid, { email: 'ana@hotmail.es', dueDate: '2026-12-03T09:00:00.000Z' }),
  ),
  creates(
    'an opener with contacts, then "start over" and another case',
    london,
    [
      say(
        'Please reset my password, ann@contoso.com, +44 20 7946 0018',
        begins,
        understood({
          description: 'Please reset my password',
          email: 'ann@contoso.com',
          phone: '+442079460018',
        }),
        proposesName('Reset my password'),
      ),
      say('Password reset', asks('dueDate')),
      say('start over', startingOver, asks('name')),
      say('Printer jam', asks('description')),
      say('It jams.', asks('email')),
      say('ann@contoso.com', asks('phone')),
      say('+44 20 7946 0018', asks('dueDate')),
      say('tomorrow 5pm'),
      say('yes'),
    ],
    {
      name: 'Printer jam',
      description: 'It jams.',
      email: 'ann@contoso.com',
      phone: '+442079460018',
      dueDate: '2026-11-29T17:00:00.000Z',
    },
  ),
  creates(
    '"EOD" in the opener, and "cancel" then "no" on the way',
    london,
    [
      say(
        'Outlook keeps asking for my password, fix by EOD',
        begins,
        understood({ description: outlook.description, dueDate: outlook.dueDate }),
        proposesName(outlook.name),
      ),
      say('yes', asks('email')),
      say('ann@contoso.com', asks('phone')),
      say('cancel', cancelQuestion),
      say('no', carryOn, asks('phone')),
      say('+44 20 7946 0018', summary(outlook)),
      say('yes'),
    ],
    outlook,
  ),
  creates(
    'a Spanish opener with an e-mail, and "cancelar" then "no" on the way',
    madrid,
    [
      say(
        'No puedo imprimir desde ayer. Mi correo es ana.ruiz@contoso.es',
        begins,
        understood({ description: printing.description, email: printing.email }),
        proposesName('No puedo imprimir desde ayer'),
      ),
      say('Impresión', asks('phone')),
      say('+34 612 34 56 78', asks('dueDate')),
      say('cancelar', cancelQuestion),
      say('no', carryOn, asks('dueDate')),
      say('el 4 de diciembre a las 10:30', summary(printing)),
      say('sí'),
    ],
    printing,
  ),
  creates(
    'a guessed date confirmed, the name taken, the e-mail edited by a phrase',
    london,
    [
      readingAsked(englishReading),
      say('yes', proposesName(jam.name)),
      say('sure', asks('email')),
      say('ann@contoso.com', asks('phone')),
      say('+44 20 7946 0018', summary(jam)),
      say('edit', editWhich),
      say('my e-mail address', editing('email', 'ann@contoso.com')),
      say('bob@contoso.com', summary({ ...jam, email: 'bob@contoso.com' })),
      say('yes'),
    ],
    { ...jam, email: 'bob@contoso.com' },
  ),
  creates(
    'the deadline edited by a phrase, and the new weekday confirmed',
    london,
    [
      readingAsked(englishReading),
      say('yes', proposesName(jam.name)),
      say('sure', asks('email')),
      say('ann@contoso.com', asks('phone')),
      say('+44 20 7946 0018', summary(jam)),
      say('edit', editWhich),
      say('the deadline please', editing('dueDate', jam.dueDate)),
      say('Thursday 10am', checksDate('2026-12-03T10:00:00.000Z')),
      say('yes', summary({ ...jam, dueDate: '2026-12-03T10:00:00.000Z' })),
      say('yes'),
    ],
    { ...jam, dueDate: '2026-12-03T10:00:00.000Z' },
  ),
  vpnDueBy(
    'a Spanish greeting, then the request, then every answer',
    madrid,
    [say('mañana a las 17:00'), say('sí')],
    { dueDate: '2026-11-29T16:00:00.000Z' },
    [say('hola', begins, asks('name')), say('quiero abrir un caso', alreadyOpening, asks('name'))],
  ),
  vpnDueBy(
    'an English greeting, then the request, then every answer',
    london,
    [say('tomorrow 5pm'), say('yes')],
    { dueDate: '2026-11-29T17:00:00.000Z' },
    [
      say('hello there', begins, asks('name')),
      say('I need to raise a ticket', alreadyOpening, asks('name')),
    ],
  ),
];

// Busy typing: casual yeses and noes at every yes-or-no question, commands with asides and
// shorthand, openers with emoji or slang, and changes after "can you" or "yes but".

/** Where each language's casual yes is tried: its path, its date reading, its known e-mail. */
const yesNoQuestionsByLanguage: {
  path: AnswerPath;
  reading: DateReadingSetup;
  known: KnownEmailSetup;
}[] = [
  { path: englishPath, reading: englishReading, known: englishKnown },
  { path: spanishPath, reading: spanishReading, known: spanishKnown },
];
/** What busy people type for yes, by locale. */
const casualYesWords: Record<string, string[]> = {
  'en-GB': [
    'looks good',
    'looks good, create it',
    'yep looks good',
    'ship it',
    'yup go ahead',
    'go for it',
    'lgtm',
    'all good',
    'all good, submit',
    'submit',
    'ok do it',
    'yea',
    'k',
    'yeah thats fine',
    'ya',
    'ya thats fine',
    '👍',
    '👌',
    '✅',
    'yes go',
    'yep go',
  ],
  'es-ES': [
    'sip',
    'dale',
    'va',
    'sale',
    'simón',
    'simon',
    'órale',
    'sii',
    'sí, ese',
    'todo bien',
    'todo correcto',
    'sí, todo bien',
    'está todo ok',
    'listo',
    'ya quedó',
    'crea el caso',
    'mándalo',
    '👍',
    'sí dale',
    'ahora si',
    'sí, de una',
    'de una',
    'sí ya',
    'ya, dale',
    'ya',
    'yes, digo sí',
    'ya está bien',
  ],
};

/** A casual yes at the summary creates the case. */
const createsOnCasualYes = (path: AnswerPath, yes: string): ConversationCase => ({
  about: `"${yes}" at the summary creates the case`,
  speaker: path.speaker,
  turns: [...answering(path), say(yes)],
  end: { created: requestBodyOf(path.draft) },
});

/** A casual yes to "really cancel?" cancels. */
const cancelsOnCasualYes = (path: AnswerPath, cancel: string, yes: string): ConversationCase => ({
  about: `"${yes}" to "really cancel?" cancels`,
  speaker: path.speaker,
  turns: [...answering(path, 'phone'), say(cancel, cancelQuestion), say(yes, cancelled)],
  end: { cancelled: true },
});

const casualYesAtEveryQuestion: ConversationCase[] = yesNoQuestionsByLanguage.flatMap(
  ({ path, reading, known }) => {
    const { speaker } = path;
    const opener = speaker === london ? englishOpener : spanishOpener;
    const cancel = speaker === london ? 'cancel' : 'cancelar';
    return (casualYesWords[speaker.locale] ?? []).flatMap((yes) => [
      acceptsName(speaker, opener, yes),
      answersKnownEmail(known, yes, known.known),
      answersReading(reading, yes, reading.reading, 'taken'),
      createsOnCasualYes(path, yes),
      cancelsOnCasualYes(path, cancel, yes),
    ]);
  },
);

/** A no, or "keep going", to "really cancel?" carries on where the intake was. */
const keepsGoing = (path: AnswerPath, cancel: string, said: string): ConversationCase => ({
  about: `"${said}" to "really cancel?" carries on at the phone prompt`,
  speaker: path.speaker,
  turns: [
    ...answering(path, 'phone'),
    say(cancel, cancelQuestion),
    say(said, carryOn, asks('phone')),
  ],
  end: { draft: draftBefore(path, 'phone') },
});

const casualNoes: ConversationCase[] = [
  ...['nah keep going', 'keep going', 'carry on'].map((said) =>
    keepsGoing(englishPath, 'cancel', said),
  ),
  ...['sigue', 'continúa', 'nel'].map((said) => keepsGoing(spanishPath, 'cancelar', said)),
  declinesName(madrid, spanishOpener, 'nel', 'Fallo de Outlook'),
  {
    about: 'a quoted name after "no, mejor" replaces the proposed one',
    speaker: madrid,
    turns: [nameProposed(spanishOpener), say('no, mejor "Impresora atascada"', asks('email'))],
    end: { draft: { name: 'Impresora atascada', description: spanishOpener } },
  },
];

// Commands typed casually, at the phone prompt (three fields entered).

const explains: Sentence = ({ messages }) => messages.help;
const progressAt =
  (field: CaseField): Sentence =>
  ({ messages, field: context }) =>
    `${messages.progress(caseFields.indexOf(field), caseFields.length, messages.fieldLabel[field])} ${messages.fieldHelp[field](context)}`;

const casualHelp = (path: AnswerPath, said: string): ConversationCase => ({
  about: `"${said}" at the phone prompt is help`,
  speaker: path.speaker,
  turns: [...answering(path, 'phone'), say(said, explains, progressAt('phone'), asks('phone'))],
  end: { draft: draftBefore(path, 'phone') },
});

/** A question about a field at the phone prompt: why it is asked and how, then the phone again. */
const asksAboutField = (path: AnswerPath, said: string, field: CaseField): ConversationCase => ({
  about: `"${said}" at the phone prompt tells why the ${field} is asked`,
  speaker: path.speaker,
  turns: [
    ...answering(path, 'phone'),
    say(
      said,
      ({ messages, field: context }) =>
        `${messages.fieldPurpose[field]} ${messages.fieldHelp[field](context)}`,
      asks('phone'),
    ),
  ],
  end: { draft: draftBefore(path, 'phone') },
});

const casualStatus = (path: AnswerPath, said: string): ConversationCase => ({
  about: `"${said}" at the phone prompt lists the answers`,
  speaker: path.speaker,
  turns: [
    ...answering(path, 'phone'),
    say(said, status(draftBefore(path, 'phone')), asks('phone')),
  ],
  end: { draft: draftBefore(path, 'phone') },
});

const casualBack = (path: AnswerPath, newEmail: NewValue, said: string): ConversationCase => ({
  about: `"${said}" at the phone prompt reopens the e-mail`,
  speaker: path.speaker,
  turns: [
    ...answering(path, 'phone'),
    say(said, editing('email', path.draft.email)),
    say(newEmail.typed, asks('phone')),
  ],
  end: { draft: { ...draftBefore(path, 'phone'), email: newEmail.value } },
});

const casualStartOver = (path: AnswerPath, said: string): ConversationCase => ({
  about: `"${said}" at the phone prompt clears the answers`,
  speaker: path.speaker,
  turns: [...answering(path, 'phone'), say(said, startingOver, asks('name'))],
  end: { draft: {} },
});

const casualCancel = (path: AnswerPath, said: string, yes: string): ConversationCase => ({
  about: `"${said}" at the phone prompt asks whether to cancel`,
  speaker: path.speaker,
  turns: [...answering(path, 'phone'), say(said, cancelQuestion), say(yes, cancelled)],
  end: { cancelled: true },
});

/** The case refused at the summary, with or without a reason: asked whether to cancel, then cancelled. */
const refusedAtSummary = (path: AnswerPath, said: string, yes: string): ConversationCase => ({
  about: `"${said}" at the summary asks whether to cancel`,
  speaker: path.speaker,
  turns: [...answering(path), say(said, cancelQuestion), say(yes, cancelled)],
  end: { cancelled: true },
});

/** A refusal taken back: the summary again, and a yes after it creates the case once. */
const refusalTakenBack = (path: AnswerPath, said: string, yes: string): ConversationCase => ({
  about: `"${said}" at the summary, then a no to "really cancel?", then "${yes}" creates the case`,
  speaker: path.speaker,
  turns: [
    ...answering(path),
    say(said, cancelQuestion),
    say('no', carryOn, summary(path.draft)),
    say(yes),
  ],
  end: { created: requestBodyOf(path.draft) },
});

const waiting: Sentence = ({ messages }) => messages.waiting;

/** "one sec" at the phone prompt: no rush, nothing asked again, and the next message answers. */
const waitsAMoment = (path: AnswerPath, said: string): ConversationCase => ({
  about: `"${said}" at the phone prompt waits, then the number is taken`,
  speaker: path.speaker,
  turns: [
    ...answering(path, 'phone'),
    say(said, waiting),
    say(path.answers.phone, asks('dueDate')),
  ],
  end: { draft: draftBefore(path, 'dueDate') },
});

/** Back after "one sec" with no answer yet ("ok", "listo, perdón"): the question again, no refusal. */
const backAfterAMoment = (path: AnswerPath, wait: string, back: string): ConversationCase => ({
  about: `"${back}" after "${wait}" at the phone prompt asks for the phone again`,
  speaker: path.speaker,
  turns: [
    ...answering(path, 'phone'),
    say(wait, waiting),
    say(back, asks('phone')),
    say(path.answers.phone, asks('dueDate')),
  ],
  end: { draft: draftBefore(path, 'dueDate') },
});

const casualCommands: ConversationCase[] = [
  backAfterAMoment(englishPath, 'one sec', 'ok sorry'),
  backAfterAMoment(spanishPath, 'un seg', 'listo, perdon'),
  ...[
    'sorry one sec',
    'hang on a sec',
    'give me a minute pls',
    'brb',
    'one sec, let me find it',
  ].map((said) => waitsAMoment(englishPath, said)),
  ...[
    'un momento',
    'espérame un segundo porfa',
    'perdona, dame un minuto',
    'un seg q lo busco',
    'un momento q pregunto al encargado',
  ].map((said) => waitsAMoment(spanishPath, said)),
  ...['help pls', '?', 'huh?', 'what?', 'im confused'].map((said) => casualHelp(englishPath, said)),
  ...['ayúdame', 'q necesitas?', 'no entiendo q tengo q poner'].map((said) =>
    casualHelp(spanishPath, said),
  ),
  ...(
    [
      ['what do u mean by due date', 'dueDate'],
      ['what do you need my phone for?', 'phone'],
      ['why do you need my email', 'email'],
      ['is the phone number required?', 'phone'],
      ['why do you need that?', 'phone'],
      ['hold on, what should i put here?', 'phone'],
      ['what do you need exactly?', 'phone'],
      ['do i have to give you my phone?', 'phone'],
      ['whats the name for? just a title?', 'name'],
      ['what does the due date mean exactly?', 'dueDate'],
    ] as const
  ).map(([said, field]) => asksAboutField(englishPath, said, field)),
  casualHelp(englishPath, 'what is this bot for?'),
  ...(
    [
      ['pa q quieres mi tlf?', 'phone'],
      ['¿para qué necesita mi teléfono?', 'phone'],
      ['es obligatorio el correo?', 'email'],
      ['para q necesitan la fecha?', 'dueDate'],
      ['¿qué pongo en el nombre?', 'name'],
      ['q pongo aqui?', 'phone'],
      ['bien, oye q necesitas exactamente?', 'phone'],
      ['el teléfono es obligatorio?', 'phone'],
    ] as const
  ).map(([said, field]) => asksAboutField(spanishPath, said, field)),
  casualHelp(spanishPath, '¿para qué sirve esto?'),
  ...[
    'whats left?',
    'what do u have so far',
    'whats on file so far?',
    "what's on file",
    'what do you have on file',
  ].map((said) => casualStatus(englishPath, said)),
  ...[
    'q llevas',
    'q llevas?',
    'q llevamos',
    'que tengo hasta ahora?',
    'muestrame lo q tienes',
    'qué tienes apuntado',
  ].map((said) => casualStatus(spanishPath, said)),
  casualBack(englishPath, englishNewValues.email, 'wait go back one'),
  ...['regresa', 'regresar', 'volver atrás'].map((said) =>
    casualBack(spanishPath, spanishNewValues.email, said),
  ),
  ...['scrap that, start over', 'can we start over'].map((said) =>
    casualStartOver(englishPath, said),
  ),
  ...['empezar de cero', 'reinicia'].map((said) => casualStartOver(spanishPath, said)),
  ...[
    'nvm cancel',
    'cancel pls',
    'forget it',
    'oh wait it just started working lol. nvm cancel',
    'nah dont create it, ill just call the helpdesk',
    'forget it, its working now',
    'ah dont worry about it, cancel pls',
    'sorry wrong chat, cancel',
    'ok never mind, ill raise it tomorrow',
    'nah leave it, cancel',
    'hmm wrong chat, sorry',
    'oh ok, i dont need that then, bye',
  ].map((said) => casualCancel(englishPath, said, 'yes')),
  ...[
    'cancelar porfa',
    'ya no lo necesito',
    'ya no, gracias',
    'mejor lo dejo',
    'ya funciona. cancela',
    'nah, dejalo, lo hablo con mi jefe el lunes',
    'ya no importa, olvídalo',
    'mmm mejor lo dejo, ya lo reporte por otro lado',
    'no, nada, cancelar',
    'perdona, me equivoqué de chat, no quería abrir nada',
    'ya lo resolvi, cambie las pilas. cancela nomas',
  ].map((said) => casualCancel(spanishPath, said, 'sí')),
  ...[
    'dont have one',
    "don't have one",
    'i dont have a work phone, just email me',
    'no work phone',
    'email is better',
  ].map((said) => hasNoPhone(englishPath, said)),
  ...['solo por correo', 'no tengo teléfono del trabajo', 'no tengo tlf del trabajo'].map((said) =>
    hasNoPhone(spanishPath, said),
  ),
  ...(
    [
      [englishPath, "don't create it", 'yes'],
      [englishPath, 'nah dont create it, ill just call the helpdesk', 'yes'],
      [spanishPath, 'no lo crees', 'sí'],
      [spanishPath, 'mejor no lo crees', 'sí'],
      [englishPath, 'nah leave it, cancel', 'yes'],
      [spanishPath, 'mmm mejor no, déjalo, ya lo miro con el de sistemas', 'sí'],
    ] as const
  ).flatMap(([path, said, yes]) => [
    refusedAtSummary(path, said, yes),
    refusalTakenBack(path, said, yes),
  ]),
];

const casualChanges: ConversationCase[] = [
  ...(
    [
      [englishPath, 'yes but change the phone to 07400 654321', 'phone', '+447400654321'],
      [englishPath, 'pls change the name to Printer jam', 'name', 'Printer jam'],
      [englishPath, 'the name should be Printer jam', 'name', 'Printer jam'],
      [englishPath, 'rename it to Printer jam', 'name', 'Printer jam'],
      [
        spanishPath,
        '¿puedes cambiar el correo a ana.ruiz@contoso.es?',
        'email',
        'ana.ruiz@contoso.es',
      ],
      [spanishPath, 'el nombre debería ser Impresora rota', 'name', 'Impresora rota'],
      [spanishPath, 'llámalo Impresora rota', 'name', 'Impresora rota'],
    ] as const
  ).map(([path, said, field, value]) => changesAtSummary(path, said, field, value)),
  guessedDateAtSummary(
    englishPath,
    'can you change the due date to mon 9am',
    '2026-11-30T09:00:00.000Z',
    'yes',
  ),
];

// Openers with emoji and slang: the greeting or request is neither the description nor the name.

/** An opener whose request for a case is cut, leaving the problem as the description. */
const requestCut = (
  speaker: Speaker,
  opener: string,
  description: string,
  name: string,
): ConversationCase => ({
  about: `"${opener}" leaves "${description}" as the description`,
  speaker,
  turns: [say(opener, begins, understood({ description }), proposesName(name))],
  end: { draft: { description } },
});

const casualOpeners: ConversationCase[] = [
  ...[
    'hey there 👋',
    'hi 👋',
    'hi! can you help me?',
    'Need a case opened ASAP',
    'another case',
  ].map((opener) => onlyAsks(london, opener, 'VPN drops')),
  ...[
    'hola q tal',
    'que onda, necesito levantar un ticket',
    'que onda',
    'me urge abrir un caso pls',
    'buen dia, me pueden ayudar?',
    'otro caso',
  ].map((opener) => onlyAsks(madrid, opener, 'La VPN se cae')),
  greetsThenAsks(madrid, 'buenas', 'hola q tal', 'La VPN se cae'),
  requestCut(london, 'pls raise a case: VPN cert expired', 'VPN cert expired', 'VPN cert expired'),
  requestCut(
    london,
    'I need to log a call about the printer on floor 2',
    'The printer on floor 2',
    'Printer on floor 2',
  ),
  requestCut(london, 'another one pls: monitor broken', 'Monitor broken', 'Monitor broken'),
  requestCut(
    london,
    'hiya can u log a ticket - screen flickers',
    'Screen flickers',
    'Screen flickers',
  ),
  requestCut(
    madrid,
    'hola, necesito abrir un caso por la VPN que se cae',
    'La VPN que se cae',
    'VPN que se cae',
  ),
  requestCut(
    london,
    'hi, this is dave. my vpn keeps dropping',
    'My vpn keeps dropping',
    'Vpn keeps dropping',
  ),
  requestCut(
    london,
    'my vpn keeps dropping, need a case opened',
    'my vpn keeps dropping',
    'Vpn keeps dropping',
  ),
  requestCut(
    madrid,
    'hola, soy Ana, la VPN se cae, necesito abrir un caso',
    'La VPN se cae',
    'VPN se cae',
  ),
  {
    about: 'a greeting with a name, contact details and a request leave no description',
    speaker: newYork,
    turns: [
      say(
        'hi its dave, dave.m@contoso.com 212 555 0111, need a case opened',
        begins,
        understood({ email: 'dave.m@contoso.com', phone: '+12125550111' }),
        asks('name'),
      ),
    ],
    end: { draft: { email: 'dave.m@contoso.com', phone: '+12125550111' } },
  },
  {
    about: 'a Spanish greeting with a name and a request leaves no description',
    speaker: madrid,
    turns: [
      say(
        'hola, soy Ana, ana@correo.es, necesito abrir un caso',
        begins,
        understood({ email: 'ana@correo.es' }),
        asks('name'),
      ),
    ],
    end: { draft: { email: 'ana@correo.es' } },
  },
];

/** Whole conversations with the intake dialog, by what they show. */
export const conversationCorpus: Record<string, ConversationCase[]> = {
  'a proposed name, accepted or declined': nameProposals,
  'the e-mail the channel knows, taken or replaced': knownEmails,
  'a date reading, confirmed or replaced': dateReadings,
  'a mistyped mail domain': emailTypos,
  "a real provider's domain, taken as typed": realDomains,
  'contact details refused with their reason': contacts,
  '"edit", then a field named in a phrase': namedFields,
  'openers that only greet or ask': openers,
  'status questions in other words, at every prompt': statusQuestions,
  '"change the X to Y" at the summary': changes,
  'dates as people really type them': typedDates,
  'back, start over and cancel': navigation,
  'ordinary conversations to the created case': ordinary,
  'busy typing: a casual yes at every yes-or-no question': casualYesAtEveryQuestion,
  'busy typing: a casual no, and "keep going"': casualNoes,
  'busy typing: commands with asides and shorthand': casualCommands,
  'busy typing: changes after "can you", "yes but", "rename it"': casualChanges,
  'busy typing: openers with emoji and slang': casualOpeners,
};

/** What people say once their case is created: a friendly close, not a new intake. */
export const afterTheCase: { speaker: Speaker; said: string }[] = [
  ...[
    'cheers',
    'great thanks',
    'thanks!',
    'Thank you!',
    'ok thanks',
    'perfect thanks',
    'awesome',
    'thx',
    'ty',
    'many thanks',
    'thanks a lot',
    'great',
    'perfect',
    'yes please',
    'sure',
    'awesome thanks a lot 🙏',
    'thanks so much, have a good one',
    'ta 👍',
    '👍',
    'great thanks so much, have a good weekend',
    'amazing thank you 🙌',
    'brilliant cheers',
    'lovely, ta',
    'thank u so much',
    'tanks!',
  ].map((said) => ({ speaker: london, said })),
  ...[
    'gracias',
    'muchas gracias',
    'mil gracias',
    'vale gracias',
    'genial gracias',
    'perfecto gracias',
    '¡Gracias!',
    'sí',
    'vale',
    'ok',
    'perfecto',
    'genial',
    'muchísimas gracias',
    'de acuerdo',
    'ok chao',
    'grax',
    'muchas gracias 🙏',
    'ok gracias bye',
    'chido gracias',
    'buen finde, gracias',
    'genial gracias 🙌',
    'perfecto, mil gracias',
    '👍',
    'muchas gracias, que vaya bien',
    'gracias, que esten bien',
    'thank you… digo, gracias',
  ].map((said) => ({ speaker: madrid, said })),
];

/** Questions about the case, asked after it is created: answered about it, no new intake. */
export const followUpsAfterTheCase: { speaker: Speaker; said: string }[] = [
  ...[
    'whats the status on that?',
    'when will someone call me?',
    'is it with someone already?',
    'how long does it usually take?',
    'whats the case number again?',
    'will i get an email?',
    'thx, who did it go to?',
  ].map((said) => ({ speaker: london, said })),
  ...[
    'cuando me van a llamar?',
    'y ya quedó creado?',
    '¿me avisan por correo cuando lo resuelvan?',
    '¿y como veo el estatus del ticket?',
    'y mas o menos cuanto tardan en responder?',
    'ok gracias, y por donde veo el avance?',
    'gracias, a quien quedo asignado?',
  ].map((said) => ({ speaker: madrid, said })),
];

/** The answers that take an intake to its summary, by the speaker's language. */
export const answersBySpeaker = (speaker: Speaker): string[] => {
  const path = speaker.locale.startsWith('es') ? spanishPath : englishPath;
  return [path.opener, ...caseFields.map((field) => path.answers[field])];
};
