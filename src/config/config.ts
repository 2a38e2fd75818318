import { resolve } from 'node:path';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { CaseApiSettings } from '../caseApi/caseApiSettings.js';
import type { ConversationDefaults } from '../dialogs/conversationContext.js';

/**
 * `.env` files and deployment templates leave variables empty (`PORT=`): that means unset, for
 * every variable, so defaults apply instead of coercions such as `'' → 0`.
 */
function withoutEmptyValues(environment: unknown): unknown {
  if (typeof environment !== 'object' || environment === null) return environment;
  return Object.fromEntries(
    Object.entries(environment).filter(
      ([, value]) => !(typeof value === 'string' && value.trim() === ''),
    ),
  );
}

const optionalText = z.string().trim().optional();

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

/** A whole number within bounds, with a message that says them. */
function wholeNumber({ min, max }: { min: number; max?: number }, fallback: number) {
  const message =
    max === undefined
      ? `must be a whole number of at least ${min}`
      : `must be a whole number from ${min} to ${max}`;
  const number = z.coerce.number({ error: message }).int({ error: message }).min(min, message);
  return (max === undefined ? number : number.max(max, message)).default(fallback);
}

const flag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

/** Azure's rules for container names: 3–63 characters, lowercase letters, digits, single hyphens. */
const blobContainerName = z
  .string()
  .trim()
  .regex(
    /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit',
  );

/** The message never repeats the value: it holds the account key. */
const storageConnectionString = z
  .string()
  .trim()
  .refine(
    (value) =>
      value
        .split(';')
        .filter((part) => part.trim() !== '')
        .every((part) => /^\s*[A-Za-z]+\s*=\s*\S/.test(part)),
    'must be a storage account connection string: Key=value pairs separated by ";", as the Azure portal shows under Access keys',
  );

/** The variables the bot reads, each with its own rule; rules across variables come after. */
const variables = z.object({
  PORT: wholeNumber({ min: 0, max: 65535 }, 3978),
  HOST: z
    .string()
    .trim()
    .regex(/^[\w.:-]{1,253}$/, 'must be an interface address such as 127.0.0.1, 0.0.0.0 or ::')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: wholeNumber({ min: 100, max: 600_000 }, 10_000),
  KORE_BASE_URL: z
    .string()
    .trim()
    .pipe(
      z.url({
        protocol: /^https?$/,
        message: 'must be an http(s) URL such as https://platform.kore.ai',
      }),
    )
    .optional(),
  KORE_SANDBOX: flag.optional(),
  KORE_STREAM_ID: optionalText,
  KORE_ACCOUNT_ID: optionalText,
  KORE_IID: optionalText,
  KORE_CASE_TEMPLATE: optionalText,
  KORE_CLIENT_ID: optionalText,
  KORE_CLIENT_SECRET: optionalText,
  KORE_JWT: optionalText,
  KORE_JWT_SINGLE_USE: flag.default(false),
  KORE_TIMEOUT_MS: wholeNumber({ min: 1 }, 10_000),
  KORE_REQUESTS_PER_MINUTE: wholeNumber({ min: 1 }, 60),
  DEFAULT_TIMEZONE: ianaTimeZone.default('UTC'),
  DEFAULT_PHONE_REGION: phoneRegion.default('US'),
  DUE_DEFAULT_HOUR: wholeNumber({ min: 0, max: 23 }, 17),
  DUE_END_OF_DAY_HOUR: wholeNumber({ min: 0, max: 23 }, 17),
  DUE_HORIZON_DAYS: wholeNumber({ min: 1, max: 3660 }, 365),
  ESCALATION_HISTORY: wholeNumber({ min: 0, max: 50 }, 10),
  WEBCHAT_ENABLED: flag.optional(),
  SANDBOX_QUEUE_EVERY: wholeNumber({ min: 0 }, 4),
  STORAGE: z
    .enum(['sqlite', 'blob', 'memory'], { error: 'must be sqlite, blob or memory' })
    .default('sqlite'),
  SQLITE_PATH: z.string().trim().default('data/case-intake-bot.sqlite'),
  AZURE_STORAGE_CONNECTION_STRING: storageConnectionString.optional(),
  AZURE_STORAGE_CONTAINER: blobContainerName.default('case-intake-bot'),
  CONVERSATION_TTL_HOURS: wholeNumber({ min: 1, max: 8760 }, 72),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      error: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
    })
    .optional(),
  MicrosoftAppTenantId: optionalText,
});

type Environment = z.infer<typeof variables>;

/** The names of the environment variables the bot reads, as they are spelled there. */
export const environmentVariableNames = Object.keys(variables.shape) as (keyof Environment)[];

/**
 * Rules that span variables. They run even when a variable failed its own rule, so one start
 * reports every problem; a failed variable then holds its raw text, which these rules only test
 * for presence or for one exact value.
 */
function checkAcrossVariables(env: Environment, issues: z.RefinementCtx): void {
  const problem = (name: keyof Environment, message: string) =>
    issues.addIssue({ code: 'custom', path: [name], message });
  const need = (name: keyof Environment, why: string) => {
    if (env[name] === undefined) problem(name, `required ${why}`);
  };
  if (env.KORE_BASE_URL) {
    const why = 'when KORE_BASE_URL is set';
    need('KORE_STREAM_ID', why);
    need('KORE_ACCOUNT_ID', why);
    need('KORE_CASE_TEMPLATE', why);
    if (!env.KORE_JWT && !(env.KORE_CLIENT_ID && env.KORE_CLIENT_SECRET)) {
      problem(
        'KORE_CLIENT_ID',
        'set KORE_CLIENT_ID and KORE_CLIENT_SECRET (or KORE_JWT) when KORE_BASE_URL is set',
      );
    }
    if (env.KORE_SANDBOX === true) {
      problem('KORE_SANDBOX', 'cannot be true when KORE_BASE_URL is set: choose one case API');
    }
  } else if (env.KORE_SANDBOX === false) {
    need('KORE_BASE_URL', 'when KORE_SANDBOX=false');
  } else if (env.KORE_SANDBOX === undefined && env.MicrosoftAppId) {
    // A registered bot talks to real people: their cases must not land in an in-memory emulator.
    problem(
      'KORE_BASE_URL',
      "required when MicrosoftAppId is set, so real users' cases reach a real tenant; set KORE_SANDBOX=true to use the local sandbox instead",
    );
  }
  if (env.KORE_CLIENT_ID && !env.KORE_CLIENT_SECRET)
    need('KORE_CLIENT_SECRET', 'with KORE_CLIENT_ID');
  if (env.KORE_CLIENT_SECRET && !env.KORE_CLIENT_ID)
    need('KORE_CLIENT_ID', 'with KORE_CLIENT_SECRET');
  if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI') {
    need('MicrosoftAppPassword', 'when MicrosoftAppId is set');
  }
  if (env.MicrosoftAppType === 'SingleTenant') need('MicrosoftAppTenantId', 'for SingleTenant');
  if (env.STORAGE === 'blob') need('AZURE_STORAGE_CONNECTION_STRING', 'when STORAGE=blob');
  else if (env.AZURE_STORAGE_CONNECTION_STRING !== undefined) {
    // Forgetting STORAGE=blob would give every instance its own state, silently.
    problem(
      'AZURE_STORAGE_CONNECTION_STRING',
      'is only used with STORAGE=blob: set STORAGE=blob, or leave it empty',
    );
  }
}

/** The environment variables the bot reads, exactly as they are spelled in the environment. */
export const environmentSchema = z.preprocess(
  withoutEmptyValues,
  variables.superRefine(checkAcrossVariables, { when: () => true }),
);

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
      queueEvery: env.SANDBOX_QUEUE_EVERY,
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
