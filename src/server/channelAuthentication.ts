import type { Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { decodeJwt, decodeProtectedHeader } from 'jose';

/** What botbuilder's authentication hands the adapter for a caller it accepted. */
export type AuthenticatedCaller = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/** Why a caller was turned away; each maps to one status and one log line. */
export type AuthenticationRefusal =
  | 'missing_token'
  | 'malformed_token'
  | 'unsupported_algorithm'
  | 'wrong_audience'
  | 'expired_token'
  | 'invalid_token'
  | 'signing_keys_unavailable';

/** The outcome of authenticating one request. */
export type AuthenticationOutcome =
  | { ok: true; caller: AuthenticatedCaller }
  | { ok: false; status: 401 | 503; refusal: AuthenticationRefusal };

/** How a channel's caller is authenticated. */
export interface ChannelAuthenticationOptions {
  /** The bot's Microsoft App id; empty means anonymous local mode. */
  appId?: string;
  /** How long checking a token may take, signing-key fetch included, before answering 503. */
  timeoutMs: number;
  clock: () => Date;
}

/** The algorithms Bot Framework channels sign with (botbuilder's AllowedSigningAlgorithms). */
const channelAlgorithms = new Set(['RS256', 'RS384', 'RS512']);
/** botbuilder's clock tolerance for token lifetimes. */
const clockToleranceSeconds = 300;
/** No real Bot Framework token comes near this; a longer header is not worth decoding. */
const maxTokenLength = 16_384;
const bearerToken = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

const refusal = (status: 401 | 503, why: AuthenticationRefusal): AuthenticationOutcome => ({
  ok: false,
  status,
  refusal: why,
});

/**
 * Authenticates a channel's request and fails closed, quickly. Tokens that cannot be genuine
 * (no token, not a JWT, a symmetric or "none" algorithm, another bot's audience, long expired)
 * are refused before botbuilder would fetch signing keys; the rest go to botbuilder, bounded by
 * a timeout, and a key fetch that fails or hangs is a 503, not a 500 with its error text.
 * In anonymous mode any caller is accepted and a token, if sent, is ignored.
 */
export function createChannelAuthenticator(
  authentication: ConfigurationBotFrameworkAuthentication,
  options: ChannelAuthenticationOptions,
) {
  return async function authenticate(
    activity: Activity,
    authorization: string | undefined,
  ): Promise<AuthenticationOutcome> {
    const header = options.appId ? (authorization ?? '') : '';
    if (options.appId) {
      const problem = tokenProblem(header, options.appId, options.clock());
      if (problem) return refusal(401, problem);
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timed_out'>((resolve) => {
      timer = setTimeout(() => resolve('timed_out'), options.timeoutMs);
    });
    try {
      const checked = await Promise.race([
        authentication.authenticateRequest(activity, header),
        timedOut,
      ]);
      if (checked === 'timed_out') return refusal(503, 'signing_keys_unavailable');
      return { ok: true, caller: checked };
    } catch (error) {
      // botbuilder's AuthenticationError carries 401 for a bad token and 500 when it could not
      // load the signing keys; a network error (the keys' host unreachable) carries nothing.
      return statusOf(error) === 401
        ? refusal(401, 'invalid_token')
        : refusal(503, 'signing_keys_unavailable');
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Why a bearer token cannot be one a channel issued to this bot, judged without any keys. */
function tokenProblem(header: string, appId: string, now: Date): AuthenticationRefusal | undefined {
  if (header === '') return 'missing_token';
  if (header.length > maxTokenLength) return 'malformed_token';
  const token = bearerToken.exec(header)?.[1];
  if (!token) return 'malformed_token';
  let algorithm: unknown;
  let claims: ReturnType<typeof decodeJwt>;
  try {
    algorithm = decodeProtectedHeader(token).alg;
    claims = decodeJwt(token);
  } catch {
    return 'malformed_token';
  }
  if (typeof algorithm !== 'string' || !channelAlgorithms.has(algorithm)) {
    return 'unsupported_algorithm';
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(appId)) return 'wrong_audience';
  const nowSeconds = now.getTime() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp + clockToleranceSeconds < nowSeconds) {
    return 'expired_token';
  }
  return undefined;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
