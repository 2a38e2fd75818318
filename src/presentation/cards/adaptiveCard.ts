import { type Attachment, CardFactory } from 'botbuilder';

/** The Adaptive Card schema version the bot writes; Teams renders 1.5 at most. */
const adaptiveCardVersion = '1.5';

/** An Adaptive Card attachment with the schema and version every card of the bot uses. */
export function adaptiveCard(body: unknown[], actions: unknown[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: adaptiveCardVersion,
    body,
    actions,
  });
}
