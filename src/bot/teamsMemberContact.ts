import { TeamsInfo, type TurnContext } from 'botbuilder';
import { parseEmailAddress } from '../cases/emailAddress.js';
import type { Logger } from '../logging/logger.js';

/** What the Teams member profile says about a person: display name and e-mail, checked. */
export interface TeamsMemberContact {
  name?: string;
  email?: string;
}

/**
 * The Teams member profile of a person in the conversation (`TeamsInfo.getMember`): empty off
 * Teams or when the lookup fails, since a missing permission must not stop the intake.
 */
export async function teamsMemberContact(
  context: TurnContext,
  userId: string | undefined,
  logger?: Logger,
): Promise<TeamsMemberContact> {
  if (context.activity.channelId !== 'msteams' || !userId) return {};
  try {
    const member = await TeamsInfo.getMember(context, userId);
    const email = member.email ?? member.userPrincipalName;
    const parsed = email ? parseEmailAddress(email) : undefined;
    return { name: member.name || undefined, email: parsed?.ok ? parsed.value : undefined };
  } catch (error) {
    logger?.warn(
      { error: error instanceof Error ? error.name : 'error' },
      'Teams member lookup failed',
    );
    return {};
  }
}
