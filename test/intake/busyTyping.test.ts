import { describe, expect, it } from 'vitest';
import { isIntakeRequestOnly } from '../../src/cases/intakeRequest.js';
import { readOpeningMessage } from '../../src/cases/messageUnderstanding.js';
import { recognitionCultureFor } from '../../src/cases/recognitionCulture.js';
import type { Question } from '../../src/intake/intakeQuestion.js';
import { readReply } from '../../src/intake/replyReading.js';
import { messagesFor } from '../../src/messages/catalog.js';
import { sampleDraft } from '../support/caseFixtures.js';
import { testNow } from '../support/intakeFixture.js';

const contextFor = (locale: string) => ({
  messages: messagesFor(locale),
  parse: {
    now: testNow,
    timeZone: 'Europe/London',
    phoneRegion: locale.startsWith('es') ? 'ES' : 'GB',
    culture: recognitionCultureFor(locale),
  },
});
const contexts = { en: contextFor('en-GB'), es: contextFor('es-ES') };

const description: Question = { kind: 'field', field: 'description', offerForm: false };
const phone: Question = { kind: 'field', field: 'phone', offerForm: false };
const summary: Question = { kind: 'summary', draft: sampleDraft };
const reallyCancel: Question = { kind: 'cancel' };
const suggestedName: Question = {
  kind: 'field',
  field: 'name',
  suggestion: 'Printer jams',
  offerForm: true,
};
const knownEmail: Question = { kind: 'knownEmail', email: 'ann@contoso.com' };
const yesNoQuestions: Question[] = [
  suggestedName,
  knownEmail,
  {
    kind: 'check',
    pending: {
      field: 'dueDate',
      value: '2026-12-04T17:00:00.000Z',
      check: { kind: 'date_reading' },
    },
  },
  reallyCancel,
];

describe('replies as busy people type them', () => {
  it.each([
    ['en', 'yeah thats fine'],
    ['en', 'lgtm'],
    ['en', 'k'],
    ['en', 'all good, submit'],
    ['es', 'sip'],
    ['es', 'va'],
    ['es', 'orale'],
    ['es', 'esta todo ok'],
  ] as const)('%s: "%s" is a yes at every yes-or-no question', (language, text) => {
    for (const question of yesNoQuestions)
      expect(readReply(question, { text }, contexts[language]), question.kind).toEqual({
        kind: 'choice',
        choice: 'yes',
      });
    expect(readReply(summary, { text }, contexts[language])).toEqual({
      kind: 'choice',
      choice: 'yes',
    });
  });

  it.each([
    ['en', 'keep going'],
    ['es', 'sigue'],
  ] as const)('%s: "%s" is a no only to "really cancel?"', (language, text) => {
    expect(readReply(reallyCancel, { text }, contexts[language])).toEqual({
      kind: 'choice',
      choice: 'no',
    });
    expect(readReply(knownEmail, { text }, contexts[language])).toEqual({
      kind: 'unclear',
    });
  });

  it.each([
    ['es', 'no, mejor "Impresora atascada"', 'Impresora atascada'],
    ['en', "nah, 'Printer broken'", 'Printer broken'],
    ['en', 'No printer output', 'No printer output'],
  ] as const)('%s: "%s" at a proposed name is the name %s', (language, text, name) => {
    expect(readReply(suggestedName, { text }, contexts[language])).toEqual({
      kind: 'answer',
      readings: { name: { value: name } },
    });
  });

  it.each([
    ['en', 'help pls', 'help'],
    ['en', '?', 'help'],
    ['en', 'what do you need my phone for?', 'help'],
    ['en', 'what do u have so far', 'status'],
    ['en', 'wait go back one', 'back'],
    ['en', 'scrap that, start over', 'startOver'],
    ['en', 'nvm cancel', 'cancel'],
    ['en', 'can i use a form instead', 'useForm'],
    ['es', 'q llevas?', 'status'],
    ['es', 'no entiendo q tengo q poner', 'help'],
    ['es', 'volver atrás', 'back'],
    ['es', 'empezar de cero', 'startOver'],
    ['es', 'ya no, gracias', 'cancel'],
  ] as const)(
    '%s: "%s" is the command %s, at a field and at the summary',
    (language, text, command) => {
      for (const question of [description, summary])
        expect(readReply(question, { text }, contexts[language])).toEqual({
          kind: 'command',
          command,
        });
    },
  );

  it.each([
    ['en', 'need help with the VPN'],
    ['en', 'go back to the old driver please'],
    ['en', 'it keeps asking for help'],
    ['en', 'the name should be shown on the badge but it is blank'],
    ['en', '   '],
    ['es', 'no puedo volver atrás en el navegador'],
    ['es', 'ayúdame con la VPN'],
  ] as const)('%s: "%s" stays the description', (language, text) => {
    const reply = readReply(description, { text }, contexts[language]);
    if (text.trim() === '') expect(reply.kind).toBe('answerRefused');
    else expect(reply).toEqual({ kind: 'answer', readings: { description: { value: text } } });
  });

  it.each([
    ['en', 'can you change the due date to mon 9am', 'dueDate'],
    ['en', 'yes but change the phone to 07400 654321', 'phone'],
    ['en', 'pls change the name to Printer jam', 'name'],
    ['en', 'the name should be Printer jam', 'name'],
    ['en', 'rename it to Printer jam', 'name'],
    ['es', '¿puedes cambiar el correo a ana@contoso.es?', 'email'],
    ['es', 'el nombre debería ser Impresora rota', 'name'],
    ['es', 'llámalo Impresora rota', 'name'],
  ] as const)('%s: "%s" at the summary changes the %s', (language, text, field) => {
    expect(readReply(summary, { text }, contexts[language])).toMatchObject({
      kind: 'change',
      field,
    });
  });

  it('reads "the name should be …" at the name question as the name', () => {
    const name: Question = { kind: 'field', field: 'name', offerForm: true };
    expect(readReply(name, { text: 'the name should be Printer jam' }, contexts.en)).toEqual({
      kind: 'answer',
      readings: { name: { value: 'Printer jam' } },
    });
  });

  it.each([
    ['en', 'dont have one'],
    ['en', 'don’t have one'],
    ['es', 'no tengo'],
    ['es', 'no tengo teléfono'],
  ] as const)('%s: "%s" at the phone question hears why a number is needed', (language, text) => {
    expect(readReply(phone, { text }, contexts[language])).toEqual({ kind: 'noPhone' });
  });
});

describe('openers as busy people type them', () => {
  it.each([
    ['en', 'hey there 👋'],
    ['en', 'hi! can you help me?'],
    ['en', 'Need a case opened ASAP'],
    ['en', 'another one pls'],
    ['es', 'muchas gracias 🙏'],
    ['es', 'hola q tal'],
    ['es', 'que onda, necesito levantar un ticket'],
    ['es', 'buen dia, me pueden ayudar?'],
  ] as const)('%s: "%s" only greets or asks', (language, text) => {
    const { culture } = contexts[language].parse;
    expect(isIntakeRequestOnly(text, culture)).toBe(true);
  });

  it.each([
    ['en', 'pls raise a case: VPN cert expired', 'VPN cert expired'],
    ['en', 'I need to log a call about the printer 👋 on floor 2', 'The printer 👋 on floor 2'],
    ['en', 'hi 👋 I need to log a call about the VPN', 'The VPN'],
    ['es', 'necesito abrir un caso por la VPN que se cae', 'La VPN que se cae'],
  ] as const)('%s: "%s" leaves "%s" as the description', (language, text, expected) => {
    expect(readOpeningMessage(text, contexts[language].parse).readings.description?.value).toBe(
      expected,
    );
  });

  it.each([
    ['en', 'hey, my screen flickers'],
    ['en', 'another problem with the printer: it jams'],
    ['es', 'hola, la impresora no imprime'],
  ] as const)('%s: "%s" says what the problem is', (language, text) => {
    expect(isIntakeRequestOnly(text, contexts[language].parse.culture)).toBe(false);
  });
});
