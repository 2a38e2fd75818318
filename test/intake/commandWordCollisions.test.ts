import { describe, expect, it } from 'vitest';
import { choiceWording } from '../../src/intake/choiceWords.js';
import { choicesOf } from '../../src/intake/intakeChoices.js';
import type { Question } from '../../src/intake/intakeQuestion.js';
import { normalisedText } from '../../src/intake/normalisedText.js';
import { asksForStatus } from '../../src/intake/statusQuestion.js';
import { messagesFor } from '../../src/messages/catalog.js';
import type { Messages } from '../../src/messages/messages.js';
import { sampleDraft } from '../support/caseFixtures.js';

/** One question of each kind the user can answer. */
const questions: Question[] = [
  {
    kind: 'check',
    pending: {
      field: 'email',
      value: 'a@gmial.com',
      check: { kind: 'email_typo', suggestion: 'a@gmail.com' },
    },
  },
  { kind: 'knownEmail', email: 'ann@contoso.com' },
  { kind: 'field', field: 'name', offerForm: true },
  { kind: 'field', field: 'name', suggestion: 'Printer jams', offerForm: true },
  { kind: 'stuck', field: 'email' },
  { kind: 'summary', draft: sampleDraft },
  { kind: 'whichField' },
  { kind: 'cancel' },
  { kind: 'retry' },
];

const wordCommands = ['cancel', 'help', 'back', 'startOver', 'status', 'useForm'] as const;

/**
 * Every phrase that does something at `question`, with what it does: the intake-wide commands
 * (not heard at "really cancel?") and the question's choices, by label and by word. A choice
 * and a command of the same name are one action ("cancel", "help").
 */
function actionsByPhrase(question: Question, messages: Messages): Map<string, Set<string>> {
  const byPhrase = new Map<string, Set<string>>();
  const add = (phrase: string, action: string) => {
    const key = normalisedText(phrase);
    byPhrase.set(key, (byPhrase.get(key) ?? new Set()).add(action));
  };
  if (question.kind !== 'cancel') {
    for (const command of wordCommands)
      for (const word of messages.commands[command]) add(word, command);
    add(messages.useFormButton, 'useForm');
  }
  for (const choice of choicesOf(question)) {
    const { label, words } = choiceWording(choice, question, messages);
    add(label, choice);
    for (const word of words) add(word, choice);
  }
  return byPhrase;
}

describe.each(['en', 'es'])('command and choice words in %s', (language) => {
  const messages = messagesFor(language);

  it.each(questions.map((question) => [question.kind, question] as const))(
    'no phrase does two things at the %s question',
    (_kind, question) => {
      const clashes = [...actionsByPhrase(question, messages)]
        .filter(([, actions]) => actions.size > 1)
        .map(([phrase, actions]) => `${phrase} → ${[...actions].join(' / ')}`);
      expect(clashes).toEqual([]);
    },
  );

  it.each(questions.map((question) => [question.kind, question] as const))(
    'no phrase of another action is heard as a status question at the %s question',
    (_kind, question) => {
      const heardAsStatus = [...actionsByPhrase(question, messages)]
        .filter(([phrase, actions]) => !actions.has('status') && asksForStatus(phrase, messages))
        .map(([phrase, actions]) => `${phrase} → ${[...actions].join(' / ')}`);
      expect(heardAsStatus).toEqual([]);
    },
  );

  it('no status aside is a status question, or a command, on its own', () => {
    const { statusAsides } = messages.commands;
    const intakeWide = wordCommands.flatMap((command) => messages.commands[command]);
    expect(statusAsides.filter((aside) => asksForStatus(aside, messages))).toEqual([]);
    expect(statusAsides.filter((aside) => intakeWide.includes(aside))).toEqual([]);
  });

  it('no phrase both escalates and closes, or does something else, when no intake runs', () => {
    const { escalate, thanks, yes, no } = messages.commands;
    const intakeWide = wordCommands.flatMap((command) => messages.commands[command]);
    const closing = [...thanks, ...yes, ...no];
    expect(escalate.filter((word) => intakeWide.includes(word) || closing.includes(word))).toEqual(
      [],
    );
    expect(closing.filter((word) => messages.commands.useForm.includes(word))).toEqual([]);
  });

  it('finds a clash when there is one (the check itself works)', () => {
    const clashing = {
      ...messages,
      commands: {
        ...messages.commands,
        edit: [...messages.commands.edit, messages.commands.yes[0] ?? ''],
      },
    };
    const summary = questions.find((question) => question.kind === 'summary');
    if (!summary) throw new Error('no summary question');
    const clashes = [...actionsByPhrase(summary, clashing)].filter(
      ([, actions]) => actions.size > 1,
    );
    expect(clashes.length).toBeGreaterThan(0);
  });
});
