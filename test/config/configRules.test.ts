import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { environmentVariableNames } from '../../src/config/environmentSchema.js';
import { configProblems } from '../support/configProblems.js';

const tenant = {
  KORE_BASE_URL: 'https://platform.kore.ai',
  KORE_STREAM_ID: 'st-123',
  KORE_ACCOUNT_ID: 'acc-1',
  KORE_CASE_TEMPLATE: 'ctm-9',
  KORE_JWT: 'eyJ.token',
};
const registeredBot = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' };
const azurite =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';

describe('an empty variable', () => {
  it.each(environmentVariableNames)('%s= means the same as leaving it unset', (name) => {
    for (const empty of ['', '  ']) {
      expect(loadConfig({ [name]: empty })).toEqual(loadConfig({}));
    }
  });

  it('keeps the defaults of numbers instead of reading them as 0', () => {
    const config = loadConfig({ PORT: '', DUE_DEFAULT_HOUR: '', CONVERSATION_TTL_HOURS: '' });
    expect(config.port).toBe(3978);
    expect(config.defaults.dueDateRules?.defaultHour).toBe(17);
    expect(config.conversationTtlMs).toBe(72 * 3_600_000);
  });

  it('lets .env.example, copied as it is, configure a bot that starts in sandbox mode', () => {
    const example = parseEnv(readFileSync('.env.example', 'utf8'));
    const config = loadConfig(example);
    expect(config.caseApi.mode).toBe('sandbox');
    expect(config.port).toBe(3978);
    expect(config.storage).toEqual({
      kind: 'sqlite',
      path: resolve('data/case-intake-bot.sqlite'),
    });
  });
});

describe('configuration problems', () => {
  it('are all reported in one run, each variable rule and each rule across variables', () => {
    const problems = configProblems({
      PORT: 'eighty',
      HOST: 'every interface',
      DUE_DEFAULT_HOUR: '25',
      KORE_BASE_URL: 'https://platform.kore.ai',
      KORE_CLIENT_ID: 'cs-client',
      MicrosoftAppId: 'app-id',
      MicrosoftAppType: 'SingleTenant',
      STORAGE: 'blob',
      AZURE_STORAGE_CONTAINER: 'Cases',
      CONVERSATION_TTL_HOURS: '0',
    });
    expect(problems).toEqual([
      'PORT: must be a whole number from 0 to 65535',
      'HOST: must be an interface address such as 127.0.0.1, 0.0.0.0 or ::',
      'DUE_DEFAULT_HOUR: must be a whole number from 0 to 23',
      expect.stringMatching(/^AZURE_STORAGE_CONTAINER: must be 3 to 63 lowercase letters/),
      'CONVERSATION_TTL_HOURS: must be a whole number from 1 to 8760',
      'KORE_STREAM_ID: required when KORE_BASE_URL is set',
      'KORE_ACCOUNT_ID: required when KORE_BASE_URL is set',
      'KORE_CASE_TEMPLATE: required when KORE_BASE_URL is set',
      'KORE_CLIENT_ID: set KORE_CLIENT_ID and KORE_CLIENT_SECRET (or KORE_JWT) when KORE_BASE_URL is set',
      'KORE_CLIENT_SECRET: required with KORE_CLIENT_ID',
      'MicrosoftAppPassword: required when MicrosoftAppId is set',
      'MicrosoftAppTenantId: required for SingleTenant',
      'AZURE_STORAGE_CONNECTION_STRING: required when STORAGE=blob',
    ]);
  });

  it('still apply rules across variables when one of those variables has a bad value', () => {
    expect(configProblems({ MicrosoftAppId: 'app-id', MicrosoftAppType: 'Tenantless' })).toEqual([
      'MicrosoftAppType: must be MultiTenant, SingleTenant or UserAssignedMSI',
      expect.stringMatching(/^KORE_BASE_URL: required when MicrosoftAppId is set/),
      'MicrosoftAppPassword: required when MicrosoftAppId is set',
    ]);
  });
});

describe('the sandbox', () => {
  it('is the default without MicrosoftAppId and without a tenant', () => {
    expect(loadConfig({}).caseApi.mode).toBe('sandbox');
  });

  it('is refused, in one line, for a registered bot without a tenant', () => {
    expect(configProblems(registeredBot)).toEqual([
      "KORE_BASE_URL: required when MicrosoftAppId is set, so real users' cases reach a real tenant; set KORE_SANDBOX=true to use the local sandbox instead",
    ]);
  });

  it('serves a registered bot only when asked for with KORE_SANDBOX=true', () => {
    expect(loadConfig({ ...registeredBot, KORE_SANDBOX: 'true' }).caseApi.mode).toBe('sandbox');
    expect(loadConfig({ ...registeredBot, ...tenant }).caseApi.mode).toBe('remote');
  });

  it('cannot be asked for beside a tenant, nor refused without one', () => {
    expect(configProblems({ ...tenant, KORE_SANDBOX: 'true' })).toEqual([
      'KORE_SANDBOX: cannot be true when KORE_BASE_URL is set: choose one case API',
    ]);
    expect(configProblems({ KORE_SANDBOX: 'false' })).toEqual([
      'KORE_BASE_URL: required when KORE_SANDBOX=false',
    ]);
    expect(configProblems({ KORE_SANDBOX: 'maybe' })).toEqual([
      'KORE_SANDBOX: must be true or false',
    ]);
  });
});

describe('storage settings', () => {
  it('default to a SQLite file under the folder the bot starts from, kept 72 hours', () => {
    const config = loadConfig({});
    expect(config.storage).toEqual({
      kind: 'sqlite',
      path: resolve('data/case-intake-bot.sqlite'),
    });
    expect(config.conversationTtlMs).toBe(72 * 3_600_000);
  });

  it('read a SQLite path, the memory store and a time to live', () => {
    expect(loadConfig({ SQLITE_PATH: '/data/bot.sqlite' }).storage).toEqual({
      kind: 'sqlite',
      path: '/data/bot.sqlite',
    });
    expect(loadConfig({ STORAGE: 'memory' }).storage).toEqual({ kind: 'memory' });
    expect(loadConfig({ CONVERSATION_TTL_HOURS: '8760' }).conversationTtlMs).toBe(8760 * 3_600_000);
  });

  it('read Azure Blob Storage with the default container or a named one', () => {
    expect(
      loadConfig({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite }).storage,
    ).toEqual({ kind: 'blob', connectionString: azurite, container: 'case-intake-bot' });
    expect(
      loadConfig({
        STORAGE: 'blob',
        AZURE_STORAGE_CONNECTION_STRING: azurite,
        AZURE_STORAGE_CONTAINER: 'bot-state-2',
      }).storage,
    ).toEqual({ kind: 'blob', connectionString: azurite, container: 'bot-state-2' });
  });

  it.each(['ab', 'a'.repeat(64), 'Cases', 'bot--state', '-bot', 'bot-', 'bot_state'])(
    'refuses %s as a container name, as Azure does',
    (container) => {
      expect(
        configProblems({
          STORAGE: 'blob',
          AZURE_STORAGE_CONNECTION_STRING: azurite,
          AZURE_STORAGE_CONTAINER: container,
        }),
      ).toEqual([expect.stringMatching(/^AZURE_STORAGE_CONTAINER: must be 3 to 63 lowercase/)]);
    },
  );

  it.each(['abc', 'a'.repeat(63), 'bot-state-2'])('accepts %s as a container name', (name) => {
    expect(configProblems({ STORAGE: 'blob', AZURE_STORAGE_CONTAINER: name })).toEqual([
      'AZURE_STORAGE_CONNECTION_STRING: required when STORAGE=blob',
    ]);
  });

  it('never repeats the connection string in a problem: it holds the account key', () => {
    const secret = 'AccountKeyWithoutEquals-s3cr3t';
    const problems = configProblems({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: secret });
    expect(problems).toEqual([
      expect.stringMatching(/^AZURE_STORAGE_CONNECTION_STRING: must be a storage account/),
    ]);
    expect(problems.join('\n')).not.toContain('s3cr3t');
  });

  it('refuses a connection string without STORAGE=blob, which would be silently unused', () => {
    expect(configProblems({ AZURE_STORAGE_CONNECTION_STRING: azurite })).toEqual([
      'AZURE_STORAGE_CONNECTION_STRING: is only used with STORAGE=blob: set STORAGE=blob, or leave it empty',
    ]);
  });

  it('names the storage kinds it knows', () => {
    expect(configProblems({ STORAGE: 'redis' })).toEqual([
      'STORAGE: must be sqlite, blob or memory',
    ]);
  });
});
