import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import restify from 'restify';
import { CaseIntakeBot } from '../bot/caseIntakeBot.js';
import { ConversationHistory } from '../bot/conversationHistory.js';
import { createConversationLock } from '../bot/conversationLock.js';
import { CreateCaseMessageAction } from '../bot/messageAction.js';
import { OptimisticConversationState } from '../bot/optimisticConversationState.js';
import { createOutcomeDelivery, deliveryFor } from '../bot/outcomeDelivery.js';
import { createCaseApiClient } from '../caseApi/caseApiClient.js';
import type { CaseApiSettings } from '../caseApi/caseApiSettings.js';
import type { Config } from '../config/config.js';
import { IntakeDialog } from '../dialogs/intakeDialog.js';
import type { Logger } from '../logging/logger.js';
import { rateLimitedWarning } from '../logging/rateLimitedWarning.js';
import { createLease } from '../storage/lease.js';
import { createMemoryRecordStore } from '../storage/memoryRecordStore.js';
import type { RecordStore } from '../storage/recordStore.js';
import { recordStoreAsBotStorage } from '../storage/recordStoreBotStorage.js';
import { createCaseOutbox } from '../submission/caseOutbox.js';
import {
  createCaseSubmission,
  type SubmissionTimings,
  submissionTimingsFor,
} from '../submission/caseSubmission.js';
import { startOutboxWorker } from '../submission/outboxWorker.js';
import {
  botFrameworkAuthentication,
  type OpenIdMetadataUrls,
} from './botFrameworkAuthentication.js';
import { ChannelAdapter } from './channelAdapter.js';
import { createChannelAuthenticator } from './channelAuthentication.js';
import { channelHttpClient } from './channelHttpClient.js';
import { messagesEndpoint } from './messagesEndpoint.js';
import { createAppMetrics, metricsEndpoint } from './metrics.js';
import { createReachabilityProbe } from './reachabilityProbe.js';
import { readinessEndpoint } from './readiness.js';
import { createTurnErrorHandler } from './turnErrorHandler.js';
import { mountWebChatPage } from './webChatPage.js';

/** The configuration the app runs with: the case API already resolved to one tenant. */
export type AppConfig = Omit<Config, 'caseApi' | 'port' | 'logLevel' | 'shutdownTimeoutMs'> & {
  caseApi: CaseApiSettings;
  /** The case API is the local sandbox (the Web Chat page says so). */
  sandbox: boolean;
};

/** Parts a host or a test may supply instead of the defaults. */
export interface AppOverrides {
  /** Shared records: submissions (and, unless `storage` is given, conversation state). */
  records?: RecordStore;
  /** Conversation state, when it lives apart from the records (botbuilder's BlobsStorage). */
  storage?: Storage;
  clock?: () => Date;
  /** The submission rules' timings (the API's commit window above all); from the client's timeout by default. */
  submissionTimings?: SubmissionTimings;
  /**
   * How long a turn waits for its confirmed draft to be created before saying it is queued
   * (3 s by default: inside the 5 s Teams gives an invoke).
   */
  outboxWaitMs?: number;
  /** How often the outbox worker looks at the outbox (250 ms by default). */
  outboxTickMs?: number;
  /** How long a call to a channel service (a reply, a proactive message) may take. */
  channelTimeoutMs?: number;
  /** How long checking a caller's token may take, signing-key fetch included. */
  authenticationTimeoutMs?: number;
  /**
   * Where the channels' and the Emulator's token signing keys are published (OpenID metadata
   * URLs), for a private cloud; tests point them at a loopback server.
   */
  openIdMetadata?: OpenIdMetadataUrls;
  /** Whether the recognizers are warm (startBot warms them once listening); warm when absent. */
  recognizersWarm?: () => boolean;
}

/** The bot's HTTP server, not yet listening, and how to release what it holds. */
export interface App {
  server: restify.Server;
  close(): Promise<void>;
}

/** An activity is a few kilobytes; this leaves room for a long message and a Teams payload. */
const maxBodyBytes = 256 * 1024;
/** Receiving a request (headers and body) may take this long; the turn's own time is apart. */
const requestReceiveTimeoutMs = 30_000;
/** An outbox worker that stops renewing its lease (it died) hands over after this long. */
const outboxLeaseMs = 15_000;
/** Refusals any caller can provoke are logged once per kind in this interval. */
const refusedLogIntervalMs = 10_000;

/**
 * The composition root: builds the case API client, the intake dialog, the bot, the adapter and
 * the HTTP server. Nothing listens until the caller says so, so tests can use port 0.
 */
export function createApp(config: AppConfig, logger: Logger, overrides: AppOverrides = {}): App {
  // Read at scrape time only, when the outbox below exists.
  const metrics = createAppMetrics({ outboxStats: () => outbox.stats() });
  const caseApi = createCaseApiClient(config.caseApi, { logger, observe: metrics.caseApiCall });
  const clock = overrides.clock ?? (() => new Date());
  const records = overrides.records ?? createMemoryRecordStore();
  const submission = metrics.countingFoundCases(
    createCaseSubmission(
      caseApi,
      records,
      overrides.submissionTimings ?? submissionTimingsFor(config.caseApi.timeoutMs),
    ),
  );
  const caseTemplate = config.caseApi.caseTemplate;
  const { defaults } = config;

  const botAppId = config.botFramework.MicrosoftAppId ?? '';
  if (!botAppId) {
    logger.warn(
      {},
      'MicrosoftAppId is not set: accepting unauthenticated callers (local use only)',
    );
  }
  const channel = channelHttpClient(overrides.channelTimeoutMs ?? 10_000);
  const authentication = botFrameworkAuthentication(config.botFramework, {
    channel,
    openIdMetadata: overrides.openIdMetadata,
  });
  const adapter = new ChannelAdapter(authentication);
  adapter.onTurnError = createTurnErrorHandler(logger);

  /** This instance, as the holder of leases and conversation locks in the shared records. */
  const instanceId = randomUUID();
  // Only the instance holding the outbox lease sends: together they keep the account's budget.
  const worker = startOutboxWorker({
    store: records,
    submission,
    lease: createLease(records, 'outbox-worker', instanceId, outboxLeaseMs),
    deliver: createOutcomeDelivery({
      records,
      logger,
      sendLater: (reference, activity) =>
        adapter.continueConversationAsync(botAppId, reference, async (context) => {
          await context.sendActivity(activity);
        }),
    }),
    logger,
    tickMs: overrides.outboxTickMs ?? 250,
    graceMs: 200,
    delayNoticeAfterMs: 10 * 60_000,
  });
  const outbox = createCaseOutbox({
    store: records,
    waitMs: overrides.outboxWaitMs ?? 3_000,
    pollMs: 50,
    requestsPerMinute: config.caseApi.requestsPerMinute ?? 60,
    nudge: worker.nudge,
  });

  const conversationState = new OptimisticConversationState(
    overrides.storage ?? recordStoreAsBotStorage(records),
  );
  const bot = new CaseIntakeBot({
    conversationState,
    intake: new IntakeDialog({
      caseApi,
      caseTemplate,
      defaults,
      submission: outbox,
      delivery: (context, conversation, draftName) =>
        deliveryFor(context, conversation, draftName, 'text'),
      clock,
    }),
    history: new ConversationHistory(conversationState, config.escalationHistory),
    createCaseAction: new CreateCaseMessageAction({
      caseTemplate,
      defaults,
      submission: outbox,
      clock,
      logger,
    }),
    defaults,
    records,
    // Real time, not the app's clock: a hold is about how long a turn really takes.
    conversationLock: createConversationLock(records, instanceId),
    logger,
  });

  const server = restify.createServer({ name: 'case-intake-bot', handleUncaughtExceptions: false });
  server.server.requestTimeout = requestReceiveTimeoutMs;

  server.post(
    '/api/messages',
    messagesEndpoint({
      adapter,
      authenticate: createChannelAuthenticator(authentication, {
        appId: botAppId,
        timeoutMs: overrides.authenticationTimeoutMs ?? 2_000,
        // Token lifetimes are real time, whatever clock the intake reads dates with.
        clock: () => new Date(),
      }),
      runBot: (context) => metrics.countTurn(context.activity.type, () => bot.run(context)),
      anonymous: !botAppId,
      maxBodyBytes,
      logger,
      warnRefused: metrics.countingRefusals(
        rateLimitedWarning(logger, 'request refused', {
          intervalMs: refusedLogIntervalMs,
          clock: () => Date.now(),
        }),
      ),
    }),
  );

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  const caseApiProbe = createReachabilityProbe(config.caseApi.baseUrl);
  server.get(
    '/readyz',
    readinessEndpoint({
      records,
      caseApi: caseApiProbe,
      outboxStats: () => outbox.stats(),
      recognizersWarm: overrides.recognizersWarm,
      warnNotReady: rateLimitedWarning(logger, 'not ready', {
        intervalMs: refusedLogIntervalMs,
        clock: () => Date.now(),
      }),
    }),
  );
  server.get('/metrics', metricsEndpoint(metrics));

  if (config.webChat.enabled) {
    if (config.botFramework.MicrosoftAppId) {
      logger.warn(
        {},
        'WEBCHAT_ENABLED: the local chat page posts to /api/messages; do not expose it publicly',
      );
    }
    mountWebChatPage(server, { sandbox: config.sandbox });
  }

  return {
    server,
    close: async () => {
      // Stop accepting, let the turns in flight finish (the caller bounds how long), then
      // release the clients those turns use.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      await closed;
      // The worker finishes the draft in hand and gives its lease up for another instance.
      await worker.stop();
      await caseApi.close();
      await channel.close();
      await caseApiProbe.close();
    },
  };
}
