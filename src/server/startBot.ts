import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { CaseApiSettings } from '../caseApi/caseApiSettings.js';
import { warmUpRecognizers } from '../cases/recognizerWarmUp.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { type CaseApiSandbox, startCaseApiSandbox } from '../sandbox/caseApiSandbox.js';
import { type AppOverrides, createApp } from './createApp.js';

/** A bot listening for activities, with the sandbox it talks to when in sandbox mode. */
export interface RunningBot {
  /** Base URL of the bot, e.g. http://127.0.0.1:3978. */
  url: string;
  sandbox?: CaseApiSandbox;
  close(): Promise<void>;
}

const sandboxClientId = 'sandbox-client';

/**
 * Starts the bot as `npm start` does. It first warms the recognizers up, so no user's turn pays
 * their start-up; in sandbox mode it starts the case API emulator on loopback, with a fresh
 * secret that only this process knows, and points the client at it.
 */
export async function startBot(
  config: Config,
  logger: Logger,
  overrides: AppOverrides = {},
): Promise<RunningBot> {
  const warmingStarted = performance.now();
  warmUpRecognizers();
  logger.debug(
    { durationMs: Math.round(performance.now() - warmingStarted) },
    'recognizers warmed up',
  );
  const { settings, sandbox } = await resolveCaseApi(config, logger);
  const app = createApp(
    { ...config, caseApi: settings, sandbox: sandbox !== undefined },
    logger,
    overrides,
  );
  // A port in use shows as the server's 'error' event, never through listen's callback.
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.port, () => {
      app.server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    // The caller never gets a RunningBot to close, so release the sandbox here.
    await sandbox?.close().catch(() => undefined);
    throw error;
  });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  logger.info({ url, messagesEndpoint: `${url}/api/messages` }, 'bot listening');
  if (config.webChat.enabled)
    logger.info({ url: `${url}/` }, `chat with the bot in your browser: ${url}/`);
  return {
    url,
    sandbox,
    close: async () => {
      await app.close();
      await sandbox?.close();
    },
  };
}

async function resolveCaseApi(
  config: Config,
  logger: Logger,
): Promise<{ settings: CaseApiSettings; sandbox?: CaseApiSandbox }> {
  const target = config.caseApi;
  if (target.mode === 'remote') {
    logger.info(
      { baseUrl: target.settings.baseUrl, auth: target.settings.auth.kind },
      'case API: remote tenant',
    );
    return { settings: target.settings };
  }
  const clientSecret = randomBytes(32).toString('hex');
  const sandbox = await startCaseApiSandbox({
    streamId: target.streamId,
    accountId: target.accountId,
    clientId: sandboxClientId,
    clientSecret,
    templates: { [target.caseTemplate]: 'Sandbox support' },
    staff: { queueEvery: target.queueEvery },
  });
  logger.warn(
    { sandboxUrl: sandbox.url },
    'SANDBOX MODE: KORE_BASE_URL is not set, so cases go to a local emulator of the case API, not to a real tenant',
  );
  return {
    sandbox,
    settings: {
      baseUrl: sandbox.url,
      streamId: target.streamId,
      accountId: target.accountId,
      iid: target.streamId,
      caseTemplate: target.caseTemplate,
      auth: { kind: 'client', clientId: sandboxClientId, clientSecret, singleUseTokens: false },
      timeoutMs: target.timeoutMs,
    },
  };
}
