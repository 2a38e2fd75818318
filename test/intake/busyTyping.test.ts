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
    ['en', 'ya'],
    ['en', 'ya thats fine'],
    ['en', '👍'],
    ['en', '👍🏽'],
    ['en', '👌'],
    ['en', '✅'],
    ['en', 'yes go'],
    ['en', 'yep go'],
    ['es', '👍'],
    ['es', '✅'],
    ['es', 'sí dale'],
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
    ['en', 'what do you need my phone for?', 'phone'],
    ['en', 'why do you need my email', 'email'],
    ['es', 'pa q quieres mi tlf?', 'phone'],
  ] as const)(
    '%s: "%s" asks about the %s, at a field and at the summary',
    (language, text, field) => {
      for (const question of [description, summary])
        expect(readReply(question, { text }, contexts[language])).toEqual({
          kind: 'aboutField',
          field,
        });
    },
  );

  it.each([
    ['en', 'help pls', 'help'],
    ['en', '?', 'help'],
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
    ['en', 'whats on file so far?', 'status'],
    ['en', "what's on file", 'status'],
    ['en', 'what do you have on file', 'status'],
    ['es', 'qué tienes apuntado', 'status'],
    ['en', 'oh wait it just started working lol. nvm cancel', 'cancel'],
    ['en', "don't create it", 'cancel'],
    ['en', 'nah dont create it, ill just call the helpdesk', 'cancel'],
    ['es', 'ya funciona. cancela', 'cancel'],
    ['es', 'no lo crees', 'cancel'],
    ['es', 'mejor no lo crees', 'cancel'],
    ['es', 'no, no lo crees, ya funciona', 'cancel'],
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
    ['en', 'The printer says cancel'],
    ['en', 'Cancel, OK and Apply are greyed out'],
    ['en', "Don't create it by hand, the form does it"],
    ['es', 'La impresora dice cancelar'],
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
    ['en', 'i dont have a work phone, just email me'],
    ['en', 'no work phone'],
    ['en', 'email is better'],
    ['es', 'solo por correo'],
    ['es', 'no tengo teléfono del trabajo'],
    ['es', 'no tengo móvil, escríbeme al correo'],
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
    ['en', 'hi its dave'],
    ['en', 'this is Dave'],
    ['en', 'actually i need another case'],
    ['en', 'cheers'],
    ['es', 'hola, soy Ana García'],
    ['es', 'vale, necesito otro caso'],
  ] as const)('%s: "%s" only greets or asks', (language, text) => {
    const { culture } = contexts[language].parse;
    expect(isIntakeRequestOnly(text, culture)).toBe(true);
  });

  it.each([
    ['en', 'pls raise a case: VPN cert expired', 'VPN cert expired'],
    ['en', 'I need to log a call about the printer 👋 on floor 2', 'The printer 👋 on floor 2'],
    ['en', 'hi 👋 I need to log a call about the VPN', 'The VPN'],
    ['es', 'necesito abrir un caso por la VPN que se cae', 'La VPN que se cae'],
    ['en', 'hi, this is dave. my vpn keeps dropping', 'My vpn keeps dropping'],
    ['en', 'my vpn keeps dropping, need a case opened', 'my vpn keeps dropping'],
    ['en', 'VPN drops every hour. Can you log a ticket pls? thanks', 'VPN drops every hour.'],
    [
      'en',
      'cheers. another one pls: my docking station ethernet port is dead',
      'My docking station ethernet port is dead',
    ],
    ['es', 'hola, soy Ana, la VPN se cae, necesito abrir un caso', 'La VPN se cae'],
  ] as const)('%s: "%s" leaves "%s" as the description', (language, text, expected) => {
    expect(readOpeningMessage(text, contexts[language].parse).readings.description?.value).toBe(
      expected,
    );
  });

  it.each([
    ['en', 'hey, my screen flickers'],
    ['en', 'another problem with the printer: it jams'],
    ['en', 'hi its broken'],
    ['en', 'hi its not working'],
    ['es', 'hola, la impresora no imprime'],
    ['es', 'hola soy nuevo y no puedo entrar'],
  ] as const)('%s: "%s" says what the problem is', (language, text) => {
    expect(isIntakeRequestOnly(text, contexts[language].parse.culture)).toBe(false);
  });
});
