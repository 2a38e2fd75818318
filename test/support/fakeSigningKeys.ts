import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** How the fake key service answers: with keys, with 503, or never. */
export type SigningKeysMode = 'serving' | 'down' | 'hanging';

/**
 * A loopback stand-in for the service that publishes Bot Framework's token signing keys (OpenID
 * metadata and JWKS), so tests can sign genuine channel tokens and play an unreachable service
 * without any traffic leaving the machine.
 */
export async function startFakeSigningKeys() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwk = {
    ...(await exportJWK(publicKey)),
    kid,
    use: 'sig',
    endorsements: ['msteams', 'emulator'],
  };
  let mode: SigningKeysMode = 'serving';
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    if (mode === 'hanging') {
      hanging.add(res);
      return;
    }
    if (mode === 'down') {
      res.statusCode = 503;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    if (req.url === '/keys') res.end(JSON.stringify({ keys: [jwk] }));
    else
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${url}/keys` }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    /** The OpenID metadata URL to configure the bot with. */
    metadataUrl: `${url}/.well-known/openid-configuration`,
    setMode(next: SigningKeysMode) {
      mode = next;
    },
    /** A token as a channel would send it, signed with the published key. */
    channelToken(claims: { aud: string; serviceUrl?: string; expiresIn?: string }) {
      return new SignJWT({ serviceurl: claims.serviceUrl })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer('https://api.botframework.com')
        .setAudience(claims.aud)
        .setIssuedAt()
        .setNotBefore('0s')
        .setExpirationTime(claims.expiresIn ?? '1h')
        .sign(privateKey);
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.close();
      server.closeAllConnections();
    },
  };
}
