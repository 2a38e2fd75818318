import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { CaseApiAuth } from './caseApiSettings.js';

/** Supplies the value of the `auth` header for each request. */
export interface AuthTokenSource {
  token(): Promise<string>;
  /**
   * The API refused `jwt` (401/403): forget it, so the next request carries a fresh one.
   * Returns whether a fresh token can differ, i.e. whether sending again may help.
   */
  refused(jwt: string): boolean;
}

/** How long a minted token is valid; well within the platform's one-hour limit. */
export const tokenLifetimeSeconds = 300;
/** A cached token is replaced this long before it expires, so none is sent about to lapse. */
const renewBeforeExpirySeconds = 30;

/**
 * The `auth` JWT source. A client id and secret mint HS256 tokens with `appId`, `iat`, `exp`
 * and a unique `jti`, reused until shortly before expiry, or fresh for every request when the
 * tenant enforces single-use JTIs; a refused one is dropped at once (a clock set wrong, a secret
 * rotated) rather than sent until it expires. A ready-made token is passed through as it is.
 */
export function createAuthTokenSource(
  auth: CaseApiAuth,
  clock: () => number = Date.now,
): AuthTokenSource {
  // A ready-made token is all there is: a refused one stays refused until it is replaced.
  if (auth.kind === 'token') return { token: async () => auth.jwt, refused: () => false };
  const secret = new TextEncoder().encode(auth.clientSecret);
  let cached: { jwt: string; renewAt: number } | undefined;
  const mint = async () => {
    const issuedAt = Math.floor(clock() / 1000);
    const jwt = await new SignJWT({ appId: auth.clientId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(auth.clientId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + tokenLifetimeSeconds)
      .setJti(randomUUID())
      .sign(secret);
    return { jwt, renewAt: (issuedAt + tokenLifetimeSeconds - renewBeforeExpirySeconds) * 1000 };
  };
  return {
    async token() {
      if (auth.singleUseTokens) return (await mint()).jwt;
      if (!cached || clock() >= cached.renewAt) cached = await mint();
      return cached.jwt;
    },
    refused(jwt) {
      // Only the refused token is dropped: another request may have minted a newer one.
      if (cached?.jwt === jwt) cached = undefined;
      return true;
    },
  };
}
