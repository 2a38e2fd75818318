import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { english } from '../../src/messages/en/catalog.js';
import { spanish } from '../../src/messages/es/catalog.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { recordingLogger } from '../support/recordingLogger.js';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const credentials = {
  MicrosoftAppId: 'app-id',
  MicrosoftAppPassword: 'secret',
  KORE_SANDBOX: 'true',
};

async function get(environment: Record<string, string>, path: string) {
  bot = await startBot(
    loadConfig({ PORT: '0', STORAGE: 'memory', ...environment }),
    recordingLogger(),
  );
  const response = await fetch(`${bot.url}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

describe('the local Web Chat page', () => {
  it('is served in local mode, with Web Chat from node_modules and the sandbox flag', async () => {
    const page = await get({}, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/webchat/webchat.js"></script>');
    expect(page.body).not.toMatch(/https?:\/\//);
    const bundle = await fetch(`${bot?.url}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
    expect(await (await fetch(`${bot?.url}/chat-config.json`)).json()).toEqual({
      sandbox: true,
      texts: english.webChatPage,
    });
  });

  it('gives the page its texts in the language of the locale it asks with, English by default', async () => {
    await get({}, '/');
    const texts = async (query: string) => {
      const config = (await (await fetch(`${bot?.url}/chat-config.json${query}`)).json()) as {
        texts: unknown;
      };
      return config.texts;
    };
    expect(await texts('?locale=es-ES')).toEqual(spanish.webChatPage);
    expect(await texts('?locale=es')).toEqual(spanish.webChatPage);
    expect(await texts('?locale=en-US')).toEqual(english.webChatPage);
    expect(await texts('?locale=xx-YY')).toEqual(english.webChatPage);
  });

  it.each(['/web/app.js', '/web/localDirectLine.js', '/web/chat.css'])(
    'serves %s',
    async (path) => {
      expect((await get({}, path)).status).toBe(200);
    },
  );

  it('is not served when the bot has Bot Framework credentials', async () => {
    expect((await get(credentials, '/')).status).toBe(404);
    expect((await fetch(`${bot?.url}/webchat/webchat.js`)).status).toBe(404);
  });

  it('is served with credentials only when explicitly enabled, and can be turned off locally', async () => {
    expect((await get({ ...credentials, WEBCHAT_ENABLED: 'true' }, '/')).status).toBe(200);
    await bot?.close();
    expect((await get({ WEBCHAT_ENABLED: 'false' }, '/')).status).toBe(404);
  });

  it('tells a real tenant apart from the sandbox', async () => {
    const config = await get(
      {
        KORE_BASE_URL: 'https://platform.example',
        KORE_STREAM_ID: 'st-1',
        KORE_ACCOUNT_ID: 'acc-1',
        KORE_CASE_TEMPLATE: 'ctm-1',
        KORE_JWT: 'jwt',
      },
      '/chat-config.json',
    );
    expect(JSON.parse(config.body)).toMatchObject({ sandbox: false });
  });
});
