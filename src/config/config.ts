import { resolve } from 'node:path';
import type { CaseApiSettings } from '../caseApi/caseApiSettings.js';
import type { ConversationDefaults } from '../cases/conversationDefaults.js';
import { type Environment, environmentSchema } from './environmentSchema.js';

/** The Bot Framework credentials, under the names botbuilder's configuration expects. */
export type BotFrameworkSettings = {
  MicrosoftAppId?: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: string;
  MicrosoftAppTenantId?: string;
};

/** The case API: a real tenant, or the local sandbox started beside the bot. */
export type CaseApiTarget =
  | { mode: 'remote'; settings: CaseApiSettings }
  | {
      mode: 'sandbox';
      streamId: string;
      accountId: string;
      caseTemplate: string;
      timeoutMs: number;
      /** The client's own budget, as with a real tenant. */
      requestsPerMinute: number;
      queueEvery: number;
      /** The limit the sandbox enforces per account; 0 lifts it. */
      ratePerMinute: number;
    };

/** The bot's whole configuration, read once at start-up. */
export interface Config {
  port: number;
  /**
   * The interface to listen on; all of them when undefined. Without `MicrosoftAppId` (anyone
   * may call) only loopback, unless HOST says otherwise.
   */
  host: string | undefined;
  logLevel: Environment['LOG_LEVEL'];
  caseApi: CaseApiTarget;
  defaults: ConversationDefaults;
  botFramework: BotFrameworkSettings;
  /** The local Web Chat page at `/`: on without Bot Framework credentials, else only when asked. */
  webChat: { enabled: boolean };
  /** How many recent messages per conversation "escalate" turns into a description. */
  escalationHistory: number;
  /** How long a shutdown may wait for turns in flight before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** Where conversation state, the submission ledger and the outbox live. */
  storage:
    | { kind: 'memory' }
    | { kind: 'sqlite'; path: string }
    | { kind: 'blob'; connectionString: string; container: string };
  /** How long a finished or abandoned conversation's state is kept, in milliseconds. */
  conversationTtlMs: number;
}

/** Thrown when the environment is incomplete or wrong; one line per problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const hourMs = 3_600_000;

/** Reads and checks the configuration from an environment (normally `process.env`). */
export function loadConfig(environment: Record<string, string | undefined>): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
      ),
    );
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST ?? (env.MicrosoftAppId ? undefined : '127.0.0.1'),
    logLevel: env.LOG_LEVEL,
    caseApi: caseApiTarget(env),
    defaults: {
      timeZone: env.DEFAULT_TIMEZONE,
      phoneRegion: env.DEFAULT_PHONE_REGION,
      dueDateRules: {
        defaultHour: env.DUE_DEFAULT_HOUR,
        endOfDayHour: env.DUE_END_OF_DAY_HOUR,
        horizonDays: env.DUE_HORIZON_DAYS,
        morningHour: env.DUE_MORNING_HOUR,
        afternoonHour: env.DUE_AFTERNOON_HOUR,
        eveningHour: env.DUE_EVENING_HOUR,
      },
    },
    botFramework: {
      MicrosoftAppId: env.MicrosoftAppId,
      MicrosoftAppPassword: env.MicrosoftAppPassword,
      MicrosoftAppType: env.MicrosoftAppType,
      MicrosoftAppTenantId: env.MicrosoftAppTenantId,
    },
    webChat: { enabled: env.WEBCHAT_ENABLED ?? !env.MicrosoftAppId },
    escalationHistory: env.ESCALATION_HISTORY,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    storage: storageTarget(env),
    conversationTtlMs: env.CONVERSATION_TTL_HOURS * hourMs,
  };
}

function storageTarget(env: Environment): Config['storage'] {
  switch (env.STORAGE) {
    case 'memory':
      return { kind: 'memory' };
    case 'sqlite':
      // Relative to the folder the bot is started from, made absolute once so logs say where.
      return { kind: 'sqlite', path: resolve(env.SQLITE_PATH) };
    case 'blob':
      return {
        kind: 'blob',
        // checkAcrossVariables guarantees it is present with STORAGE=blob.
        connectionString: env.AZURE_STORAGE_CONNECTION_STRING ?? '',
        container: env.AZURE_STORAGE_CONTAINER,
      };
  }
}

function caseApiTarget(env: Environment): CaseApiTarget {
  const streamId = env.KORE_STREAM_ID ?? 'st-sandbox';
  if (!env.KORE_BASE_URL) {
    return {
      mode: 'sandbox',
      streamId,
      accountId: env.KORE_ACCOUNT_ID ?? 'sandbox-account',
      caseTemplate: env.KORE_CASE_TEMPLATE ?? 'ctm-sandbox',
      timeoutMs: env.KORE_TIMEOUT_MS,
      requestsPerMinute: env.KORE_REQUESTS_PER_MINUTE,
      queueEvery: env.SANDBOX_QUEUE_EVERY,
      ratePerMinute: env.SANDBOX_REQUESTS_PER_MINUTE,
    };
  }
  // checkAcrossVariables guarantees these are present when KORE_BASE_URL is set.
  const required = (value: string | undefined) => value ?? '';
  return {
    mode: 'remote',
    settings: {
      baseUrl: env.KORE_BASE_URL,
      streamId,
      accountId: required(env.KORE_ACCOUNT_ID),
      iid: env.KORE_IID ?? streamId,
      caseTemplate: required(env.KORE_CASE_TEMPLATE),
      auth:
        env.KORE_CLIENT_ID && env.KORE_CLIENT_SECRET
          ? {
              kind: 'client',
              clientId: env.KORE_CLIENT_ID,
              clientSecret: env.KORE_CLIENT_SECRET,
              singleUseTokens: env.KORE_JWT_SINGLE_USE,
            }
          : { kind: 'token', jwt: required(env.KORE_JWT) },
      timeoutMs: env.KORE_TIMEOUT_MS,
      requestsPerMinute: env.KORE_REQUESTS_PER_MINUTE,
    },
  };
}
