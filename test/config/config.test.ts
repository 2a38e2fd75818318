import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { configProblems } from '../support/configProblems.js';

const tenant = {
  KORE_BASE_URL: 'https://platform.kore.ai',
  KORE_STREAM_ID: 'st-123',
  KORE_ACCOUNT_ID: 'acc-1',
  KORE_CASE_TEMPLATE: 'ctm-9',
  KORE_CLIENT_ID: 'cs-client',
  KORE_CLIENT_SECRET: 'secret',
};

describe('loadConfig', () => {
  it('runs in sandbox mode with defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.caseApi.mode).toBe('sandbox');
    expect(config.defaults).toEqual({
      timeZone: 'UTC',
      phoneRegion: 'US',
      dueDateRules: {
        defaultHour: 17,
        endOfDayHour: 17,
        horizonDays: 365,
        morningHour: 9,
        afternoonHour: 14,
        eveningHour: 18,
      },
    });
  });

  it("sets the sandbox's limit and the client's budget in sandbox mode, or lifts the limit", () => {
    const sandbox = (environment: Record<string, string>) => {
      const { caseApi } = loadConfig(environment);
      return caseApi.mode === 'sandbox' && [caseApi.ratePerMinute, caseApi.requestsPerMinute];
    };
    expect(sandbox({})).toEqual([60, 60]);
    expect(
      sandbox({ SANDBOX_REQUESTS_PER_MINUTE: '0', KORE_REQUESTS_PER_MINUTE: '100000' }),
    ).toEqual([0, 100_000]);
    expect(configProblems({ SANDBOX_REQUESTS_PER_MINUTE: '-1' })).toEqual([
      'SANDBOX_REQUESTS_PER_MINUTE: must be a whole number of at least 0',
    ]);
  });

  it('reads a real tenant with client credentials; the instance id defaults to the stream id', () => {
    const config = loadConfig({
      ...tenant,
      PORT: '8080',
      DEFAULT_TIMEZONE: 'Europe/Berlin',
      DEFAULT_PHONE_REGION: 'gb',
      DUE_DEFAULT_HOUR: '9',
      DUE_END_OF_DAY_HOUR: '18',
      DUE_HORIZON_DAYS: '90',
      DUE_MORNING_HOUR: '8',
    });
    expect(config.port).toBe(8080);
    expect(config.defaults).toEqual({
      timeZone: 'Europe/Berlin',
      phoneRegion: 'GB',
      dueDateRules: {
        defaultHour: 9,
        endOfDayHour: 18,
        horizonDays: 90,
        morningHour: 8,
        afternoonHour: 14,
        eveningHour: 18,
      },
    });
    expect(config.caseApi).toEqual({
      mode: 'remote',
      settings: {
        baseUrl: 'https://platform.kore.ai',
        streamId: 'st-123',
        accountId: 'acc-1',
        iid: 'st-123',
        caseTemplate: 'ctm-9',
        auth: {
          kind: 'client',
          clientId: 'cs-client',
          clientSecret: 'secret',
          singleUseTokens: false,
        },
        timeoutMs: 10_000,
        requestsPerMinute: 60,
      },
    });
  });

  it('accepts a ready-made JWT instead of client credentials', () => {
    const { KORE_CLIENT_ID, KORE_CLIENT_SECRET, ...rest } = tenant;
    const config = loadConfig({ ...rest, KORE_JWT: 'eyJ.token', KORE_IID: 'st-other' });
    expect(config.caseApi.mode === 'remote' && config.caseApi.settings.auth).toEqual({
      kind: 'token',
      jwt: 'eyJ.token',
    });
    expect(config.caseApi.mode === 'remote' && config.caseApi.settings.iid).toBe('st-other');
  });

  it('names every missing variable of a tenant on its own line', () => {
    expect(configProblems({ KORE_BASE_URL: 'https://platform.kore.ai' })).toEqual([
      'KORE_STREAM_ID: required when KORE_BASE_URL is set',
      'KORE_ACCOUNT_ID: required when KORE_BASE_URL is set',
      'KORE_CASE_TEMPLATE: required when KORE_BASE_URL is set',
      'KORE_CLIENT_ID: set KORE_CLIENT_ID and KORE_CLIENT_SECRET (or KORE_JWT) when KORE_BASE_URL is set',
    ]);
  });

  it('explains bad values', () => {
    const problems = configProblems({
      PORT: 'eighty',
      KORE_BASE_URL: 'ftp://x',
      DEFAULT_TIMEZONE: 'Mars/Olympus',
      DEFAULT_PHONE_REGION: 'XX',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        'KORE_BASE_URL: must be an http(s) URL such as https://platform.kore.ai',
        'DEFAULT_TIMEZONE: must be an IANA time zone such as Europe/Berlin or UTC',
        'DEFAULT_PHONE_REGION: must be a two-letter country code such as US, GB or DE',
      ]),
    );
  });

  it('requires a password with a Bot Framework app id, and a tenant for single-tenant bots', () => {
    expect(
      configProblems({ ...tenant, MicrosoftAppId: 'app', MicrosoftAppType: 'SingleTenant' }),
    ).toEqual([
      'MicrosoftAppPassword: required when MicrosoftAppId is set',
      'MicrosoftAppTenantId: required for SingleTenant',
    ]);
  });

  it('treats empty variables as unset, as .env files often leave them', () => {
    expect(loadConfig({ KORE_BASE_URL: '', MicrosoftAppId: '' }).caseApi.mode).toBe('sandbox');
  });
});
