import { readAnswer } from '../cases/messageUnderstanding.js';
import type { Messages } from '../messages/messages.js';
import { fieldNamedIn, holdsWords } from './fieldNamedIn.js';
import type { Reply } from './intakeReply.js';
import { normalisedText } from './normalisedText.js';
import type { ReplyContext } from './replyReading.js';

/** The fields whose values are told apart by their form alone: an "@", a phone number. */
const selfEvidentFields = ['email', 'phone'] as const;

/**
 * What a message at the summary that is none of its choices still says:
 * - a field named with what is wrong with it ("the e-mail is wrong", "wait, fix the phone", "el
 *   correo está mal"): that field, to edit;
 * - a new e-mail address or phone number alone ("ann.lee@contoso.com", "my number is 07400
 *   123456"), which can only be that field's: the change.
 * Undefined for anything else.
 */
export function summaryReply(text: string, { messages, parse }: ReplyContext): Reply | undefined {
  const field = fieldNamedIn(text, messages);
  if (field && saysValueIsWrong(text, messages)) return { kind: 'choice', choice: field };
  for (const typed of selfEvidentFields) {
    const { answer, extras } = readAnswer(typed, text, parse);
    if (answer.ok && Object.keys(extras).length === 0)
      return { kind: 'change', field: typed, readings: { [typed]: answer.value } };
  }
  return undefined;
}

/** Whether a text says a value is wrong or to be changed ("wrong", "fix", "está mal"). */
export function saysValueIsWrong(text: string, messages: Messages): boolean {
  const typed = normalisedText(text);
  return messages.commands.wrongValue.some((words) => holdsWords(typed, words));
}
