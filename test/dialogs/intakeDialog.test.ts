import { describe, expect, it } from 'vitest';
import type { CaseField } from '../../src/cases/caseDraft.js';
import { english as en } from '../../src/messages/en/catalog.js';
import { sampleAnswers, sampleRequestBody } from '../support/caseFixtures.js';
import { ann, intakeChat } from '../support/intakeChat.js';
import { answerUpTo, berlin, useIntakeSandbox } from '../support/intakeFixture.js';
import { testTenant } from '../support/testSandbox.js';

const api = useIntakeSandbox();

const summaryText = [
  'Here is your case:',
  '',
  '- Name: Printer on floor 3 jams',
  '- Description: Every duplex job jams the printer on floor 3.',
  // Markdown: the escaped dot keeps the address from becoming a link.
  '- E-mail: ann@contoso\\.com',
  '- Phone: +44 20 7946 0018',
  '- Due date: Mon 15 Mar 2027, 14:00 (Europe/Berlin)',
  '',
  en.reviewQuestion,
].join('\n');
const created = (refId: string, who: string) =>
  `Your case ${refId} is open and ${who}. Due Mon 15 Mar 2027, 14:00 (Europe/Berlin).`;

describe('the intake conversation, one answer at a time', () => {
  it('collects the five fields, shows a summary, creates the case and reports refId, assignee and due date', async () => {
    const chat = intakeChat(api.deps);

    expect(await chat.say('I would like to open a case')).toEqual([
      { text: en.intakeStart },
      { text: en.fieldPrompt.name(berlin), buttons: ['Use a form'] },
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
      { text: summaryText, buttons: ['Create case', 'Edit', 'Cancel'] },
    ]);
    expect(api.sandbox.received).toHaveLength(0);

    expect(await chat.texts('yes')).toEqual([created('CS000001', 'assigned to Priya Raman')]);
    expect(chat.status).toBe('complete');
    expect(chat.result).toMatchObject({ status: 'created', receipt: { refId: 'CS000001' } });
    expect(api.sandbox.received.map((request) => request.body)).toEqual([
      sampleRequestBody(testTenant.caseTemplate),
    ]);
    expect(api.sandbox.received[0]?.headers['bot-language']).toBe('en');
  });

  it('uses the channel user id without an AAD object id, and the default zone without one from the client', async () => {
    const chat = intakeChat(api.deps, { from: { id: 'webchat-42', name: 'Guest' } });
    await answerUpTo(chat);
    expect(await chat.texts('yes')).toEqual([
      'Your case CS000001 is open and assigned to Priya Raman. Due Mon 15 Mar 2027, 14:00 (UTC).',
    ]);
    expect(api.sandbox.received[0]?.body).toMatchObject({
      userInfo: { _id: 'webchat-42', name: 'Guest' },
      dueDate: '2027-03-15T14:00:00.000Z',
    });
  });

  const nextQuestion: Record<CaseField, string> = {
    name: en.fieldPrompt.description(berlin),
    description: en.fieldPrompt.email(berlin),
    email: en.fieldPrompt.phone(berlin),
    phone: en.fieldPrompt.dueDate(berlin),
    dueDate: summaryText,
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
    ['email', 'no @', 'ann.contoso.com', en.fieldProblem.email('missing_at', berlin)],
    ['email', 'a space', 'ann @contoso.com', en.fieldProblem.email('has_spaces', berlin)],
    ['email', 'no domain', 'ann@', en.fieldProblem.email('missing_domain', berlin)],
    [
      'email',
      'no top-level domain',
      'bob@contoso',
      en.fieldProblem.email('missing_top_level_domain', berlin),
    ],
    ['email', 'two @', 'ann@@contoso.com', en.fieldProblem.email('malformed', berlin)],
    ['phone', 'words', 'call me maybe', en.fieldProblem.phone('not_a_number', berlin)],
    ['phone', 'two digits', '12', en.fieldProblem.phone('too_short', berlin)],
    ['phone', '16 digits', '+44 20 7946 0018 1234 5678', en.fieldProblem.phone('too_long', berlin)],
    [
      'phone',
      'no such country',
      '+999 123 456 789',
      en.fieldProblem.phone('unknown_country', berlin),
    ],
    ['phone', 'no such number', '(415) 055-0100', en.fieldProblem.phone('invalid', berlin)],
    ['dueDate', 'no date', 'whenever', en.fieldProblem.dueDate('not_a_date', berlin)],
    ['dueDate', 'the past', 'yesterday', en.fieldProblem.dueDate('in_the_past', berlin)],
    ['dueDate', 'too far', 'March 15, 2028', en.fieldProblem.dueDate('too_far', berlin)],
  ])(
    're-asks for the %s with the reason when given %s, then takes a good answer',
    async (field, _label, bad, reason) => {
      const chat = intakeChat(api.deps);
      await answerUpTo(chat, field);
      expect(await chat.texts(bad)).toEqual([reason]);
      expect((await chat.texts(sampleAnswers[field])).at(-1)).toBe(nextQuestion[field]);
    },
  );

  it("gives an example number of the person's country when a phone is refused", () => {
    expect(en.fieldProblem.phone('invalid', berlin)).toContain('07400 123456');
  });

  it('after three misses on one field offers an example, another try or cancel instead of looping', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'email');
    await chat.say('not an address');
    await chat.say('still not');
    expect(await chat.say('nope')).toEqual([
      { text: en.stuck('E-mail'), buttons: ['Show me an example', 'Try again', 'Cancel the case'] },
    ]);
    expect(await chat.texts('Show me an example')).toEqual([
      en.fieldHelp.email(berlin),
      en.fieldPrompt.email(berlin),
    ]);
    expect(await chat.texts('ann@contoso.com')).toEqual([en.fieldPrompt.phone(berlin)]);
  });

  it('takes a valid value typed at the three-strikes choice as the answer', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'email');
    for (const bad of ['not an address', 'still not', 'nope']) await chat.say(bad);
    expect(await chat.texts('sean@contoso.ie')).toEqual([en.fieldPrompt.phone(berlin)]);
  });

  it('answers anything else typed at the three-strikes choice with the choice again', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'email');
    for (const bad of ['not an address', 'still not', 'nope']) await chat.say(bad);
    expect(await chat.say('still no address')).toEqual([
      { text: en.stuck('E-mail'), buttons: ['Show me an example', 'Try again', 'Cancel the case'] },
    ]);
  });

  it('cancels from the three-strikes choice without calling the API', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'phone');
    for (const bad of ['a', 'b', 'c']) await chat.say(bad);
    expect(await chat.texts('Cancel the case')).toEqual([en.cancelled]);
    expect(chat.result).toEqual({ status: 'cancelled' });
    expect(api.sandbox.received).toHaveLength(0);
  });

  it('lets a field be edited from the summary, then shows the summary again', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    expect(await chat.say('edit')).toEqual([
      { text: en.editWhich, buttons: ['Name', 'Description', 'E-mail', 'Phone', 'Due date'] },
    ]);
    expect(await chat.texts('phone')).toEqual([en.editPrompt('Phone', '+44 20 7946 0018')]);
    const [summary] = await chat.texts('+1 415 555 0100 x204');
    expect(summary).toContain('- Phone: +1 415 555 0100 ext. 204');
    await chat.say('yes');
    expect(api.sandbox.received[0]?.body).toMatchObject({ phoneNumber: '+14155550100;ext=204' });
  });

  it('reads "no" at the summary as wanting to change something', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    expect(await chat.texts('no')).toEqual([en.editWhich]);
    expect(api.sandbox.received).toHaveLength(0);
  });

  it('asks again when the answer to the summary is unclear', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    expect(await chat.say('maybe')).toEqual([
      { text: en.reviewRetry, buttons: ['Create case', 'Edit', 'Cancel'] },
    ]);
    expect(api.sandbox.received).toHaveLength(0);
  });

  it.each([
    [
      { staff: { queueEvery: 1, queues: ['Billing'] } },
      'waiting in the Billing queue for the next agent',
    ],
    [{ staff: { agents: [], queues: [] } }, 'not yet assigned to anyone'],
  ])('says where the case went when it is not with an agent (%o)', async (options, where) => {
    await api.restart(options);
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    expect(await chat.texts('yes')).toEqual([created('CS000001', where)]);
  });

  it('when the API is down says nothing was created, keeps the answers, and "try again" resubmits them', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    api.sandbox.injectFaults(
      ...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })),
    );

    expect(await chat.say('yes')).toEqual([
      { text: en.submitFailed({ kind: 'unavailable', reason: 'HTTP 503' }) },
      { text: en.retryQuestion, buttons: ['Try again', 'Cancel'] },
    ]);
    expect(api.sandbox.cases).toHaveLength(0);

    expect(await chat.texts('try again')).toEqual([created('CS000001', 'assigned to Priya Raman')]);
    expect(api.sandbox.cases).toHaveLength(1);
    expect(api.sandbox.received.at(-1)?.body).toEqual(api.sandbox.received[0]?.body);
  });

  it('reports an unknown outcome without claiming success', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    api.sandbox.injectFaults({ kind: 'dropAfterCreate' });
    const replies = await chat.texts('yes');
    expect(replies[0]).toBe(en.submitFailed({ kind: 'unknown_outcome', reason: 'x' }));
    expect(replies.join(' ')).not.toMatch(/CS0000/);
    expect(api.sandbox.received).toHaveLength(1);
  });

  it('starts with the fields a host already knows and asks only for the rest', async () => {
    const chat = intakeChat(api.deps, ann, {
      intake: { draft: { email: 'ann@contoso.com', name: 'VPN drops' } },
    });
    expect(await chat.texts('hi')).toEqual([en.intakeStart, en.fieldPrompt.description(berlin)]);
    expect(await chat.texts('It drops every hour.')).toEqual([en.fieldPrompt.phone(berlin)]);
  });
});
