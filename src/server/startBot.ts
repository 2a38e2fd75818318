import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { CaseApiSettings } from '../caseApi/caseApiSettings.js';
import { warmUpRecognizers } from '../cases/recognizerWarmUp.js';
import type { Config } from '../config/config.js';
import { errorDetails } from '../logging/errorDetails.js';
import type { Logger } from '../logging/logger.js';
import { type CaseApiSandbox, startCaseApiSandbox } from '../sandbox/caseApiSandbox.js';
import { type BotStorage, openStorage } from '../storage/openStorage.js';
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
 * Starts the bot as `npm start` does: in sandbox mode it starts the case API emulator on
 * loopback, with a fresh secret that only this process knows, and points the client at it. Once
 * listening it warms the recognizers up; `/readyz` answers 503 until they are warm.
 */
export async function startBot(
  config: Config,
  logger: Logger,
  overrides: AppOverrides = {},
): Promise<RunningBot> {
  const storage = overrides.records ? undefined : await openStorage(config.storage);
  if (storage) logger.info({ storage: storage.kind }, 'storage open');
  const expiry = storage && expireConversations(storage, config.conversationTtlMs, logger);
  const { settings, sandbox } = await resolveCaseApi(config, logger);
  let warm = false;
  const app = createApp({ ...config, caseApi: settings, sandbox: sandbox !== undefined }, logger, {
    ...(storage ? { records: storage.records, storage: storage.state } : {}),
    recognizersWarm: () => warm,
    ...overrides,
  });
  // A port in use shows as the server's 'error' event, never through listen's callback.
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.port, config.host, () => {
      app.server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    // The caller never gets a RunningBot to close, so release what was opened here.
    await sandbox?.close().catch(() => undefined);
    await storage?.close().catch(() => undefined);
    throw error;
  });
  // Listening first, so the process answers its health check at once; /readyz says "not
  // ready" until the recognizers are warm, so no user's turn pays their start-up.
  const warmingStarted = performance.now();
  const stopWarming = new AbortController();
  const warming = warmUpRecognizers(stopWarming.signal).then((outcome) => {
    if (outcome === 'stopped') return;
    warm = true;
    logger.info(
      { durationMs: Math.round(performance.now() - warmingStarted) },
      'recognizers warmed up: ready',
    );
  });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://${reachableHost(config.host)}:${port}`;
  logger.info({ url, messagesEndpoint: `${url}/api/messages` }, 'bot listening');
  if (config.webChat.enabled)
    logger.info({ url: `${url}/` }, `chat with the bot in your browser: ${url}/`);
  return {
    url,
    sandbox,
    close: async () => {
      if (expiry) clearInterval(expiry);
      stopWarming.abort();
      await warming;
      await app.close();
      await sandbox?.close();
      await storage?.close();
    },
  };
}

/** How often each instance deletes expired conversations (the deletes are conditional). */
const expiryIntervalMs = 60 * 60_000;

/** Deletes conversations idle for longer than `ttlMs` now and every hour; returns the timer. */
function expireConversations(storage: BotStorage, ttlMs: number, logger: Logger): NodeJS.Timeout {
  const sweep = () =>
    storage.expire(Date.now() - ttlMs).then(
      (deleted) => {
        if (deleted > 0) logger.info({ deleted }, 'expired conversations deleted');
      },
      (error: unknown) =>
        logger.warn({ err: errorDetails(error) }, 'could not delete expired conversations'),
    );
  void sweep();
  return setInterval(sweep, expiryIntervalMs).unref();
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
    ratePerMinute: target.ratePerMinute,
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
      requestsPerMinute: target.requestsPerMinute,
    },
  };
}

/** Where this machine reaches a server listening on `host` (all interfaces when undefined). */
function reachableHost(host: string | undefined): string {
  if (host === undefined || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
