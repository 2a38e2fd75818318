import { TeamsInfo, type TurnContext } from 'botbuilder';
import { parseEmailAddress } from '../cases/emailAddress.js';
import type { Logger } from '../logging/logger.js';

/**
 * The e-mail Teams has for a member of the conversation (`TeamsInfo.getMember`), checked, or
 * undefined off Teams or when the lookup fails (a missing permission must not stop the intake).
 */
export async function teamsMemberEmail(
  context: TurnContext,
  userId: string | undefined,
  logger?: Logger,
): Promise<string | undefined> {
  if (context.activity.channelId !== 'msteams' || !userId) return undefined;
  try {
    const member = await TeamsInfo.getMember(context, userId);
    const email = member.email ?? member.userPrincipalName;
    const parsed = email ? parseEmailAddress(email) : undefined;
    return parsed?.ok ? parsed.value : undefined;
  } catch (error) {
    logger?.warn(
      { error: error instanceof Error ? error.name : 'error' },
      'Teams member lookup failed',
    );
    return undefined;
  }
}
