import type { CaseField } from '../cases/caseDraft.js';
import type { Messages } from '../messages/messages.js';
import { fieldNamedIn } from './fieldNamedIn.js';
import type { Command } from './intakeReply.js';
import { normalisedText } from './normalisedText.js';
import { asksForStatus } from './statusQuestion.js';

/** A command typed at any question: a word of the catalog, or "change the phone to …". */
export type TypedCommand =
  | { kind: 'command'; command: Command }
  | { kind: 'change'; field: CaseField; value: string; onlyWhenValueReads?: boolean };

const wordCommands = ['cancel', 'help', 'back', 'startOver', 'useForm'] as const;

/**
 * Recognises an intake-wide command in typed text: the form button's label, a command phrase of
 * the catalog ("back"), a status question in its words ("what have you got so far?"), or
 * "change the phone to …".
 */
export function typedCommand(text: string, messages: Messages): TypedCommand | undefined {
  const typed = normalisedText(text);
  if (typed === normalisedText(messages.useFormButton))
    return { kind: 'command', command: 'useForm' };
  const command = wordCommands.find((kind) => messages.commands[kind].includes(typed));
  if (command) return { kind: 'command', command };
  if (asksForStatus(text, messages)) return { kind: 'command', command: 'status' };
  for (const { pattern, field: named, onlyWhenValueReads } of messages.changePatterns) {
    const groups = pattern.exec(text.trim())?.groups;
    if (!groups?.value) continue;
    // "fix the printer to …" is an answer, not a command: only a field's words count.
    const field = named ?? fieldNamedIn(groups.field ?? '', messages);
    if (field) return { kind: 'change', field, value: groups.value, onlyWhenValueReads };
  }
  return undefined;
}
