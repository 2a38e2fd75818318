import { describe, expect, it } from 'vitest';
import type { CaseReceipt } from '../../src/cases/caseReceipt.js';
import { english } from '../../src/messages/en/catalog.js';
import { spanish } from '../../src/messages/es/catalog.js';
import type { FieldContext, Messages } from '../../src/messages/messages.js';
import { markupTags, renderLikeWebChat, visibleText } from '../support/webChatMarkdown.js';

const hostile = '![x](https://evil.example/p.png) [click](https://evil.example) <img src=x> **b**';
const berlin: FieldContext = {
  timeZone: 'Europe/Berlin',
  phoneRegion: 'DE',
  phoneExample: { international: '+49 30 123456', national: '030 123456' },
};

/** Every catalog sentence that carries a value we did not write, given a hostile one. */
const sentencesWith = (messages: Messages, value: string): [string, string][] => {
  const receipt: CaseReceipt = {
    caseId: 'ci-1',
    refId: value,
    status: value,
    assignment: { kind: 'agent', name: value },
    dueDate: '2027-03-15T13:00:00.000Z',
  };
  return [
    ['namePromptWithSuggestion', messages.namePromptWithSuggestion(value)],
    ['editPrompt', messages.editPrompt(messages.fieldLabel.name, value)],
    ['emailTypoQuestion', messages.emailTypoQuestion(value)],
    ['knownEmailQuestion', messages.knownEmailQuestion(value)],
    ['changed', messages.changed(messages.fieldLabel.name, value)],
    ['caseCreated', messages.caseCreated(receipt, 'Mon 15 Mar')],
    [
      'caseCreated in a queue',
      messages.caseCreated({ ...receipt, assignment: { kind: 'queue', name: value } }, 'X'),
    ],
    ['alreadySubmitted', messages.alreadySubmitted(value)],
    ['resultTitle', messages.cards.resultTitle(value)],
    ['queueName', messages.cards.queueName(value)],
  ];
};

describe.each([
  ['English', english],
  ['Spanish', spanish],
])('the %s catalog', (_language, messages) => {
  it.each(sentencesWith(messages, hostile))(
    'shows the value in %s as text, never as markup',
    (_sentence, text) => {
      const html = renderLikeWebChat(text);
      expect(markupTags(html)).toEqual([]);
      expect(visibleText(html)).toContain(
        '![x](https://evil.example/p.png) [click](https://evil.example) <img src=x> **b**',
      );
    },
  );

  it('says why an e-mail address is too long, with the RFC limits', () => {
    const hint = messages.fieldProblem.email('too_long', berlin);
    expect(hint).toMatch(/254/);
    expect(hint).toMatch(/64/);
    expect(hint).not.toBe(messages.fieldProblem.email('malformed', berlin));
  });

  it('tells an address with no ending (".com") apart from one with no domain', () => {
    const hint = messages.fieldProblem.email('missing_top_level_domain', berlin);
    expect(hint).toMatch(/\.com/);
    expect(hint).not.toBe(messages.fieldProblem.email('missing_domain', berlin));
  });

  it('words a refusal by the case system itself, quoting nothing from it', () => {
    const text = messages.submitFailed({ kind: 'rejected', status: 400 });
    expect(text).not.toMatch(/"/);
    expect(text).toMatch(/nothing was created|no se ha creado nada/);
  });
});

describe('the e-mail length hint', () => {
  it('is worded in each language', () => {
    expect(english.fieldProblem.email('too_long', berlin)).toBe(
      'That address is too long: an e-mail address can have at most 254 characters, and at most 64 before the "@". Please check it, or give a shorter one.',
    );
    expect(spanish.fieldProblem.email('too_long', berlin)).toBe(
      'Esa dirección es demasiado larga: una dirección de correo puede tener como máximo 254 caracteres, y como máximo 64 antes de la "@". Revísala o indica una más corta.',
    );
  });
});
