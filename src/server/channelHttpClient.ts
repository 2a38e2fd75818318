import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { Agent, request } from 'undici';

/** The options botbuilder's connector clients (replies, proactive messages) are built with. */
export type ConnectorClientOptions = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]
>;
type ConnectorHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type ConnectorResponse = Awaited<ReturnType<ConnectorHttpClient['sendRequest']>>;
type ConnectorHeaders = ConnectorResponse['headers'];

/** The HTTP client the connector sends with, and how to release its connections. */
export interface ChannelHttpClient {
  httpClient: ConnectorHttpClient;
  close(): Promise<void>;
}

/**
 * The HTTP client behind every call to a channel service (replies, proactive messages): undici,
 * with connect, headers and body timeouts. botbuilder's own client has no timeout at all, so a
 * serviceUrl that accepts a connection and never answers would hold the turn, and the request
 * that carried it, for minutes. (The connector overwrites any request policy it is given, which
 * is why the bound is set on the client itself.)
 */
export function channelHttpClient(timeoutMs: number): ChannelHttpClient {
  const dispatcher = new Agent({
    connectTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  return {
    httpClient: {
      async sendRequest(outgoing) {
        const { body } = outgoing;
        if (body !== undefined && body !== null && typeof body !== 'string') {
          throw new TypeError('channel requests carry JSON text');
        }
        const response = await request(outgoing.url, {
          method: outgoing.method,
          headers: outgoing.headers.toJson({ preserveCase: true }),
          body: body ?? undefined,
          signal: outgoing.abortSignal as AbortSignal | undefined,
          dispatcher,
        });
        return {
          request: outgoing,
          status: response.statusCode,
          headers: headerCollection(response.headers),
          bodyAsText: await response.body.text(),
        };
      },
    },
    close: () => dispatcher.close(),
  };
}

/** A response's headers in the shape botbuilder's compatibility layer reads them. */
function headerCollection(
  received: Record<string, string | string[] | undefined>,
): ConnectorHeaders {
  const entries = new Map<string, { name: string; value: string }>();
  for (const [name, value] of Object.entries(received)) {
    if (value !== undefined) {
      entries.set(name.toLowerCase(), { name, value: [value].flat().join(', ') });
    }
  }
  const raw = () => Object.fromEntries([...entries.values()].map((e) => [e.name, e.value]));
  const collection: ConnectorHeaders = {
    set: (name, value) => {
      entries.set(name.toLowerCase(), { name, value: String(value) });
    },
    get: (name) => entries.get(name.toLowerCase())?.value,
    contains: (name) => entries.has(name.toLowerCase()),
    remove: (name) => entries.delete(name.toLowerCase()),
    rawHeaders: raw,
    headersArray: () => [...entries.values()],
    headerNames: () => [...entries.values()].map((entry) => entry.name),
    headerValues: () => [...entries.values()].map((entry) => entry.value),
    clone: () => headerCollection(raw()),
    toJson: (options) =>
      options?.preserveCase
        ? raw()
        : Object.fromEntries([...entries].map(([key, entry]) => [key, entry.value])),
  };
  return collection;
}
