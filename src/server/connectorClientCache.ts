import type { ConnectorClient, ConnectorFactory } from 'botframework-connector';

/** Channel services a bot talks to are a handful (Teams' regions, Web Chat); beyond, the oldest go. */
const maxClients = 64;

/**
 * Keeps the connector clients botbuilder makes for each turn. `CloudAdapter` builds a new
 * `ConnectorClient` (an Azure `ServiceClient` and its whole request pipeline) for every activity,
 * even one answered in the HTTP response: a twentieth of a turn's CPU. A client depends only on
 * the bot's app id, the channel service and the token audience, and renews its own tokens, so one
 * per such triple serves every turn (as botbuilder's older `BotFrameworkAdapter` did).
 */
export function createConnectorClientCache() {
  const clients = new Map<string, Promise<ConnectorClient>>();
  return {
    /** A factory that hands out the kept client for `appId`, making it with `factory` once. */
    sharing(factory: ConnectorFactory, appId: string | undefined): ConnectorFactory {
      return {
        create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
          const key = JSON.stringify([appId ?? '', serviceUrl, audience ?? '']);
          const kept = clients.get(key);
          if (kept) return kept;
          const made = factory.create(serviceUrl, audience);
          // A client that could not be made is not kept: the next turn tries again.
          made.catch(() => clients.delete(key));
          if (clients.size >= maxClients) {
            const oldest = clients.keys().next().value;
            if (oldest !== undefined) clients.delete(oldest);
          }
          clients.set(key, made);
          return made;
        },
      };
    },
  };
}
