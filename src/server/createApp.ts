import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  type Storage,
} from 'botbuilder';
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
import { activityProblem } from './incomingActivity.js';
import { createTurnErrorHandler } from './turnErrorHandler.js';
import { mountWebChatPage } from './webChatPage.js';

/** The configuration the app runs with: the case API already resolved to one tenant. */
export type AppConfig = Omit<Config, 'caseApi' | 'port' | 'logLevel'> & {
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
}

/** The bot's HTTP server, not yet listening, and how to release what it holds. */
export interface App {
  server: restify.Server;
  close(): Promise<void>;
}

const maxBodyBytes = 256 * 1024;

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

  if (!config.botFramework.MicrosoftAppId) {
    logger.warn(
      {},
      'MicrosoftAppId is not set: accepting unauthenticated callers (local use only)',
    );
  }
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(config.botFramework),
  );
  adapter.onTurnError = createTurnErrorHandler(logger);
  const botAppId = config.botFramework.MicrosoftAppId ?? '';

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
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: maxBodyBytes }));

  server.post('/api/messages', async (req, res) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: 'invalid_activity', detail: problem });
      return;
    }
    const started = performance.now();
    await adapter.process(req, res, (context) => bot.run(context));
    logger.debug(
      {
        activityType: req.body.type,
        channelId: req.body.channelId,
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
      },
      'activity handled',
    );
  });

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
      server.close();
      await caseApi.close();
    },
  };
}
