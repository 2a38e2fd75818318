import type { TurnContext } from 'botbuilder';
import type { CaseUser } from '../cases/caseRequest.js';
import type { ConversationDefaults } from '../cases/conversationDefaults.js';
import type { DueDateRules } from '../cases/dueDate.js';
import { parseEmailAddress } from '../cases/emailAddress.js';
import type { FieldParseContext } from '../cases/fieldReading.js';
import { examplePhoneNumber } from '../cases/phoneNumber.js';
import { phoneRegionFor } from '../cases/phoneRegion.js';
import { type RecognitionCulture, recognitionCultureFor } from '../cases/recognitionCulture.js';
import { isTimeZoneName } from '../cases/timeZoneName.js';
import { messagesFor } from '../messages/catalog.js';
import type { FieldContext, Messages } from '../messages/messages.js';
import { supportsAdaptiveCards } from './channelCapabilities.js';

/** Defined in `cases`, so that `config` need not import the dialogs; re-exported for their users. */
export type { ConversationDefaults };

/** What the intake knows about the person it is talking to, read from the current activity. */
export interface ConversationContext {
  user: CaseUser;
  timeZone: string;
  phoneRegion: string;
  culture: RecognitionCulture;
  messages: Messages;
  /** What the catalog needs to word prompts and problems. */
  fieldContext: FieldContext;
  /** Whether replies may carry Adaptive Cards; otherwise plain text and suggested actions. */
  cards: boolean;
  /** An e-mail the channel knows for the user (Web Chat `channelData.email`), checked. */
  knownEmail?: string;
  dueDateRules?: Partial<DueDateRules>;
}

interface ClientInfoEntity {
  type?: string;
  timezone?: unknown;
}

/**
 * Reads the user, their zone, language and channel from the activity. The user's id is the AAD
 * object id where the channel gives one (Teams), so cases follow the person, not the channel.
 * The zone comes from `localTimezone`, else the Teams `clientInfo` entity, else the default.
 */
export function conversationContext(
  context: TurnContext,
  defaults: ConversationDefaults,
): ConversationContext {
  // Dialogs, prompts and the bot all ask within one turn; read the activity once.
  const cached = context.turnState.get(turnCacheKey) as
    | { defaults: ConversationDefaults; value: ConversationContext }
    | undefined;
  if (cached?.defaults === defaults) return cached.value;
  const value = readConversationContext(context, defaults);
  context.turnState.set(turnCacheKey, { defaults, value });
  return value;
}

const turnCacheKey = Symbol('conversationContext');

function readConversationContext(
  context: TurnContext,
  defaults: ConversationDefaults,
): ConversationContext {
  const { from, localTimezone, locale, entities, channelId, channelData } = context.activity;
  const clientZone = (entities as ClientInfoEntity[] | undefined)?.find(
    (entity) => entity.type === 'clientInfo',
  )?.timezone;
  const ownZone = [localTimezone, clientZone].find(
    (zone): zone is string => typeof zone === 'string' && isTimeZoneName(zone),
  );
  const timeZone = ownZone ?? defaults.timeZone;
  const offeredEmail = (channelData as { email?: unknown } | undefined)?.email;
  const knownEmail = typeof offeredEmail === 'string' ? parseEmailAddress(offeredEmail) : undefined;
  // The person's own zone tells their country where the locale does not; the default zone not.
  const phoneRegion = phoneRegionFor(locale, ownZone, defaults.phoneRegion);
  return {
    user: { _id: from.aadObjectId || from.id, name: from.name ?? '' },
    timeZone,
    phoneRegion,
    culture: recognitionCultureFor(locale),
    messages: messagesFor(locale),
    fieldContext: { timeZone, phoneRegion, phoneExample: examplePhoneNumber(phoneRegion) },
    cards: supportsAdaptiveCards(channelId),
    knownEmail: knownEmail?.ok ? knownEmail.value : undefined,
    dueDateRules: defaults.dueDateRules,
  };
}

/** What the domain's parsers need from a conversation at a given moment. */
export function parseContextOf(conversation: ConversationContext, now: Date): FieldParseContext {
  return {
    now,
    timeZone: conversation.timeZone,
    phoneRegion: conversation.phoneRegion,
    culture: conversation.culture,
    dueDateRules: conversation.dueDateRules,
  };
}
