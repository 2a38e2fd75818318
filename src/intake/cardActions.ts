import { caseFields } from '../cases/caseDraft.js';
import type { Choice } from './intakeChoices.js';

/**
 * What a card button submits as `intakeAction`: a choice of the question it came with, the
 * filled-in form (`form`), or the request for the form (`useForm`).
 */
export type CardAction = Choice | 'form' | 'useForm';

const cardActions: ReadonlySet<string> = new Set<CardAction>([
  'yes',
  'no',
  'edit',
  'cancel',
  'help',
  'tryAgain',
  'form',
  'useForm',
  ...caseFields,
]);

/** The data of a card button that submits `action`. */
export function cardActionData(action: CardAction): { intakeAction: CardAction } {
  return { intakeAction: action };
}

/** Whether a message is the submit of an intake card button, known or not (a stale card). */
export function isCardSubmit(value: unknown): boolean {
  return intakeActionOf(value) !== undefined;
}

/** The action a card submit carries, if it carries one this bot knows. */
export function pressedCardAction(value: unknown): CardAction | undefined {
  const pressed = intakeActionOf(value);
  return typeof pressed === 'string' && isCardAction(pressed) ? pressed : undefined;
}

function isCardAction(name: string): name is CardAction {
  return cardActions.has(name);
}

function intakeActionOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? (value as { intakeAction?: unknown }).intakeAction
    : undefined;
}
