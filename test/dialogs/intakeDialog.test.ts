import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CaseApiClient, createCaseApiClient } from '../../src/caseApi/caseApiClient.js';
import type { CaseApiSettings } from '../../src/caseApi/caseApiSettings.js';
import { type CaseField, caseFields } from '../../src/cases/caseDraft.js';
import type { IntakeDependencies } from '../../src/dialogs/intakeDialog.js';
import { english as en } from '../../src/messages/en.js';
import type { CaseApiSandbox, CaseApiSandboxOptions } from '../../src/sandbox/caseApiSandbox.js';
import { sampleAnswers, sampleRequestBody } from '../support/caseFixtures.js';
import { ann, intakeChat } from '../support/intakeChat.js';
import { quickRetries, startTestSandbox, testTenant } from '../support/testSandbox.js';

// Saturday 28 November 2026, 13:00 in Berlin.
const now = new Date('2026-11-28T12:00:00.000Z');
const berlin = { timeZone: 'Europe/Berlin', phoneRegion: 'US' };

let sandbox: CaseApiSandbox;
let settings: CaseApiSettings;
let caseApi: CaseApiClient;
let deps: IntakeDependencies;

async function useSandbox(options: Partial<CaseApiSandboxOptions> = {}) {
  ({ sandbox, settings } = await startTestSandbox(options));
  caseApi = createCaseApiClient(settings, { retry: quickRetries });
  deps = {
    caseApi,
    caseTemplate: testTenant.caseTemplate,
    defaults: { timeZone: 'UTC', phoneRegion: 'US' },
    clock: () => now,
  };
}

beforeEach(() => useSandbox());
afterEach(async () => {
  await caseApi.close();
  await sandbox.close();
});

const goodAnswers = sampleAnswers;

/** Answers every field up to (not including) `stopAt`, from the first message on. */
async function answerUpTo(chat: ReturnType<typeof intakeChat>, stopAt?: CaseField) {
  await chat.say('I would like to open a case');
  for (const field of caseFields) {
    if (field === stopAt) return;
    await chat.say(goodAnswers[field]);
  }
}

describe('the intake conversation', () => {
  it('collects the five fields, confirms, creates the case and reports refId, assignee and due date', async () => {
    const chat = intakeChat(deps);

    expect(await chat.texts('I would like to open a case')).toEqual([
      en.intakeStart,
      en.fieldPrompt.name(berlin),
    ]);
    expect(await chat.texts('Printer on floor 3 jams')).toEqual([
      en.fieldPrompt.description(berlin),
    ]);
    expect(await chat.texts('Every duplex job jams the printer on floor 3.')).toEqual([
      en.fieldPrompt.email(berlin),
    ]);
    expect(await chat.texts('ann@contoso.com')).toEqual([en.fieldPrompt.phone(berlin)]);
    expect(await chat.texts('+44 20 7946 0018')).toEqual([en.fieldPrompt.dueDate(berlin)]);
    expect(await chat.say('March 15, 2027 at 2pm')).toEqual([
      {
        text: [
          'Here is your case:',
          '',
          '• Name: Printer on floor 3 jams',
          '• Description: Every duplex job jams the printer on floor 3.',
          '• E-mail: ann@contoso.com',
          '• Phone: +44 20 7946 0018',
          '• Due: Mon 15 Mar 2027, 14:00 (Europe/Berlin)',
        ].join('\n'),
      },
      { text: en.confirmQuestion, buttons: ['Yes', 'No'] },
    ]);
    expect(sandbox.received).toHaveLength(0);

    expect(await chat.texts('yes')).toEqual([
      'Your case CS000001 is open and assigned to Priya Raman. Due Mon 15 Mar 2027, 14:00 (Europe/Berlin).',
    ]);
    expect(chat.status).toBe('complete');
    expect(chat.result).toMatchObject({ status: 'created', receipt: { refId: 'CS000001' } });
    expect(sandbox.received.map((request) => request.body)).toEqual([
      sampleRequestBody(testTenant.caseTemplate),
    ]);
    expect(sandbox.received[0]?.headers['bot-language']).toBe('en');
  });

  it('uses the channel user id when there is no AAD object id, and the default zone when none is sent', async () => {
    const chat = intakeChat(deps, { from: { id: 'webchat-42', name: 'Guest' } });
    await answerUpTo(chat);
    expect(await chat.texts('yes')).toEqual([
      'Your case CS000001 is open and assigned to Priya Raman. Due Mon 15 Mar 2027, 14:00 (UTC).',
    ]);
    expect(sandbox.received[0]?.body).toMatchObject({
      userInfo: { _id: 'webchat-42', name: 'Guest' },
      dueDate: '2027-03-15T14:00:00.000Z',
    });
  });

  const nextQuestion: Record<CaseField, string> = {
    name: en.fieldPrompt.description(berlin),
    description: en.fieldPrompt.email(berlin),
    email: en.fieldPrompt.phone(berlin),
    phone: en.fieldPrompt.dueDate(berlin),
    dueDate: en.confirmQuestion,
  };

  it.each<[CaseField, string, string, string]>([
    ['name', 'blank', '   ', en.fieldProblem.name('empty', berlin)],
    ['name', '151 characters', 'x'.repeat(151), en.fieldProblem.name('too_long', berlin)],
    [
      'description',
      '4001 characters',
      'x'.repeat(4001),
      en.fieldProblem.description('too_long', berlin),
    ],
    ['email', 'ann.contoso.com', 'ann.contoso.com', en.fieldProblem.email('missing_at', berlin)],
    [
      'email',
      'ann at contoso@x.com',
      'ann at contoso@x.com',
      en.fieldProblem.email('has_spaces', berlin),
    ],
    ['email', 'ann@contoso', 'ann@contoso', en.fieldProblem.email('missing_domain', berlin)],
    ['email', 'ann@@contoso.com', 'ann@@contoso.com', en.fieldProblem.email('malformed', berlin)],
    ['phone', 'call me maybe', 'call me maybe', en.fieldProblem.phone('not_a_number', berlin)],
    ['phone', '12', '12', en.fieldProblem.phone('too_short', berlin)],
    ['phone', '16 digits', '+44 20 7946 0018 1234 5678', en.fieldProblem.phone('too_long', berlin)],
    [
      'phone',
      '+999 123 456 789',
      '+999 123 456 789',
      en.fieldProblem.phone('unknown_country', berlin),
    ],
    ['phone', '(415) 055-0100', '(415) 055-0100', en.fieldProblem.phone('invalid', berlin)],
    ['dueDate', 'whenever', 'whenever', en.fieldProblem.dueDate('not_a_date', berlin)],
    ['dueDate', 'yesterday', 'yesterday', en.fieldProblem.dueDate('in_the_past', berlin)],
    ['dueDate', 'March 15, 2028', 'March 15, 2028', en.fieldProblem.dueDate('too_far', berlin)],
  ])(
    're-asks for the %s with the reason when given %s, then takes a good answer',
    async (field, _label, bad, reason) => {
      const chat = intakeChat(deps);
      await answerUpTo(chat, field);
      expect(await chat.texts(bad)).toEqual([reason]);
      expect((await chat.texts(goodAnswers[field])).at(-1)).toBe(nextQuestion[field]);
    },
  );

  it('after three misses on one field offers help, another try or cancel instead of looping', async () => {
    const chat = intakeChat(deps);
    await answerUpTo(chat, 'email');
    await chat.say('not an address');
    await chat.say('still not');
    expect(await chat.say('nope')).toEqual([
      { text: en.stuck('email'), buttons: ['Show me an example', 'Try again', 'Cancel the case'] },
    ]);
    expect(await chat.texts('Show me an example')).toEqual([
      en.fieldHelp.email(berlin),
      en.fieldPrompt.email(berlin),
    ]);
    expect(await chat.texts('ann@contoso.com')).toEqual([en.fieldPrompt.phone(berlin)]);
  });

  it('cancels from the three-strikes choice without calling the API', async () => {
    const chat = intakeChat(deps);
    await answerUpTo(chat, 'phone');
    for (const bad of ['a', 'b', 'c']) await chat.say(bad);
    expect(await chat.texts('Cancel the case')).toEqual([en.cancelled]);
    expect(chat.result).toEqual({ status: 'cancelled' });
    expect(sandbox.received).toHaveLength(0);
  });

  it.each<CaseField | 'confirmation'>([
    'name',
    'description',
    'email',
    'phone',
    'dueDate',
    'confirmation',
  ])('"cancel" at the %s prompt ends the intake without calling the API', async (where) => {
    const chat = intakeChat(deps);
    await answerUpTo(chat, where === 'confirmation' ? undefined : where);
    expect(await chat.texts('Cancel')).toEqual([en.cancelled]);
    expect(chat.status).toBe('complete');
    expect(sandbox.received).toHaveLength(0);
  });

  it('"help" explains what is needed and asks the same question again', async () => {
    const chat = intakeChat(deps);
    await answerUpTo(chat, 'phone');
    expect(await chat.texts('help')).toEqual([
      en.help,
      en.fieldHelp.phone(berlin),
      en.fieldPrompt.phone(berlin),
    ]);
    expect(await chat.texts('+1 415 555 0100')).toEqual([en.fieldPrompt.dueDate(berlin)]);
  });

  it('"no" at the confirmation creates nothing', async () => {
    const chat = intakeChat(deps);
    await answerUpTo(chat);
    expect(await chat.texts('no')).toEqual([en.notConfirmed]);
    expect(chat.result).toEqual({ status: 'declined' });
    expect(sandbox.received).toHaveLength(0);
  });

  it('asks again when the confirmation is neither yes nor no', async () => {
    const chat = intakeChat(deps);
    await answerUpTo(chat);
    expect(await chat.say('maybe')).toEqual([{ text: en.confirmRetry, buttons: ['Yes', 'No'] }]);
    expect(sandbox.received).toHaveLength(0);
  });

  it('says so when the case lands in a queue', async () => {
    await sandbox.close();
    await useSandbox({ staff: { queueEvery: 1, queues: ['Billing'] } });
    const chat = intakeChat(deps);
    await answerUpTo(chat);
    expect(await chat.texts('yes')).toEqual([
      'Your case CS000001 is open and waiting in the Billing queue for the next agent. Due Mon 15 Mar 2027, 14:00 (Europe/Berlin).',
    ]);
  });

  it('says so when nobody is assigned yet', async () => {
    await sandbox.close();
    await useSandbox({ staff: { agents: [], queues: [] } });
    const chat = intakeChat(deps);
    await answerUpTo(chat);
    expect(await chat.texts('yes')).toEqual([
      'Your case CS000001 is open and not yet assigned to anyone. Due Mon 15 Mar 2027, 14:00 (Europe/Berlin).',
    ]);
  });

  it('when the API is down says nothing was created, keeps the answers, and "try again" resubmits them', async () => {
    const chat = intakeChat(deps);
    await answerUpTo(chat);
    sandbox.injectFaults(
      ...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })),
    );

    expect(await chat.say('yes')).toEqual([
      { text: en.submitFailed({ kind: 'unavailable', reason: 'HTTP 503' }) },
      { text: en.retryQuestion, buttons: ['Try again', 'Cancel'] },
    ]);
    expect(sandbox.cases).toHaveLength(0);

    expect(await chat.texts('try again')).toEqual([
      'Your case CS000001 is open and assigned to Priya Raman. Due Mon 15 Mar 2027, 14:00 (Europe/Berlin).',
    ]);
    expect(sandbox.cases).toHaveLength(1);
    expect(sandbox.received.at(-1)?.body).toEqual(sandbox.received[0]?.body);
  });

  it('reports an unknown outcome without claiming success, and cancel then ends it', async () => {
    const chat = intakeChat(deps);
    await answerUpTo(chat);
    sandbox.injectFaults({ kind: 'dropAfterCreate' });
    const replies = await chat.texts('yes');
    expect(replies[0]).toBe(en.submitFailed({ kind: 'unknown_outcome', reason: 'x' }));
    expect(replies.join(' ')).not.toMatch(/CS0000/);
    expect(sandbox.received).toHaveLength(1);
    expect(await chat.texts('cancel')).toEqual([en.cancelled]);
  });

  it('starts with the fields a host already knows and asks only for the rest', async () => {
    const chat = intakeChat(deps, ann, { draft: { email: 'ann@contoso.com', name: 'VPN drops' } });
    expect(await chat.texts('hi')).toEqual([en.intakeStart, en.fieldPrompt.description(berlin)]);
    expect(await chat.texts('It drops every hour.')).toEqual([en.fieldPrompt.phone(berlin)]);
  });
});
