import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';

/** The app id the authenticated tests give the bot. */
export const testAppId = '00000000-0000-4000-8000-00000000b07a';

const channelIssuer = 'https://api.botframework.com';
/** An issuer the Bot Framework Emulator's tokens carry. */
const emulatorIssuer = 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/';

/**
 * Tokens an attacker can make without the channel's private key, each as an Authorization
 * header: every one of them must get a 401 (or a 503 when keys cannot be had), never a turn.
 */
export async function forgedAuthorizations() {
  const secret = new TextEncoder().encode('an attacker-chosen secret, long enough for HS256');
  const { privateKey } = await generateKeyPair('RS256');
  const claims = { serviceurl: 'http://127.0.0.1:9/' };
  const signed = (issuer: string, audience: string, expires: string | number = '1h') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'not-a-published-key' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(expires)
      .sign(privateKey);
  return {
    hs256: `Bearer ${await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(channelIssuer)
      .setAudience(testAppId)
      .setExpirationTime('1h')
      .sign(secret)}`,
    algNone: `Bearer ${new UnsecuredJWT(claims)
      .setIssuer(channelIssuer)
      .setAudience(testAppId)
      .setExpirationTime('1h')
      .encode()}`,
    otherAudience: `Bearer ${await signed(channelIssuer, 'some-other-bot')}`,
    expired: `Bearer ${await signed(channelIssuer, testAppId, Math.floor(Date.now() / 1000) - 3600)}`,
    notAJwt: 'Bearer hello',
    basic: 'Basic dXNlcjpwYXNz',
    empty: '',
    huge: `Bearer ${'a'.repeat(12_000)}.b.c`,
    /** Well-formed and for this bot, but signed with a key nobody published. */
    randomRsaKey: `Bearer ${await signed(channelIssuer, testAppId)}`,
    emulatorIssuer: `Bearer ${await signed(emulatorIssuer, testAppId)}`,
  };
}
