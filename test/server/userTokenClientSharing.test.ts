import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { botFrameworkAuthentication } from '../../src/server/botFrameworkAuthentication.js';
import { channelHttpClient } from '../../src/server/channelHttpClient.js';
import { sharingUserTokenClients } from '../../src/server/userTokenClientSharing.js';

const caller = (appId: string) =>
  new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);

/** botbuilder's real authentication, counting the user-token clients it is asked for. */
function countingAuthentication(failFor?: string) {
  const real = botFrameworkAuthentication({}, { channel: channelHttpClient(1_000) });
  const asked: string[] = [];
  const counting = Object.create(real);
  counting.createUserTokenClient = (identity: ClaimsIdentity) => {
    const appId = identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? '';
    asked.push(appId);
    if (appId === failFor) return Promise.reject(new Error('cannot make a client'));
    return real.createUserTokenClient(identity);
  };
  return { authentication: counting, asked };
}

describe('user-token clients kept across turns', () => {
  it('makes one per app id, and every later turn shares it', async () => {
    const { authentication, asked } = countingAuthentication();
    const shared = sharingUserTokenClients(authentication);
    const first = await shared.createUserTokenClient(caller('app'));
    expect(await shared.createUserTokenClient(caller('app'))).toBe(first);
    expect(await shared.createUserTokenClient(caller('other-app'))).not.toBe(first);
    expect(asked).toEqual(['app', 'other-app']);
  });

  it('does not keep a client it could not make', async () => {
    const { authentication, asked } = countingAuthentication('app');
    const shared = sharingUserTokenClients(authentication);
    await expect(shared.createUserTokenClient(caller('app'))).rejects.toThrow();
    await expect(shared.createUserTokenClient(caller('app'))).rejects.toThrow();
    expect(asked).toEqual(['app', 'app']);
  });

  it('leaves everything else to the authentication it wraps', async () => {
    const { authentication } = countingAuthentication();
    const shared = sharingUserTokenClients(authentication);
    const factory = shared.createConnectorFactory(caller('app'));
    expect(await factory.create('http://127.0.0.1:1/')).toBeDefined();
  });
});
