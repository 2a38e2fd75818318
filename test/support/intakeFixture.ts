import { afterEach, beforeEach } from 'vitest';
import { type CaseApiClient, createCaseApiClient } from '../../src/caseApi/caseApiClient.js';
import { type CaseField, caseFields } from '../../src/cases/caseDraft.js';
import type { IntakeDependencies } from '../../src/dialogs/intakeDialog.js';
import type { CaseApiSandbox, CaseApiSandboxOptions } from '../../src/sandbox/caseApiSandbox.js';
import { sampleAnswers } from './caseFixtures.js';
import { quickRetries, startTestSandbox, testTenant } from './testSandbox.js';

/** Saturday 28 November 2026, 13:00 in Berlin: the fixed clock of the intake tests. */
export const testNow = new Date('2026-11-28T12:00:00.000Z');

/** The catalog context for Ann in Berlin on an en-GB client: British numbers, by her locale. */
export const berlin = {
  timeZone: 'Europe/Berlin',
  phoneRegion: 'GB',
  phoneExample: { international: '+44 7400 123456', national: '07400 123456' },
};

/** A sandbox and a client for every test of a file, with intake dependencies that use them. */
export function useIntakeSandbox() {
  const current = {} as {
    sandbox: CaseApiSandbox;
    caseApi: CaseApiClient;
    deps: IntakeDependencies;
  };
  const start = async (options: Partial<CaseApiSandboxOptions> = {}) => {
    const { sandbox, settings } = await startTestSandbox(options);
    const caseApi = createCaseApiClient(settings, { retry: quickRetries });
    Object.assign(current, {
      sandbox,
      caseApi,
      deps: {
        caseApi,
        caseTemplate: testTenant.caseTemplate,
        defaults: { timeZone: 'UTC', phoneRegion: 'US' },
        clock: () => testNow,
      },
    });
  };
  const stop = async () => {
    await current.caseApi.close();
    await current.sandbox.close();
  };
  beforeEach(() => start());
  afterEach(stop);
  return {
    get sandbox() {
      return current.sandbox;
    },
    get deps() {
      return current.deps;
    },
    /** Replaces the sandbox with one set up differently (staff, limits). */
    async restart(options: Partial<CaseApiSandboxOptions>) {
      await stop();
      await start(options);
    },
  };
}

/**
 * Opens the intake and answers every field up to (not including) `stopAt`, one per message, in
 * a test-adapter chat or over HTTP.
 */
export async function answerUpTo(
  chat: { say(text: string): Promise<unknown> },
  stopAt?: CaseField,
) {
  await chat.say('I would like to open a case');
  for (const field of caseFields) {
    if (field === stopAt) return;
    await chat.say(sampleAnswers[field]);
  }
}

/** What the field parsers need for a reader in London on an en-GB client, at `testNow`. */
export const londonReading = {
  now: testNow,
  timeZone: 'Europe/London',
  culture: 'en-gb',
  phoneRegion: 'GB',
} as const;
