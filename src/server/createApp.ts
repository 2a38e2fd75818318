import { ConversationState, MemoryStorage, type Storage } from 'botbuilder';
import restify from 'restify';
import { CaseIntakeBot } from '../bot/caseIntakeBot.js';
import { ConversationHistory } from '../bot/conversationHistory.js';
import { CreateCaseMessageAction } from '../bot/messageAction.js';
import { createCaseApiClient } from '../caseApi/caseApiClient.js';
import type { CaseApiSettings } from '../caseApi/caseApiSettings.js';
import type { Config } from '../config/config.js';
import { IntakeDialog } from '../dialogs/intakeDialog.js';
import { createMemorySubmissionLedger } from '../dialogs/submissionLedger.js';
import type { Logger } from '../logging/logger.js';
import { rateLimitedWarning } from '../logging/rateLimitedWarning.js';
import {
  botFrameworkAuthentication,
  type OpenIdMetadataUrls,
} from './botFrameworkAuthentication.js';
import { ChannelAdapter } from './channelAdapter.js';
import { createChannelAuthenticator } from './channelAuthentication.js';
import { channelHttpClient } from './channelHttpClient.js';
import { messagesEndpoint } from './messagesEndpoint.js';
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
  storage?: Storage;
  clock?: () => Date;
  /** How long a Teams invoke waits for the case API before answering and posting later. */
  invokeAnswerWithinMs?: number;
  /** How long a call to a channel service (a reply, a proactive message) may take. */
  channelTimeoutMs?: number;
  /** How long checking a caller's token may take, signing-key fetch included. */
  authenticationTimeoutMs?: number;
  /**
   * Where the channels' and the Emulator's token signing keys are published (OpenID metadata
   * URLs), for a private cloud; tests point them at a loopback server.
   */
  openIdMetadata?: OpenIdMetadataUrls;
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
/** Refusals any caller can provoke are logged once per kind in this interval. */
const refusedLogIntervalMs = 10_000;

/**
 * The composition root: builds the case API client, the intake dialog, the bot, the adapter and
 * the HTTP server. Nothing listens until the caller says so, so tests can use port 0.
 */
export function createApp(config: AppConfig, logger: Logger, overrides: AppOverrides = {}): App {
  const caseApi = createCaseApiClient(config.caseApi, { logger });
  const clock = overrides.clock ?? (() => new Date());
  const submissions = createMemorySubmissionLedger();
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

  const conversationState = new ConversationState(overrides.storage ?? new MemoryStorage());
  const bot = new CaseIntakeBot({
    conversationState,
    intake: new IntakeDialog({ caseApi, caseTemplate, defaults, submissions, clock }),
    history: new ConversationHistory(conversationState, config.escalationHistory),
    createCaseAction: new CreateCaseMessageAction({
      caseApi,
      caseTemplate,
      defaults,
      submissions,
      clock,
      logger,
      answerWithinMs: overrides.invokeAnswerWithinMs,
      sendLater: (reference, activity) =>
        adapter.continueConversationAsync(botAppId, reference, async (context) => {
          await context.sendActivity(activity);
        }),
    }),
    defaults,
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
      runBot: (context) => bot.run(context),
      anonymous: !botAppId,
      maxBodyBytes,
      logger,
      warnRefused: rateLimitedWarning(logger, 'request refused', {
        intervalMs: refusedLogIntervalMs,
        clock: () => Date.now(),
      }),
    }),
  );

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

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
      await caseApi.close();
      await channel.close();
    },
  };
}
