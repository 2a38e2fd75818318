import { annInTeams, teamsBot, teamsTenant } from './fakeTeamsService.js';
import { postActivity } from './postActivity.js';

/** A conversation as Teams names it. */
export interface TeamsConversation {
  id: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
}

/**
 * Posts Teams-shaped activities to the bot's real endpoint, as the Teams service would: channel
 * msteams, the fake service as serviceUrl, tenant, AAD ids and a clientInfo entity. Replies are
 * posted by the bot to the fake service; invoke responses come back in the HTTP response.
 */
export function teamsClient(botUrl: string, serviceUrl: string, timeZone = 'America/New_York') {
  return async function send(
    conversation: TeamsConversation,
    activity: Record<string, unknown>,
    from = annInTeams,
  ): Promise<{ status: number; body: unknown }> {
    const { status, text } = await postActivity(botUrl, {
      channelId: 'msteams',
      serviceUrl,
      from,
      recipient: teamsBot,
      conversation: { ...conversation, tenantId: teamsTenant.id },
      channelData: { tenant: teamsTenant },
      locale: 'en-US',
      entities: [{ type: 'clientInfo', locale: 'en-US', timezone: timeZone, platform: 'Web' }],
      ...activity,
    });
    return { status, body: text ? JSON.parse(text) : undefined };
  };
}
