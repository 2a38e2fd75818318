import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { english as en } from '../../src/messages/en/catalog.js';
import type { CaseApiSandbox } from '../../src/sandbox/caseApiSandbox.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { annInTeams, startFakeTeamsService, teamsBot } from '../support/fakeTeamsService.js';
import { testNow } from '../support/intakeFixture.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { type TeamsConversation, teamsClient } from '../support/teamsClient.js';

let bot: RunningBot;
let sandbox: CaseApiSandbox;
let teams: Awaited<ReturnType<typeof startFakeTeamsService>>;
let send: ReturnType<typeof teamsClient>;
const newYork = {
  timeZone: 'America/New_York',
  phoneRegion: 'US',
  phoneExample: { international: '+1 201 555 0123', national: '(201) 555-0123' },
};

async function startWith(outboxWaitMs?: number) {
  teams = await startFakeTeamsService();
  teams.members.set(annInTeams.id, {
    ...annInTeams,
    email: 'ann.lee@contoso.com',
    userPrincipalName: 'ann.lee@contoso.com',
  });
  teams.members.set('29:bob', {
    id: '29:bob',
    aadObjectId: 'aad-bob',
    name: 'Bob Customer',
    email: 'bob@fabrikam.com',
  });
  bot = await startBot(
    loadConfig({ PORT: '0', STORAGE: 'memory', ESCALATION_HISTORY: '3' }),
    recordingLogger(),
    {
      clock: () => testNow,
      outboxWaitMs,
    },
  );
  if (!bot.sandbox) throw new Error('expected sandbox mode');
  sandbox = bot.sandbox;
  send = teamsClient(bot.url, teams.url);
}

beforeEach(() => startWith());
afterEach(async () => {
  await bot.close();
  await teams.close();
});

const personal: TeamsConversation = { id: 'a:personal-ann', conversationType: 'personal' };
const channelThread: TeamsConversation = {
  id: '19:support@thread.tacv2;messageid=1700000000001',
  conversationType: 'channel',
};
const groupChat: TeamsConversation = { id: '19:group@thread.v2', conversationType: 'groupChat' };
const mention = (text: string) => ({
  text: `<at>Case bot</at> ${text}`,
  timestamp: testNow.toISOString(),
  entities: [
    { type: 'mention', text: '<at>Case bot</at>', mentioned: teamsBot },
    { type: 'clientInfo', locale: 'en-US', timezone: 'America/New_York' },
  ],
});

describe('the bot in Microsoft Teams', () => {
  it('answers in a personal chat through the Teams service, proposes the member e-mail and files the case under the AAD id', async () => {
    expect((await send(personal, { text: 'new case' })).status).toBe(200);
    expect(teams.textsIn(personal.id)).toEqual([en.intakeStart, en.fieldPrompt.name(newYork)]);
    expect(teams.posted[0]?.replyToId).toBeDefined();

    await send(personal, { text: 'VPN drops' });
    await send(personal, { text: 'It drops every hour.' });
    expect(teams.textsIn(personal.id).at(-1)).toBe(en.knownEmailQuestion('ann.lee@contoso.com'));
    await send(personal, { text: 'yes' });
    await send(personal, { text: '(415) 555-0100' });
    await send(personal, { text: 'tomorrow 5pm' });
    await send(personal, { value: { intakeAction: 'yes' } });

    expect(teams.textsIn(personal.id).at(-1)).toMatch(/^Your case CS000001 is open/);
    expect(sandbox.received[0]?.body).toMatchObject({
      userInfo: { _id: 'aad-ann', name: 'Ann Lee' },
      emailId: 'ann.lee@contoso.com',
      dueDate: '2026-11-29T22:00:00.000Z',
    });
  });

  it('files the case under the display name of the Teams profile', async () => {
    teams.members.set(annInTeams.id, {
      ...annInTeams,
      name: 'Ann Lee (Contoso IT)',
      email: 'ann.lee@contoso.com',
    });
    await send(personal, { text: 'new case' });
    for (const text of [
      'VPN drops',
      'It drops every hour.',
      'yes',
      '(415) 555-0100',
      'tomorrow 5pm',
    ]) {
      await send(personal, { text });
    }
    await send(personal, { value: { intakeAction: 'yes' } });
    expect(sandbox.received[0]?.body).toMatchObject({
      userInfo: { _id: 'aad-ann', name: 'Ann Lee (Contoso IT)' },
    });
  });

  it('strips its mention in a channel and answers in the thread the message came from', async () => {
    await send(channelThread, mention('new case'));
    expect(teams.posted.map((entry) => entry.conversationId)).toEqual([
      channelThread.id,
      channelThread.id,
    ]);
    await send(channelThread, mention('Printer on floor 3 jams'));
    const [summaryLine] = await (async () => {
      await send(channelThread, mention('status'));
      return teams.textsIn(channelThread.id).slice(-2);
    })();
    expect(summaryLine).toContain('- Name: Printer on floor 3 jams');
    expect(summaryLine).not.toContain('<at>');
  });

  it('offers rather than starts an intake when mentioned in a group chat about something else', async () => {
    await send(groupChat, mention('the printer on floor 3 is jammed again'));
    expect(teams.textsIn(groupChat.id)).toEqual([en.groupOffer]);
  });

  it('turns "escalate" into an intake whose description is the recent conversation, oldest first', async () => {
    await send(groupChat, mention('the printer on floor 3 is jammed again'), { ...annInTeams });
    await send(groupChat, mention('same here, every duplex job'), {
      id: '29:bob',
      name: 'Bob Customer',
      aadObjectId: 'aad-bob',
    });
    await send(groupChat, mention('it started this morning'), { ...annInTeams });
    await send(groupChat, mention('still broken after restart'), {
      id: '29:bob',
      name: 'Bob Customer',
      aadObjectId: 'aad-bob',
    });
    await send(groupChat, mention('escalate'));
    await send(groupChat, mention('Printer jams on duplex'));
    await send(groupChat, mention('what have I entered?'));
    const status = teams.textsIn(groupChat.id).at(-2) ?? '';
    expect(status).toContain(
      [
        '- Description: Escalated from the conversation (the last 3 messages I saw):',
        '[Sat 28 Nov, 07:00] Bob Customer: same here, every duplex job',
        '[Sat 28 Nov, 07:00] Ann Lee: it started this morning',
        '[Sat 28 Nov, 07:00] Bob Customer: still broken after restart',
      ].join('\n'),
    );
  });
});

describe('"Create case" on a message (agent escalation)', () => {
  const messagePayload = {
    id: '1700000000099',
    createdDateTime: '2026-11-28T09:15:00.000Z',
    body: {
      contentType: 'html',
      content: '<p>My laptop will not <b>boot</b> since the update.</p><p>Can someone help?</p>',
    },
    from: { user: { id: 'aad-bob', displayName: 'Bob Customer', userIdentityType: 'aadUser' } },
  };
  const invoke = (name: string, value: Record<string, unknown>) =>
    send(groupChat, {
      type: 'invoke',
      name,
      value: { commandId: 'createCase', commandContext: 'message', messagePayload, ...value },
    });
  const goodForm = {
    intakeAction: 'form',
    name: 'Laptop will not boot',
    description: 'My laptop will not boot since the update.',
    email: 'bob@fabrikam.com',
    phone: '+1 415 555 0100',
    dueDate: '2026-12-01',
    dueTime: '10:00',
  };
  type TaskCard = {
    task: {
      type: string;
      value: { card: { content: { body: { id?: string; value?: string; text?: string }[] } } };
    };
  };
  const inputs = (body: unknown) =>
    Object.fromEntries(
      (body as TaskCard).task.value.card.content.body
        .filter((element) => element.id)
        .map((element) => [element.id, element.value]),
    );

  it('opens the form pre-filled from the message: text without HTML, author and time, a name, the author e-mail', async () => {
    const { status, body } = await invoke('composeExtension/fetchTask', {});
    expect(status).toBe(200);
    expect((body as TaskCard).task.type).toBe('continue');
    expect(inputs(body)).toEqual({
      name: 'Laptop will not boot since the update',
      description:
        'My laptop will not boot since the update.\n\nCan someone help?\n\n(Bob Customer, Sat 28 Nov, 04:15)',
      email: 'bob@fabrikam.com',
    });
  });

  it('shows the form again with the problems and the values when the submit is wrong', async () => {
    const { body } = await invoke('composeExtension/submitAction', {
      data: { ...goodForm, email: 'bob.fabrikam.com', dueDate: '2026-11-01' },
    });
    const texts = (body as TaskCard).task.value.card.content.body
      .map((element) => element.text)
      .filter(Boolean);
    expect(texts).toContain(en.fieldProblem.email('missing_at', newYork));
    expect(texts.some((text) => text?.startsWith('That time has already passed'))).toBe(true);
    expect(inputs(body)).toMatchObject({ email: 'bob.fabrikam.com', name: 'Laptop will not boot' });
    expect(sandbox.received).toHaveLength(0);
  });

  it('creates the case for the message author and answers with a result card to post', async () => {
    const { body } = await invoke('composeExtension/submitAction', { data: goodForm });
    const result = body as {
      composeExtension: {
        type: string;
        attachments: {
          content: { body: { text?: string; facts?: { title: string; value: string }[] }[] };
        }[];
      };
    };
    expect(result.composeExtension.type).toBe('result');
    const card = result.composeExtension.attachments[0]?.content;
    expect(card?.body[0]?.text).toBe('Case CS000001');
    expect(card?.body[2]?.facts).toEqual([
      { title: 'Status', value: 'Open' },
      { title: 'Assigned to', value: 'Priya Raman' },
      { title: 'Due', value: 'Tue 1 Dec 2026, 10:00 (America/New_York)' },
    ]);
    expect(sandbox.received[0]?.body).toMatchObject({
      userInfo: { _id: 'aad-bob', name: 'Bob Customer' },
      emailId: 'bob@fabrikam.com',
    });
  });

  it('answers at once when the case API is slow, posts the result later, and a re-sent submit creates no second case', async () => {
    await bot.close();
    await teams.close();
    await startWith(100);
    sandbox.injectFaults({ kind: 'delay', ms: 700 });

    const first = await invoke('composeExtension/submitAction', { data: goodForm });
    expect(first.body).toEqual({ task: { type: 'message', value: en.messageActionPending } });
    const again = await invoke('composeExtension/submitAction', { data: goodForm });
    expect(again.body).toEqual({ task: { type: 'message', value: en.messageActionPending } });

    await expect.poll(() => teams.textsIn(groupChat.id)).toContain('Case CS000001');
    expect(sandbox.cases).toHaveLength(1);
    expect(sandbox.received).toHaveLength(1);
  });

  it('queues the case when the case API is down, answers at once, and posts the card when it is back', async () => {
    await bot.close();
    await teams.close();
    await startWith(300);
    sandbox.injectFaults(
      ...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })),
    );
    const { body } = await invoke('composeExtension/submitAction', { data: goodForm });
    expect(body).toEqual({ task: { type: 'message', value: en.messageActionPending } });

    await expect.poll(() => teams.posted.length, { timeout: 15_000 }).toBe(1);
    const card = teams.posted[0]?.activity.attachments?.[0]?.content;
    expect(JSON.stringify(card)).toContain((sandbox.cases[0] as { refId: string }).refId);
    expect(sandbox.cases).toHaveLength(1);
  });
});
