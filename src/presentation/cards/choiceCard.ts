import type { Attachment } from 'botbuilder';
import { type CardAction, cardActionData } from '../../intake/cardActions.js';
import { adaptiveCard } from './adaptiveCard.js';

/** A question with a button per choice; each submits `{ intakeAction }`. */
export function choiceCard(
  text: string,
  choices: readonly { action: CardAction; label: string }[],
): Attachment {
  return adaptiveCard(
    [{ type: 'TextBlock', text, wrap: true }],
    choices.map((choice) => ({
      type: 'Action.Submit',
      title: choice.label,
      data: cardActionData(choice.action),
    })),
  );
}
