import type { Activity } from 'botbuilder';
import { type CaseField, caseFields } from '../cases/caseDraft.js';
import type { CaseFormValues } from '../cases/caseForm.js';
import type { Messages } from '../messages/messages.js';
import { normalisedText } from './normalisedText.js';

/** Something the user can say at any point of the intake, whatever the question was. */
export type IntakeCommand =
  | { kind: 'cancel' | 'help' | 'back' | 'startOver' | 'status' | 'useForm' }
  | { kind: 'formSubmit'; values: CaseFormValues }
  | { kind: 'change'; field: CaseField; text: string };

const simpleCommands = ['cancel', 'help', 'back', 'startOver', 'status', 'useForm'] as const;

/**
 * Recognises an intake-wide command: a card submit (`{ intakeAction: 'form' | 'cancel' |
 * 'useForm' }`), a command phrase of the catalog ("back", "what have I entered?"), or
 * "change the phone to …".
 */
export function recognizeCommand(
  activity: Partial<Activity>,
  messages: Messages,
): IntakeCommand | undefined {
  const submitted = activity.value as ({ intakeAction?: unknown } & CaseFormValues) | undefined;
  if (submitted?.intakeAction === 'form') return { kind: 'formSubmit', values: submitted };
  if (submitted?.intakeAction === 'cancel') return { kind: 'cancel' };
  if (submitted?.intakeAction === 'useForm') return { kind: 'useForm' };
  if (typeof activity.text !== 'string') return undefined;
  const typed = normalisedText(activity.text);
  if (typed === normalisedText(messages.useFormButton)) return { kind: 'useForm' };
  const simple = simpleCommands.find((kind) => messages.commands[kind].includes(typed));
  if (simple) return { kind: simple };
  const change = messages.changePattern.exec(activity.text.trim());
  if (!change?.groups) return undefined;
  const fieldWords = normalisedText(change.groups.field ?? '');
  const field = caseFields.find((candidate) => messages.fieldWords[candidate].includes(fieldWords));
  // "fix the printer to …" is an answer, not a command: only the field words count.
  return field ? { kind: 'change', field, text: change.groups.value ?? '' } : undefined;
}
