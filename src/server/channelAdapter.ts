import { type Activity, CloudAdapter, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, type BotFrameworkAuthentication } from 'botframework-connector';
import type { AuthenticatedCaller } from './channelAuthentication.js';
import { createConnectorClientCache } from './connectorClientCache.js';
import { sharingUserTokenClients } from './userTokenClientSharing.js';

/**
 * botbuilder's CloudAdapter, run for a caller the server has already authenticated. Its own
 * `process` would authenticate again, answer failures with a 500 carrying the error's text, and
 * write a stack trace to the console for every refused request. The connector clients its turns
 * use, and its user-token clients, are kept and shared (`createConnectorClientCache`,
 * `sharingUserTokenClients`) instead of built for every activity.
 */
export class ChannelAdapter extends CloudAdapter {
  private readonly connectors = createConnectorClientCache();

  constructor(authentication: BotFrameworkAuthentication) {
    super(sharingUserTokenClients(authentication));
  }

  /** Runs the turn for one activity; the result is the HTTP answer (expectReplies, invokes). */
  runTurn(
    caller: AuthenticatedCaller,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const identity = caller.claimsIdentity;
    // The bot's own app id, as botbuilder's connector factory takes it: audience, else appid.
    const appId =
      identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
      identity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
      undefined;
    const connectorFactory =
      caller.connectorFactory && this.connectors.sharing(caller.connectorFactory, appId);
    return this.processActivity({ ...caller, connectorFactory }, activity, logic);
  }
}
