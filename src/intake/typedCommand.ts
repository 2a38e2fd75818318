import type { CaseField } from '../cases/caseDraft.js';
import type { Messages } from '../messages/messages.js';
import { fieldNamedIn } from './fieldNamedIn.js';
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
  const field = fieldNamedIn(change.groups.field ?? '', messages);
  // "fix the printer to …" is an answer, not a command: only a field's words count.
  return field ? { kind: 'change', field, value: change.groups.value ?? '' } : undefined;
}
