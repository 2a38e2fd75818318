import { describe, expect, it } from 'vitest';
import { choiceWording } from '../../src/intake/choiceWords.js';
import { foldedPhrase } from '../../src/intake/foldedWords.js';
import { choicesOf } from '../../src/intake/intakeChoices.js';
import type { Question } from '../../src/intake/intakeQuestion.js';
import { spokenCommand } from '../../src/intake/spokenCommand.js';
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
  { kind: 'whichField', draft: sampleDraft },
  { kind: 'cancel' },
  { kind: 'retry' },
];

const wordCommands = ['cancel', 'help', 'back', 'startOver', 'status', 'useForm'] as const;

/**
 * Every phrase that does something at `question`, with what it does: the intake-wide commands
 * (not heard at "really cancel?"; a refusal of the case is a cancel) and the question's choices,
 * by label and by word, as they are compared (accents, apostrophes and punctuation aside). A
 * choice and a command of the same name are one action ("cancel", "help").
 */
function actionsByPhrase(question: Question, messages: Messages): Map<string, Set<string>> {
  const byPhrase = new Map<string, Set<string>>();
  const add = (phrase: string, action: string) => {
    const key = foldedPhrase(phrase);
    byPhrase.set(key, (byPhrase.get(key) ?? new Set()).add(action));
  };
  if (question.kind !== 'cancel') {
    for (const command of wordCommands)
      for (const word of messages.commands[command]) add(word, command);
    for (const word of messages.commands.refuseCase) add(word, 'cancel');
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
    'no phrase of one action is heard as another command, with asides, at the %s question',
    (_kind, question) => {
      const heardAsAnother = [...actionsByPhrase(question, messages)]
        .map(([phrase, actions]) => [phrase, actions, spokenCommand(phrase, messages)] as const)
        .filter(([, actions, command]) => command !== undefined && !actions.has(command))
        .map(([phrase, actions, command]) => `${phrase} → ${[...actions].join(' / ')}, ${command}`);
      expect(heardAsAnother).toEqual([]);
    },
  );

  it('no aside is a command on its own, or one of its phrases', () => {
    const { asides } = messages.commands;
    const intakeWide = wordCommands.flatMap((command) => messages.commands[command]);
    expect(asides.filter((aside) => spokenCommand(aside, messages) !== undefined)).toEqual([]);
    expect(asides.filter((aside) => intakeWide.includes(aside))).toEqual([]);
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
