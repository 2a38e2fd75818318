import {
  AuthenticationConstants,
  type BotFrameworkAuthentication,
  type ClaimsIdentity,
  type UserTokenClient,
} from 'botframework-connector';

/** App ids a bot answers for are one or a few; beyond this many, the kept clients start over. */
const maxClients = 16;

/**
 * The authentication, with one user-token client per app id instead of one per activity.
 * `CloudAdapter` asks for a `UserTokenClient` (an Azure `ServiceClient` and its whole request
 * pipeline) on every activity, though a turn of this bot never uses one: about a twentieth of a
 * turn's CPU. The client depends only on the app id and its credentials, which renew their own
 * tokens, so one per app id serves every turn. Everything else is the authentication's own.
 */
export function sharingUserTokenClients(
  authentication: BotFrameworkAuthentication,
): BotFrameworkAuthentication {
  const clients = new Map<string, Promise<UserTokenClient>>();
  const shared: BotFrameworkAuthentication = Object.create(authentication);
  shared.createUserTokenClient = (identity: ClaimsIdentity) => {
    const appId =
      identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
      identity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
      '';
    const kept = clients.get(appId);
    if (kept) return kept;
    if (clients.size >= maxClients) clients.clear();
    const made = authentication.createUserTokenClient(identity);
    // A client that could not be made is not kept: the next turn tries again.
    made.catch(() => clients.delete(appId));
    clients.set(appId, made);
    return made;
  };
  return shared;
}
