import { isSupportedCountry } from 'libphonenumber-js/max';
import { IANAZone } from 'luxon';
import { z } from 'zod';

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
  DUE_MORNING_HOUR: wholeNumber({ min: 0, max: 23 }, 9),
  DUE_AFTERNOON_HOUR: wholeNumber({ min: 0, max: 23 }, 14),
  DUE_EVENING_HOUR: wholeNumber({ min: 0, max: 23 }, 18),
  ESCALATION_HISTORY: wholeNumber({ min: 0, max: 50 }, 10),
  WEBCHAT_ENABLED: flag.optional(),
  SANDBOX_QUEUE_EVERY: wholeNumber({ min: 0 }, 4),
  SANDBOX_REQUESTS_PER_MINUTE: wholeNumber({ min: 0 }, 60),
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

/** The environment as the schema reads it: each variable checked and converted. */
export type Environment = z.infer<typeof variables>;

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
