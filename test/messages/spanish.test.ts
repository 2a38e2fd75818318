import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/messages/catalog.js';
import { english } from '../../src/messages/en/catalog.js';
import { spanish } from '../../src/messages/es/catalog.js';

describe('Spanish replies', () => {
  it('is chosen for any Spanish locale', () => {
    expect(messagesFor('es-ES')).toBe(spanish);
    expect(messagesFor('es-MX')).toBe(spanish);
    expect(messagesFor('es')).toBe(spanish);
  });

  it('formats dates the Spanish way in the user zone', () => {
    expect(spanish.formatDateTime('2027-03-15T13:00:00.000Z', 'Europe/Madrid')).toBe(
      'lun 15 mar 2027, 14:00 (Europe/Madrid)',
    );
  });

  it.each([
    [
      { kind: 'agent', name: 'Priya Raman' },
      'Tu caso CS004123 está abierto y asignado a Priya Raman. Vence el X.',
    ],
    [
      { kind: 'queue', name: 'Soporte' },
      'Tu caso CS004123 está abierto y espera en la cola Soporte al próximo agente. Vence el X.',
    ],
    [
      { kind: 'unassigned' },
      'Tu caso CS004123 está abierto y todavía no está asignado a nadie. Vence el X.',
    ],
  ] as const)('announces a created case (%o)', (assignment, expected) => {
    const receipt = {
      caseId: 'ci-1',
      refId: 'CS004123',
      status: 'Open',
      assignment,
      dueDate: '2027-03-15T13:00:00.000Z',
    };
    expect(spanish.caseCreated(receipt, 'X')).toBe(expected);
  });

  it('translates every sentence: no Spanish string equals its English one', () => {
    const texts = (messages: typeof english) => [
      messages.welcome,
      messages.intakeStart,
      messages.help,
      messages.reviewQuestion,
      messages.cancelled,
      messages.carryOn,
    ];
    const pairs = texts(spanish).map((text, index) => [text, texts(english)[index]]);
    for (const [es, en] of pairs) expect(es).not.toBe(en);
  });

  it('has its own command words for every command', () => {
    for (const [command, words] of Object.entries(spanish.commands)) {
      // A list of phrases, or the shorthand spelled out.
      expect(Object.keys(words).length, command).toBeGreaterThan(0);
    }
  });
});
