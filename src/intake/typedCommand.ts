import type { CaseField } from '../cases/caseDraft.js';
import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';
import { cancelSaidWithMore } from './cancelSaidWithMore.js';
import { fieldNamedIn } from './fieldNamedIn.js';
import { foldedSentence } from './foldedWords.js';
import type { Command } from './intakeReply.js';
import { withoutLeading } from './leadingWords.js';
import { normalisedText } from './normalisedText.js';
import { spokenCommand } from './spokenCommand.js';
import { unquoted } from './unquoted.js';
import { waitSaidWithMore } from './waitSaidWithMore.js';

/** A command typed at any question: a word of the catalog, or "change the phone to …". */
export type TypedCommand =
  | { kind: 'command'; command: Command }
  /** A question about what is asked, or why: about the field it names, if it names one. */
  | { kind: 'question'; field?: CaseField }
  | {
      kind: 'change';
      field: CaseField;
      value: string;
      onlyWhenValueReads?: boolean;
      notWhereFreeTextIsAsked?: boolean;
    };

/** A message of question marks alone ("?", "??"): what now? */
const questionMarksAlone = /^\s*[?¿][\s?¿]*$/;

/**
 * Recognises an intake-wide command in typed text: the form button's label, a question mark
 * alone (help), a command in the catalog's phrases with asides and courtesy ("help pls", "wait,
 * go back one", "what have you got so far?"), a cancel said with more ("it works now. nvm
 * cancel", "nah don't create it, I'll call the helpdesk"), or "change the phone to …", also
 * after words that only lead into it ("can you change …", "yes but change …", "¿puedes cambiar
 * …?").
 */
export function typedCommand(text: string, messages: Messages): TypedCommand | undefined {
  if (normalisedText(text) === normalisedText(messages.useFormButton))
    return { kind: 'command', command: 'useForm' };
  if (questionMarksAlone.test(text)) return { kind: 'command', command: 'help' };
  const command = spokenCommand(text, messages);
  if (command) return { kind: 'command', command };
  const question = questionAsked(text, messages);
  if (question) return question;
  if (cancelSaidWithMore(text, messages)) return { kind: 'command', command: 'cancel' };
  if (waitSaidWithMore(text, messages)) return { kind: 'command', command: 'wait' };
  const typed = text.trim();
  const led = withoutLeading(typed.replace(/^[¿¡]+/u, ''), leadInsOf(messages.commands));
  return changeIn(typed, messages) ?? (led !== typed ? changeIn(led, messages) : undefined);
}

/** The longest message read as a question about the question asked: a longer one says more. */
const longestHelpQuestion = 80;

/**
 * A short question about the bot ("what is this bot for?": help) or about what it asks ("what
 * do u mean by due date", "es obligatorio el correo?": about the field named, if one is).
 */
function questionAsked(text: string, messages: Messages): TypedCommand | undefined {
  if (text.length > longestHelpQuestion) return undefined;
  const words = foldedSentence(text, messages.commands.shorthand);
  if (messages.botQuestion.test(words)) return { kind: 'command', command: 'help' };
  return messages.helpQuestion.test(words)
    ? { kind: 'question', field: fieldNamedIn(text, messages) }
    : undefined;
}

/** "change the phone to …" and the other ways to change a field, said from the first word. */
function changeIn(text: string, messages: Messages): TypedCommand | undefined {
  for (const { pattern, field: named, ...when } of messages.changePatterns) {
    const groups = pattern.exec(text)?.groups;
    if (!groups?.value) continue;
    // "fix the printer to …" is an answer, not a command: only a field's words count.
    const field = named ?? fieldNamedIn(groups.field ?? '', messages);
    if (field) return { kind: 'change', field, value: unquoted(groups.value), ...when };
  }
  return undefined;
}

/** What may come before a change ("can you", "yes but", "pls"), as one list. */
const leadInsOf = perCatalog((commands: Messages['commands']): readonly string[] => [
  ...commands.asides,
  ...commands.please,
  ...commands.yes,
]);
