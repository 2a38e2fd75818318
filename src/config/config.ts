import { isSupportedCountry } from 'libphonenumber-js/max';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { CaseApiSettings } from '../caseApi/caseApiSettings.js';
import type { ConversationDefaults } from '../dialogs/conversationContext.js';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const ianaTimeZone = z
  .string()
  .trim()
  .refine((zone) => IANAZone.isValidZone(zone), {
    message: 'must be an IANA time zone such as Europe/Berlin or UTC',
  });

const phoneRegion = z
  .string()
  .trim()
  .transform((region) => region.toUpperCase())
  .refine((region) => isSupportedCountry(region), {
    message: 'must be a two-letter country code such as US, GB or DE',
  });

const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The environment variables the bot reads, exactly as they are spelled in the environment. */
export const environmentSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    KORE_BASE_URL: optionalText.pipe(
      z
        .url({
          protocol: /^https?$/,
          message: 'must be an http(s) URL such as https://platform.kore.ai',
        })
        .optional(),
    ),
    KORE_STREAM_ID: optionalText,
    KORE_ACCOUNT_ID: optionalText,
    KORE_IID: optionalText,
    KORE_CASE_TEMPLATE: optionalText,
    KORE_CLIENT_ID: optionalText,
    KORE_CLIENT_SECRET: optionalText,
    KORE_JWT: optionalText,
    KORE_JWT_SINGLE_USE: z
      .enum(['true', 'false', '1', '0', ''])
      .default('false')
      .transform((flag) => flag === 'true' || flag === '1'),
    KORE_TIMEOUT_MS: positiveInteger(10_000),
    KORE_REQUESTS_PER_MINUTE: positiveInteger(60),
    DEFAULT_TIMEZONE: ianaTimeZone.default('UTC'),
    DEFAULT_PHONE_REGION: phoneRegion.default('US'),
    DUE_DEFAULT_HOUR: z.coerce.number().int().min(0).max(23).default(17),
    DUE_END_OF_DAY_HOUR: z.coerce.number().int().min(0).max(23).default(17),
    DUE_HORIZON_DAYS: z.coerce.number().int().min(1).max(3660).default(365),
    ESCALATION_HISTORY: z.coerce.number().int().min(0).max(50).default(10),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    WEBCHAT_ENABLED: z.enum(['true', 'false', '']).optional(),
    SANDBOX_QUEUE_EVERY: z.coerce.number().int().min(0).default(4),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    MicrosoftAppTenantId: optionalText,
  })
  .superRefine((env, issues) => {
    const need = (name: keyof typeof env, why: string) => {
      if (!env[name]) issues.addIssue({ code: 'custom', path: [name], message: `required ${why}` });
    };
    if (env.KORE_BASE_URL) {
      const why = 'when KORE_BASE_URL is set';
      need('KORE_STREAM_ID', why);
      need('KORE_ACCOUNT_ID', why);
      need('KORE_CASE_TEMPLATE', why);
      if (!env.KORE_JWT && !(env.KORE_CLIENT_ID && env.KORE_CLIENT_SECRET)) {
        issues.addIssue({
          code: 'custom',
          path: ['KORE_CLIENT_ID'],
          message:
            'set KORE_CLIENT_ID and KORE_CLIENT_SECRET (or KORE_JWT) when KORE_BASE_URL is set',
        });
      }
    }
    if (env.KORE_CLIENT_ID && !env.KORE_CLIENT_SECRET)
      need('KORE_CLIENT_SECRET', 'with KORE_CLIENT_ID');
    if (env.KORE_CLIENT_SECRET && !env.KORE_CLIENT_ID)
      need('KORE_CLIENT_ID', 'with KORE_CLIENT_SECRET');
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI') {
      need('MicrosoftAppPassword', 'when MicrosoftAppId is set');
    }
    if (env.MicrosoftAppType === 'SingleTenant') need('MicrosoftAppTenantId', 'for SingleTenant');
  });

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
      queueEvery: number;
    };

/** The bot's whole configuration, read once at start-up. */
export interface Config {
  port: number;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  caseApi: CaseApiTarget;
  defaults: ConversationDefaults;
  botFramework: BotFrameworkSettings;
  /** The local Web Chat page at `/`: on without Bot Framework credentials, else only when asked. */
  webChat: { enabled: boolean };
  /** How many recent messages per conversation "escalate" turns into a description. */
  escalationHistory: number;
  /** How long a shutdown may wait for turns in flight before the process exits anyway. */
  shutdownTimeoutMs: number;
}

/** Thrown when the environment is incomplete or wrong; one line per problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

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
    logLevel: env.LOG_LEVEL,
    caseApi: caseApiTarget(env),
    defaults: {
      timeZone: env.DEFAULT_TIMEZONE,
      phoneRegion: env.DEFAULT_PHONE_REGION,
      dueDateRules: {
        defaultHour: env.DUE_DEFAULT_HOUR,
        endOfDayHour: env.DUE_END_OF_DAY_HOUR,
        horizonDays: env.DUE_HORIZON_DAYS,
      },
    },
    botFramework: {
      MicrosoftAppId: env.MicrosoftAppId,
      MicrosoftAppPassword: env.MicrosoftAppPassword,
      MicrosoftAppType: env.MicrosoftAppType,
      MicrosoftAppTenantId: env.MicrosoftAppTenantId,
    },
    webChat: {
      enabled: env.WEBCHAT_ENABLED ? env.WEBCHAT_ENABLED === 'true' : !env.MicrosoftAppId,
    },
    escalationHistory: env.ESCALATION_HISTORY,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}

function caseApiTarget(env: z.infer<typeof environmentSchema>): CaseApiTarget {
  const streamId = env.KORE_STREAM_ID ?? 'st-sandbox';
  if (!env.KORE_BASE_URL) {
    return {
      mode: 'sandbox',
      streamId,
      accountId: env.KORE_ACCOUNT_ID ?? 'sandbox-account',
      caseTemplate: env.KORE_CASE_TEMPLATE ?? 'ctm-sandbox',
      timeoutMs: env.KORE_TIMEOUT_MS,
      queueEvery: env.SANDBOX_QUEUE_EVERY,
    };
  }
  // superRefine guarantees these are present when KORE_BASE_URL is set.
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
