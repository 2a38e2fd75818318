import type { TurnContext } from 'botbuilder';
import { IANAZone } from 'luxon';
import type { CaseUser } from '../cases/caseRequest.js';
import { messagesFor } from '../messages/catalog.js';
import type { Messages } from '../messages/messages.js';

/** Deployment-wide fallbacks for what a channel may not tell about its user. */
export interface ConversationDefaults {
  /** IANA zone used when the channel sends no `localTimezone`. */
  timeZone: string;
  /** Country used for phone numbers written without a country code. */
  phoneRegion: string;
}

/** What the intake knows about the person it is talking to, read from the current activity. */
export interface ConversationContext {
  user: CaseUser;
  timeZone: string;
  phoneRegion: string;
  messages: Messages;
}

/**
 * Reads the user, their zone and their language from the activity. The user's id is the AAD
 * object id where the channel gives one (Teams), so cases follow the person, not the channel.
 */
export function conversationContext(
  context: TurnContext,
  defaults: ConversationDefaults,
): ConversationContext {
  const { from, localTimezone, locale } = context.activity;
  return {
    user: { _id: from.aadObjectId || from.id, name: from.name ?? '' },
    timeZone:
      localTimezone && IANAZone.isValidZone(localTimezone) ? localTimezone : defaults.timeZone,
    phoneRegion: defaults.phoneRegion,
    messages: messagesFor(locale),
  };
}
