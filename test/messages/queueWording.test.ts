import { describe, expect, it } from 'vitest';
import type { CaseReceipt } from '../../src/cases/caseReceipt.js';
import { english } from '../../src/messages/en/catalog.js';
import { spanish } from '../../src/messages/es/catalog.js';
import type { Messages } from '../../src/messages/messages.js';
import { namesItselfAQueue } from '../../src/messages/queueName.js';

const catalogs = { English: english, Spanish: spanish };

/** A case created into the named queue. */
const queuedIn = (name: string): CaseReceipt => ({
  caseId: 'ci-1',
  refId: 'CS004123',
  status: 'Open',
  assignment: { kind: 'queue', name },
  dueDate: '2027-03-15T13:00:00.000Z',
});

/** What the person reads about the queue: the sentence's queue part, and the card's assignee. */
const queueWording = (messages: Messages, name: string) => ({
  sentence: messages.caseCreated(queuedIn(name), 'X'),
  card: messages.cards.queueName(name),
});

describe('a queue named in a reply', () => {
  it.each([
    ['Support Queue', true],
    ['billing queue', true],
    ['QUEUE 2', true],
    ['Queues: hardware', true],
    ['Cola de soporte', true],
    ['Colas VIP', true],
    ['Billing', false],
    ['Queueing team', false],
    ['Coladas', false],
    ['Barbecue', false],
  ])('%j names itself a queue: %s', (name, expected) => {
    expect(namesItselfAQueue(name)).toBe(expected);
  });

  it.each<[keyof typeof catalogs, string, string, string]>([
    [
      'English',
      'Billing',
      'Your case CS004123 is open and waiting in the Billing queue for the next agent. Due X.',
      'Billing (queue)',
    ],
    [
      'English',
      'Support Queue',
      'Your case CS004123 is open and waiting in the Support Queue for the next agent. Due X.',
      'Support Queue',
    ],
    [
      'English',
      'Cola de soporte',
      'Your case CS004123 is open and waiting in the Cola de soporte for the next agent. Due X.',
      'Cola de soporte',
    ],
    [
      'Spanish',
      'Soporte',
      'Tu caso CS004123 está abierto y espera en la cola Soporte al próximo agente. Vence el X.',
      'Soporte (cola)',
    ],
    [
      'Spanish',
      'Cola de soporte',
      'Tu caso CS004123 está abierto y espera en la Cola de soporte al próximo agente. Vence el X.',
      'Cola de soporte',
    ],
    [
      'Spanish',
      'Support Queue',
      'Tu caso CS004123 está abierto y espera en la Support Queue al próximo agente. Vence el X.',
      'Support Queue',
    ],
  ])('is called a queue once in %s: %j', (language, name, sentence, card) => {
    expect(queueWording(catalogs[language], name)).toEqual({ sentence, card });
  });
});
