import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { createAuthTokenSource, tokenLifetimeSeconds } from '../../src/caseApi/authToken.js';

const client = {
  kind: 'client',
  clientId: 'cs-1',
  clientSecret: 'secret',
  singleUseTokens: false,
} as const;

describe('the auth token source', () => {
  it('reuses a minted token until shortly before it expires, then mints a new one', async () => {
    let now = Date.parse('2026-11-28T12:00:00Z');
    const tokens = createAuthTokenSource(client, () => now);
    const first = await tokens.token();
    now += (tokenLifetimeSeconds - 31) * 1000;
    expect(await tokens.token()).toBe(first);
    now += 2_000;
    const renewed = await tokens.token();
    expect(renewed).not.toBe(first);
    expect(decodeJwt(renewed).iat).toBe(Math.floor(now / 1000));
    expect(decodeJwt(renewed)).toMatchObject({ appId: 'cs-1', sub: 'cs-1' });
  });

  it('mints a fresh token with a new jti for every request when tokens are single-use', async () => {
    const tokens = createAuthTokenSource({ ...client, singleUseTokens: true });
    const jtis = await Promise.all([tokens.token(), tokens.token(), tokens.token()]);
    expect(new Set(jtis.map((token) => decodeJwt(token).jti)).size).toBe(3);
  });

  it('drops a refused token at once, but not a newer one minted meanwhile', async () => {
    const tokens = createAuthTokenSource(client);
    const refused = await tokens.token();
    expect(tokens.refused(refused)).toBe(true);
    const fresh = await tokens.token();
    expect(fresh).not.toBe(refused);
    tokens.refused(refused);
    expect(await tokens.token()).toBe(fresh);
  });

  it('says a refused ready-made token cannot be replaced', () => {
    expect(
      createAuthTokenSource({ kind: 'token', jwt: 'given.jwt.value' }).refused('given.jwt.value'),
    ).toBe(false);
  });

  it('passes a ready-made token through unchanged', async () => {
    expect(await createAuthTokenSource({ kind: 'token', jwt: 'given.jwt.value' }).token()).toBe(
      'given.jwt.value',
    );
  });
});
