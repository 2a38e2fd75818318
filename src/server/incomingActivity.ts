import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { isLoopbackUrl } from './loopbackUrl.js';

const account = z.looseObject({ id: z.string().min(1) });
/** An entity; a mention must say whom it mentions (botbuilder reads `mentioned.id`). */
const entity = z
  .looseObject({ type: z.string() })
  .refine(
    (item) => item.type !== 'mention' || account.safeParse(item.mentioned).success,
    'a mention must name whom it mentions',
  );
/** Invokes whose handlers read their value as an object. */
const invokesWithValue = new Set([
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
  'adaptiveCard/action',
]);
/** Teams events whose handlers switch on `channelData.eventType`. */
const teamsEventsWithChannelData = new Set([
  'messageUpdate',
  'messageDelete',
  'conversationUpdate',
]);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isoTimestamp = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date');

/**
 * What the bot requires of an activity before handing it to the adapter, which would otherwise
 * answer a malformed body with a 500 and its raw error text. Unknown fields pass through.
 */
const incomingActivitySchema = z
  .looseObject({
    type: z.string().min(1),
    channelId: z.string().min(1),
    from: account,
    conversation: account,
    recipient: account,
    serviceUrl: z.url({ protocol: /^https?$/ }).optional(),
    deliveryMode: z.string().optional(),
    text: z.string().optional(),
    locale: z.string().optional(),
    localTimezone: z.string().optional(),
    timestamp: isoTimestamp.optional(),
    localTimestamp: isoTimestamp.optional(),
    expiration: isoTimestamp.optional(),
    entities: z.array(entity).optional(),
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
    channelData: z.looseObject({}).optional(),
  })
  .refine((activity) => activity.serviceUrl || activity.deliveryMode === 'expectReplies', {
    path: ['serviceUrl'],
    message: 'is required unless deliveryMode is expectReplies',
  })
  .refine(
    (activity) =>
      activity.type !== 'invoke' ||
      !invokesWithValue.has(String(activity.name)) ||
      (isObject(activity.value) &&
        (activity.name !== 'adaptiveCard/action' || isObject(activity.value.action))),
    { path: ['value'], message: 'must be an object for this invoke' },
  )
  .refine(
    (activity) =>
      activity.channelId !== 'msteams' ||
      !teamsEventsWithChannelData.has(activity.type) ||
      activity.channelData !== undefined,
    { path: ['channelData'], message: 'is required for this Teams event' },
  );

/**
 * In anonymous (local) mode nobody is authenticated, so replies go back in the HTTP response
 * (expectReplies) or to this machine: the bot never posts to a host an anonymous caller names.
 */
const localActivitySchema = incomingActivitySchema.refine(
  (activity) => activity.serviceUrl === undefined || isLoopbackUrl(activity.serviceUrl),
  {
    path: ['serviceUrl'],
    message: 'must be a loopback URL in local mode (or omit it and use expectReplies)',
  },
);

/**
 * The first problem with a request body as an activity, or undefined when it is acceptable.
 * `anonymous` is local mode, where a serviceUrl must point at this machine.
 */
export function activityProblem(
  body: unknown,
  { anonymous }: { anonymous: boolean },
): string | undefined {
  const parsed = (anonymous ? localActivitySchema : incomingActivitySchema).safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid activity';
}

/**
 * An accepted body as botbuilder's Activity: its timestamps become Dates and the text as sent is
 * kept beside them (rawTimestamp…), as botbuilder's own request handling does.
 */
export function asActivity(body: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...body };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = body[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}
