import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1) });
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
    recipient: account.optional(),
    serviceUrl: z.url().optional(),
    deliveryMode: z.string().optional(),
    text: z.string().optional(),
    locale: z.string().optional(),
    localTimezone: z.string().optional(),
    timestamp: isoTimestamp.optional(),
    localTimestamp: isoTimestamp.optional(),
    expiration: isoTimestamp.optional(),
  })
  .refine((activity) => activity.serviceUrl || activity.deliveryMode === 'expectReplies', {
    path: ['serviceUrl'],
    message: 'is required unless deliveryMode is expectReplies',
  });

/** The first problem with a request body as an activity, or undefined when it is acceptable. */
export function activityProblem(body: unknown): string | undefined {
  const parsed = incomingActivitySchema.safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid activity';
}
