import { ClaimsIdentity, type ConnectorFactory } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { botFrameworkAuthentication } from '../../src/server/botFrameworkAuthentication.js';
import { channelHttpClient } from '../../src/server/channelHttpClient.js';
import { createConnectorClientCache } from '../../src/server/connectorClientCache.js';

const authentication = botFrameworkAuthentication({}, { channel: channelHttpClient(1_000) });

/** botbuilder's own factory for one turn, counting the clients it is asked to make. */
function turnFactory(made: string[], failFor?: string): ConnectorFactory {
  const real = authentication.createConnectorFactory(new ClaimsIdentity([], true));
  return {
    create(serviceUrl: string, audience?: string) {
      made.push(serviceUrl);
      if (serviceUrl === failFor) return Promise.reject(new Error('cannot make a client'));
      return real.create(serviceUrl, audience);
    },
  };
}

describe('the connector clients kept across turns', () => {
  it('makes one client per channel service, and every later turn shares it', async () => {
    const cache = createConnectorClientCache();
    const made: string[] = [];
    const first = await cache.sharing(turnFactory(made), 'app').create('http://127.0.0.1:1/a');
    const again = await cache.sharing(turnFactory(made), 'app').create('http://127.0.0.1:1/a');
    const other = await cache.sharing(turnFactory(made), 'app').create('http://127.0.0.1:1/b');
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(made).toEqual(['http://127.0.0.1:1/a', 'http://127.0.0.1:1/b']);
  });

  it('keeps clients of different app ids and audiences apart', async () => {
    const cache = createConnectorClientCache();
    const made: string[] = [];
    const url = 'http://127.0.0.1:1/a';
    await cache.sharing(turnFactory(made), 'app').create(url);
    await cache.sharing(turnFactory(made), 'another-app').create(url);
    await cache.sharing(turnFactory(made), 'app').create(url, 'https://api.botframework.com');
    expect(made).toHaveLength(3);
  });

  it('does not keep a client it could not make', async () => {
    const cache = createConnectorClientCache();
    const made: string[] = [];
    const url = 'http://127.0.0.1:1/a';
    await expect(cache.sharing(turnFactory(made, url), 'app').create(url)).rejects.toThrow();
    await cache.sharing(turnFactory(made), 'app').create(url);
    expect(made).toEqual([url, url]);
  });

  it('keeps at most 64, forgetting the oldest first', async () => {
    const cache = createConnectorClientCache();
    const made: string[] = [];
    for (let n = 0; n <= 64; n += 1) {
      await cache.sharing(turnFactory(made), 'app').create(`http://127.0.0.1:1/${n}`);
    }
    await cache.sharing(turnFactory(made), 'app').create('http://127.0.0.1:1/64');
    expect(made).toHaveLength(65);
    await cache.sharing(turnFactory(made), 'app').create('http://127.0.0.1:1/0');
    expect(made).toHaveLength(66);
  });
});
