import type { CaseField } from '../../src/cases/caseDraft.js';
import type { RecognitionCulture } from '../../src/cases/recognitionCulture.js';

/** Field values as the corpus states them: the value, with `?` after one the bot must confirm. */
export type ExpectedFields = Partial<Record<CaseField, string>>;

/** An opening message and every field the bot must take from it. */
export interface OpeningCase {
  culture: RecognitionCulture;
  zone: string;
  region: string;
  text: string;
  expected: ExpectedFields;
}

/** An answer to one question, what it answers, and what else it carries. */
export interface AnswerCase {
  asked: CaseField;
  text: string;
  /** The answer, or the reason it is refused. */
  answer: string;
  extras: ExpectedFields;
}

const london = { culture: 'en-gb', zone: 'Europe/London', region: 'GB' } as const;
const newYork = { culture: 'en-us', zone: 'America/New_York', region: 'US' } as const;
const madrid = { culture: 'es-es', zone: 'Europe/Madrid', region: 'ES' } as const;

/** Messages that open a case, read at Saturday 28 November 2026, 12:00 UTC. */
export const openingCorpus: OpeningCase[] = [
  {
    ...london,
    text: 'My printer on floor 3 jams on every duplex job, please fix by Friday 5pm, reach me at ann@contoso.com or +44 20 7946 0018',
    expected: {
      description: 'My printer on floor 3 jams on every duplex job',
      email: 'ann@contoso.com',
      phone: '+442079460018',
      dueDate: '2026-12-04T17:00:00.000Z?',
    },
  },
  {
    ...london,
    text: 'VPN keeps dropping. Call me on 020 7946 0018',
    expected: { description: 'VPN keeps dropping.', phone: '+442079460018' },
  },
  {
    ...london,
    text: 'Need a new laptop charger by Monday, email ann@contoso.com',
    expected: {
      description: 'Need a new laptop charger',
      email: 'ann@contoso.com',
      dueDate: '2026-11-30T17:00:00.000Z?',
    },
  },
  {
    ...london,
    text: 'Outlook crashes when I open attachments - need it fixed by EOD tomorrow',
    expected: {
      description: 'Outlook crashes when I open attachments',
      dueDate: '2026-11-29T17:00:00.000Z',
    },
  },
  {
    ...london,
    text: "Can't log in to SAP since this morning, please fix by 3pm today",
    expected: {
      description: "Can't log in to SAP since this morning",
      dueDate: '2026-11-28T15:00:00.000Z',
    },
  },
  {
    ...london,
    text: 'Open a ticket: my monitor flickers. ann@contoso.com',
    expected: { description: 'My monitor flickers.', email: 'ann@contoso.com' },
  },
  {
    ...london,
    text: 'My number is 07400 123456 and my email is bob@example.com',
    expected: { email: 'bob@example.com', phone: '+447400123456' },
  },
  {
    ...london,
    text: 'Printer on floor 2 is out of toner',
    expected: { description: 'Printer on floor 2 is out of toner' },
  },
  {
    ...london,
    text: 'The wifi in room 4.12 drops every 5 minutes',
    expected: { description: 'The wifi in room 4.12 drops every 5 minutes' },
  },
  { ...london, text: "hi, I'd like to open a case", expected: {} },
  { ...london, text: 'new case', expected: {} },
  { ...london, text: 'Hello there! Can you create a ticket please?', expected: {} },
  {
    ...london,
    text: 'Hi, I need to open a case. My keyboard is missing the E key.',
    expected: { description: 'My keyboard is missing the E key.' },
  },
  {
    ...london,
    text: 'The VPN drops every hour since Monday. My email is bob@gmial.com',
    expected: { description: 'The VPN drops every hour since Monday.', email: 'bob@gmial.com?' },
  },
  {
    ...newYork,
    text: 'Laptop screen cracked, due Dec 4th 5pm, reach me at (415) 555-0100 x12',
    expected: {
      description: 'Laptop screen cracked',
      dueDate: '2026-12-04T22:00:00.000Z',
      phone: '+14155550100;ext=12',
    },
  },
  {
    ...newYork,
    text: 'I want to open a case, my email is ann@contoso.com',
    expected: { email: 'ann@contoso.com' },
  },
  {
    ...madrid,
    text: 'Hola, la impresora del piso 3 no funciona, la necesito para mañana a las 10, mi correo es ana@correo.es y mi teléfono 612 34 56 78',
    expected: {
      description: 'La impresora del piso 3 no funciona',
      dueDate: '2026-11-29T09:00:00.000Z?',
      email: 'ana@correo.es',
      phone: '+34612345678',
    },
  },
  { ...madrid, text: 'quiero abrir un caso', expected: {} },
  { ...madrid, text: 'Hola, necesito crear un ticket por favor', expected: {} },
  {
    ...madrid,
    text: 'No puedo entrar en el correo desde ayer, escríbeme a ana@correo.es',
    expected: { description: 'No puedo entrar en el correo desde ayer', email: 'ana@correo.es' },
  },
  {
    ...madrid,
    text: 'El portátil no enciende. Llámame al +34 612 34 56 78',
    expected: { description: 'El portátil no enciende.', phone: '+34612345678' },
  },
  {
    ...madrid,
    text: 'Necesito acceso a la carpeta de finanzas antes del viernes',
    expected: {
      description: 'Necesito acceso a la carpeta de finanzas',
      dueDate: '2026-12-04T16:00:00.000Z?',
    },
  },
];

/** Answers to a question that may carry more than was asked (London, GB numbers). */
export const answerCorpus: AnswerCase[] = [
  { asked: 'email', text: "it's ann@contoso.com, thanks", answer: 'ann@contoso.com', extras: {} },
  {
    asked: 'email',
    text: 'sure — and my number is 020 7946 0018',
    answer: 'missing_at',
    extras: { phone: '+442079460018' },
  },
  { asked: 'email', text: 'ann.contoso.com', answer: 'missing_at', extras: {} },
  {
    asked: 'email',
    text: 'ann@contoso.com, and I need it by tomorrow 5pm',
    answer: 'ann@contoso.com',
    extras: { dueDate: '2026-11-29T17:00:00.000Z' },
  },
  { asked: 'phone', text: 'call me on 07400 123456', answer: '+447400123456', extras: {} },
  {
    asked: 'phone',
    text: 'ann@contoso.com',
    answer: 'not_a_number',
    extras: { email: 'ann@contoso.com' },
  },
  {
    asked: 'name',
    text: 'Printer jam, email ann@contoso.com',
    answer: 'Printer jam',
    extras: { email: 'ann@contoso.com' },
  },
  {
    asked: 'name',
    text: 'Monday standup projector broken',
    answer: 'Monday standup projector broken',
    extras: {},
  },
  {
    asked: 'description',
    text: 'It jams on duplex jobs. Need it by Friday 5pm',
    answer: 'It jams on duplex jobs.',
    extras: { dueDate: '2026-12-04T17:00:00.000Z?' },
  },
  { asked: 'dueDate', text: 'Friday', answer: '2026-12-04T17:00:00.000Z?', extras: {} },
  {
    asked: 'dueDate',
    text: 'tomorrow at 5, my mobile is 07400 123456',
    answer: '2026-11-29T17:00:00.000Z?',
    extras: { phone: '+447400123456' },
  },
  { asked: 'dueDate', text: 'yesterday', answer: 'in_the_past', extras: {} },
];
