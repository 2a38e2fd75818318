import { describe, expect, it } from 'vitest';
import { recognitionCultureFor } from '../../src/cases/recognitionCulture.js';
import type { Question } from '../../src/intake/intakeQuestion.js';
import { readFormRequest, readReply } from '../../src/intake/replyReading.js';
import { messagesFor } from '../../src/messages/catalog.js';
import { sampleDraft } from '../support/caseFixtures.js';
import { testNow } from '../support/intakeFixture.js';

const contextFor = (locale: string) => ({
  messages: messagesFor(locale),
  parse: {
    now: testNow,
    timeZone: 'Europe/Berlin',
    phoneRegion: 'US',
    culture: recognitionCultureFor(locale),
  },
});
const en = contextFor('en-GB');
const es = contextFor('es-ES');

const nameQuestion: Question = { kind: 'field', field: 'name', offerForm: true };
const dueDateQuestion: Question = { kind: 'field', field: 'dueDate', offerForm: false };
const emailQuestion: Question = { kind: 'field', field: 'email', offerForm: false };
const summary: Question = { kind: 'summary', draft: sampleDraft };
const stuck: Question = { kind: 'stuck', field: 'email' };
const reallyCancel: Question = { kind: 'cancel' };
const knownEmail: Question = { kind: 'knownEmail', email: 'ann@contoso.com' };
const suggested: Question = {
  kind: 'field',
  field: 'name',
  suggestion: 'Printer jams',
  offerForm: true,
};
const whichField: Question = { kind: 'whichField', draft: sampleDraft };
const dateCheck: Question = {
  kind: 'check',
  pending: { field: 'dueDate', value: '2026-12-04T16:00:00.000Z', check: { kind: 'date_reading' } },
};
const emailTypo: Question = {
  kind: 'check',
  pending: {
    field: 'email',
    value: 'ann@gmial.com',
    check: { kind: 'email_typo', suggestion: 'ann@gmail.com' },
  },
};

describe('reading a reply against its question', () => {
  it.each([
    [
      'a field answer',
      emailQuestion,
      'ann@contoso.com',
      { kind: 'answer', readings: { email: { value: 'ann@contoso.com' } } },
    ],
    [
      'a field answer with another field in it',
      emailQuestion,
      'ann@contoso.com, +1 415 555 0100',
      {
        kind: 'answer',
        readings: { email: { value: 'ann@contoso.com' }, phone: { value: '+14155550100' } },
      },
    ],
    [
      'a refused answer, with its reason',
      emailQuestion,
      'ann.contoso.com',
      { kind: 'answerRefused', refusal: { field: 'email', problem: 'missing_at' } },
    ],
    [
      'a command at a field question',
      emailQuestion,
      'Go back',
      { kind: 'command', command: 'back' },
    ],
    ['the form button label', nameQuestion, 'Use a form', { kind: 'command', command: 'useForm' }],
    [
      'a change at the summary',
      summary,
      'change the phone to +1 415 555 0100',
      { kind: 'change', field: 'phone', readings: { phone: { value: '+14155550100' } } },
    ],
    [
      'a refused change',
      summary,
      'change the phone to 12',
      { kind: 'changeRefused', refusal: { field: 'phone', problem: 'too_short' } },
    ],
    [
      '"fix the printer to …" as an answer, not a change',
      nameQuestion,
      'fix the printer to print duplex',
      { kind: 'answer', readings: { name: { value: 'fix the printer to print duplex' } } },
    ],
    ['a choice by its word', summary, 'Edit', { kind: 'choice', choice: 'edit' }],
    ['"no" at the summary as edit', summary, 'no', { kind: 'choice', choice: 'edit' }],
    [
      'a field named as wrong at the summary as that field',
      summary,
      'wait, the e-mail is wrong',
      { kind: 'choice', choice: 'email' },
    ],
    [
      'an e-mail address alone at the summary as its change',
      summary,
      'ann.lee@contoso.com',
      { kind: 'change', field: 'email', readings: { email: { value: 'ann.lee@contoso.com' } } },
    ],
    ['anything else at the summary as unclear', summary, 'hmm', { kind: 'unclear' }],
    [
      'a new value instead of a field at "which one?" as its change',
      whichField,
      'bob@contoso.com',
      { kind: 'change', field: 'email', readings: { email: { value: 'bob@contoso.com' } } },
    ],
    [
      'a field named with its new value at the summary as the change',
      summary,
      'the phone is wrong, its +44 7400 654321',
      { kind: 'change', field: 'phone', readings: { phone: { value: '+447400654321' } } },
    ],
    [
      'an earlier field named as wrong at the date question as that field',
      dueDateQuestion,
      'oops wrong number',
      { kind: 'choice', choice: 'phone' },
    ],
    ['a choice by its label', stuck, 'Show me an example', { kind: 'choice', choice: 'help' }],
    [
      'a typed "cancel" at the stuck question as the command (asks first)',
      stuck,
      'cancel',
      { kind: 'command', command: 'cancel' },
    ],
    [
      'the stuck label "Cancel the case" as the choice (ends at once)',
      stuck,
      'Cancel the case',
      { kind: 'choice', choice: 'cancel' },
    ],
    ['a free yes', knownEmail, 'yes please, that one', { kind: 'choice', choice: 'yes' }],
    [
      'another e-mail at the known e-mail question, as the answer',
      knownEmail,
      'no, use bob@contoso.com',
      { kind: 'answer', readings: { email: { value: 'bob@contoso.com' } } },
    ],
    ['a plain no to the known e-mail', knownEmail, 'no thanks', { kind: 'choice', choice: 'no' }],
    [
      'a yes at a name question with a suggestion',
      suggested,
      'sure',
      { kind: 'choice', choice: 'yes' },
    ],
    [
      'a no at a name question with a suggestion',
      suggested,
      'nope',
      { kind: 'choice', choice: 'no' },
    ],
    [
      'a name that starts with "no" at a name question with a suggestion',
      suggested,
      'No printer output',
      { kind: 'answer', readings: { name: { value: 'No printer output' } } },
    ],
    [
      'a new date at the question whether a date reading is right',
      dateCheck,
      'no, Friday 10am',
      {
        kind: 'answer',
        readings: {
          dueDate: { value: '2026-12-04T09:00:00.000Z', check: { kind: 'date_reading' } },
        },
      },
    ],
    [
      'the same date again, as a yes',
      dateCheck,
      'no wait, Friday 5pm',
      { kind: 'choice', choice: 'yes' },
    ],
    [
      'the e-mail as typed again, as a no to the fix',
      emailTypo,
      'ann@gmial.com',
      { kind: 'choice', choice: 'no' },
    ],
    [
      'a field named in a phrase',
      whichField,
      'the number I gave',
      { kind: 'choice', choice: 'phone' },
    ],
    [
      'a field named with more words',
      whichField,
      'my e-mail address please',
      { kind: 'choice', choice: 'email' },
    ],
    ['a phrase naming two fields', whichField, 'the phone and the email', { kind: 'unclear' }],
    [
      'a change naming its field in a phrase',
      summary,
      'change the number I gave to +1 415 555 0100',
      { kind: 'change', field: 'phone', readings: { phone: { value: '+14155550100' } } },
    ],
    ['no commands at "really cancel?"', reallyCancel, 'help', { kind: 'unclear' }],
    ['yes at "really cancel?"', reallyCancel, 'yes', { kind: 'choice', choice: 'yes' }],
  ] as const)('%s', (_name, question, text, expected) => {
    expect(readReply(question, { text }, en)).toEqual(expected);
  });

  it('reads a field named in a Spanish phrase, and another e-mail after a Spanish no', () => {
    expect(readReply(whichField, { text: 'la fecha' }, es)).toEqual({
      kind: 'choice',
      choice: 'dueDate',
    });
    expect(readReply(knownEmail, { text: 'no, mejor ana@contoso.es' }, es)).toEqual({
      kind: 'answer',
      readings: { email: { value: 'ana@contoso.es' } },
    });
  });

  it('reads free yes and no in Spanish', () => {
    expect(readReply(knownEmail, { text: 'sí por favor' }, es)).toEqual({
      kind: 'choice',
      choice: 'yes',
    });
    expect(readReply(knownEmail, { text: 'no gracias' }, es)).toEqual({
      kind: 'choice',
      choice: 'no',
    });
  });

  it.each([
    [
      'a choice the question offers',
      summary,
      { intakeAction: 'edit' },
      { kind: 'choice', choice: 'edit' },
    ],
    [
      'cancel where the question offers no cancel, as the command',
      emailQuestion,
      { intakeAction: 'cancel' },
      { kind: 'command', command: 'cancel' },
    ],
    [
      'a choice of another question (a stale card)',
      emailQuestion,
      { intakeAction: 'yes' },
      { kind: 'unclear' },
    ],
    ['an action this bot never sent', summary, { intakeAction: 'launch' }, { kind: 'unclear' }],
    ['"use a form"', summary, { intakeAction: 'useForm' }, { kind: 'command', command: 'useForm' }],
    ['the form at "really cancel?"', reallyCancel, { intakeAction: 'form' }, { kind: 'unclear' }],
    ['anything with no intakeAction', nameQuestion, ['not', 'an', 'object'], { kind: 'unclear' }],
  ] as const)('takes a card button: %s', (_name, question, value, expected) => {
    expect(readReply(question, { value, text: '' }, en)).toEqual(expected);
  });

  it('reads a submitted form in full, with every problem', () => {
    const reply = readReply(
      summary,
      { value: { intakeAction: 'form', name: 'VPN', email: 'x' } },
      en,
    );
    expect(reply).toMatchObject({
      kind: 'form',
      result: { ok: false, problems: { description: 'empty', email: 'missing_at' } },
    });
  });

  it('knows a form request at the start, and nothing else', () => {
    expect(readFormRequest({ text: 'use a form' }, en)).toEqual({
      kind: 'command',
      command: 'useForm',
    });
    expect(readFormRequest({ value: { intakeAction: 'form' } }, en)).toMatchObject({
      kind: 'form',
    });
    expect(readFormRequest({ text: 'my printer jams' }, en)).toBeUndefined();
    expect(readFormRequest({ text: 'help' }, en)).toBeUndefined();
  });
});

describe('a time alone, to correct a date reading', () => {
  const proposed: Question = {
    kind: 'check',
    pending: {
      field: 'dueDate',
      value: '2026-12-04T16:00:00.000Z',
      check: { kind: 'date_reading' },
    },
  };

  it.each([
    ['no, 10am', { value: '2026-12-04T09:00:00.000Z' }],
    ['nope 10:30', { value: '2026-12-04T09:30:00.000Z' }],
    [
      'no, at 3',
      { value: '2026-12-04T14:00:00.000Z', check: { kind: 'date_reading', zone: 'Europe/Berlin' } },
    ],
  ])('"%s" is that time on the day proposed', (text, dueDate) => {
    expect(readReply(proposed, { text }, en)).toEqual({ kind: 'answer', readings: { dueDate } });
  });

  it.each([
    ['no, the Friday after at 10am', { value: '2026-12-11T09:00:00.000Z' }],
    ['no, the day after', { value: '2026-12-05T16:00:00.000Z' }],
    ['the Monday after, 9:30', { value: '2026-12-07T08:30:00.000Z' }],
  ])('"%s" is a day after the one proposed', (text, dueDate) => {
    expect(readReply(proposed, { text }, en)).toEqual({ kind: 'answer', readings: { dueDate } });
  });

  it('reads "el viernes siguiente a las 10:00" in Spanish', () => {
    expect(readReply(proposed, { text: 'no, el viernes siguiente a las 10:00' }, es)).toEqual({
      kind: 'answer',
      readings: { dueDate: { value: '2026-12-11T09:00:00.000Z' } },
    });
  });

  it('is not taken when that time has passed on the day proposed', () => {
    const today: Question = {
      kind: 'check',
      pending: {
        field: 'dueDate',
        value: '2026-11-28T16:00:00.000Z',
        check: { kind: 'date_reading' },
      },
    };
    expect(readReply(today, { text: 'no, 9am' }, en)).not.toMatchObject({
      readings: { dueDate: { value: '2026-11-28T08:00:00.000Z' } },
    });
  });
});

describe('replies as people really type them', () => {
  const descriptionQuestion: Question = { kind: 'field', field: 'description', offerForm: false };
  const status = { kind: 'command', command: 'status' };
  const contexts = { en, es };

  it.each([
    ['en', 'What have you got so far?'],
    ['en', "what've you got"],
    ['en', 'what’ve you got so far'],
    ['en', 'ok, what do you have so far?'],
    ['en', 'what do you have so far, please'],
    ['en', 'Can you show me what I entered?'],
    ['es', '¿Qué llevas?'],
    ['es', 'que llevas hasta ahora'],
    ['es', 'qué tienes hasta ahora?'],
    ['es', 'muéstrame lo que tienes'],
    ['es', 'vale, ¿qué tienes de momento?'],
  ] as const)('%s: hears a status question in other words: "%s"', (language, text) => {
    expect(readReply(descriptionQuestion, { text }, contexts[language])).toEqual(status);
    expect(readReply(summary, { text }, contexts[language])).toEqual(status);
  });

  it.each([
    ['en', 'It has dropped three times so far'],
    ['en', 'so far so good, but the VPN drops'],
    ['es', 'Hasta ahora se ha caído tres veces'],
  ] as const)('%s: keeps a description that holds "so far": "%s"', (language, text) => {
    expect(readReply(descriptionQuestion, { text }, contexts[language])).toEqual({
      kind: 'answer',
      readings: { description: { value: text } },
    });
  });

  it.each([
    ['en', 'make the due date Dec 4th 5pm', 'dueDate'],
    ['en', 'set the phone +1 415 555 0100', 'phone'],
    ['en', 'the phone should be +1 415 555 0100', 'phone'],
    ['en', 'my email should be bob@contoso.com', 'email'],
    ['es', 'el teléfono debería ser +1 415 555 0100', 'phone'],
    ['es', 'pon la fecha el 4 de diciembre a las 17:00', 'dueDate'],
  ] as const)('%s: takes "%s" at the summary as a change', (language, text, field) => {
    expect(readReply(summary, { text }, contexts[language])).toMatchObject({
      kind: 'change',
      field,
    });
  });

  it.each([
    ['en', 'The time should be synced but the clock drifts'],
    ['en', 'make the phone ring louder'],
    ['es', 'la hora debería ser la del servidor, pero no lo es'],
  ] as const)('%s: reads "%s" as the answer, what follows being no value', (language, text) => {
    expect(readReply(descriptionQuestion, { text }, contexts[language])).toEqual({
      kind: 'answer',
      readings: { description: { value: text } },
    });
  });

  it.each([
    ['en', 'the one with the @', 'email'],
    ['en', "when it's due", 'dueDate'],
    ['es', 'cuándo vence', 'dueDate'],
    ['es', 'el del correo', 'email'],
    ['es', 'el de la arroba', 'email'],
  ] as const)('%s: finds the field to edit in "%s"', (language, text, choice) => {
    expect(readReply(whichField, { text }, contexts[language])).toEqual({
      kind: 'choice',
      choice,
    });
  });

  it.each([
    ['my address is müller@beispiel.de', 'non_ascii'],
    ['ann@contoso,com', 'comma_in_domain'],
    ['it is ann@contoso,com thanks', 'comma_in_domain'],
  ] as const)('refuses "%s" at the e-mail question with its reason', (text, problem) => {
    expect(readReply(emailQuestion, { text }, en)).toEqual({
      kind: 'answerRefused',
      refusal: { field: 'email', problem },
    });
  });
});
