import { type CaseField, caseFields } from '../cases/caseDraft.js';
import type { Messages } from '../messages/messages.js';
import type { Command } from './intakeReply.js';
import { normalisedText } from './normalisedText.js';

/** A command typed at any question: a word of the catalog, or "change the phone to …". */
export type TypedCommand =
  | { kind: 'command'; command: Command }
  | { kind: 'change'; field: CaseField; value: string };

const wordCommands = ['cancel', 'help', 'back', 'startOver', 'status', 'useForm'] as const;

/**
 * Recognises an intake-wide command in typed text: the form button's label, a command phrase of
 * the catalog ("back", "what have I entered?"), or "change the phone to …".
 */
export function typedCommand(text: string, messages: Messages): TypedCommand | undefined {
  const typed = normalisedText(text);
  if (typed === normalisedText(messages.useFormButton))
    return { kind: 'command', command: 'useForm' };
  const command = wordCommands.find((kind) => messages.commands[kind].includes(typed));
  if (command) return { kind: 'command', command };
  const change = messages.changePattern.exec(text.trim());
  if (!change?.groups) return undefined;
  const fieldWords = normalisedText(change.groups.field ?? '');
  const field = caseFields.find((candidate) => messages.fieldWords[candidate].includes(fieldWords));
  // "fix the printer to …" is an answer, not a command: only the field words count.
  return field ? { kind: 'change', field, value: change.groups.value ?? '' } : undefined;
}
