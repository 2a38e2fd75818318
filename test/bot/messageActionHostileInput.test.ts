import { afterEach, describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import type { CaseApiSandbox } from '../../src/sandbox/caseApiSandbox.js';
import type { RunningBot } from '../../src/server/startBot.js';
import { cardTexts } from '../support/cardTexts.js';
import { startFakeTeamsService } from '../support/fakeTeamsService.js';
import type { LogEntry } from '../support/recordingLogger.js';
import { startSandboxedBot } from '../support/sandboxedBot.js';
import { type TeamsConversation, teamsClient } from '../support/teamsClient.js';
import { shownAsText } from '../support/webChatMarkdown.js';

const hostileName = '![x](https://evil.example/p.png) [click](https://evil.example)';
const hostileDescription =
  '<img src=x onerror=alert(1)> It broke, see https://evil.example **now**';
const groupChat: TeamsConversation = { id: '19:group@thread.v2', conversationType: 'groupChat' };
const goodForm = {
  intakeAction: 'form',
  name: hostileName,
  description: hostileDescription,
  email: 'bob@fabrikam.com',
  phone: '+1 415 555 0100',
  dueDate: '2026-12-01',
  dueTime: '10:00',
};
const newYork = {
  timeZone: 'America/New_York',
  phoneRegion: 'US',
  phoneExample: { international: '+1 201 555 0123', national: '(201) 555-0123' },
};

type CardAttachment = { contentType: string; content: unknown };
type ActionResponse = {
  task?: { type: string; value: { card: CardAttachment } };
  composeExtension?: { type: string; attachments: CardAttachment[] };
};

let bot: RunningBot;
let sandbox: CaseApiSandbox;
let logEntries: LogEntry[];
let teams: Awaited<ReturnType<typeof startFakeTeamsService>>;
let send: ReturnType<typeof teamsClient>;

async function start(outboxWaitMs?: number) {
  teams = await startFakeTeamsService();
  const started = await startSandboxedBot({}, { outboxWaitMs });
  ({ bot, sandbox } = started);
  logEntries = started.logger.entries;
  send = teamsClient(bot.url, teams.url);
}

afterEach(async () => {
  await bot.close();
  await teams.close();
});

/** "Create case" on a message whose text is the hostile name, as Teams invokes it. */
async function invoke(name: string, value: Record<string, unknown>): Promise<ActionResponse> {
  const { status, body } = await send(groupChat, {
    type: 'invoke',
    name,
    value: {
      commandId: 'createCase',
      commandContext: 'message',
      messagePayload: {
        id: '1700000000099',
        createdDateTime: '2026-11-28T09:15:00.000Z',
        body: { contentType: 'text', content: `${hostileName}\n${hostileDescription}` },
        from: { user: { id: 'aad-bob', displayName: 'Bob Customer' } },
      },
      ...value,
    },
  });
  expect(status).toBe(200);
  return body as ActionResponse;
}

const inputValues = (card: unknown) =>
  Object.fromEntries(
    ((card as { body: { id?: string; value?: string }[] }).body ?? [])
      .filter((element) => element.id)
      .map((element) => [element.id, element.value]),
  );

describe('"Create case" on a message with hostile input', () => {
  it('shows the name on the result card as text, and sends the case what was typed', async () => {
    await start();
    const form = (await invoke('composeExtension/fetchTask', {})).task?.value.card.content;
    // Input values are not Markdown: the form is pre-filled with the message as it is.
    expect(inputValues(form).description?.startsWith(`${hostileName}\n${hostileDescription}`)).toBe(
      true,
    );

    const response = await invoke('composeExtension/submitAction', { data: goodForm });

    const card = response.composeExtension?.attachments[0]?.content;
    expect(response.composeExtension?.type).toBe('result');
    const shown = shownAsText(cardTexts(card));
    expect(shown).toContain('Case CS000001');
    expect(shown).toContain(hostileName);
    expect(sandbox.received[0]?.body).toMatchObject({
      name: hostileName,
      desc: hostileDescription,
    });
  });

  it('shows the name as text on the result card posted later when the case API is slow', async () => {
    await start(100);
    sandbox.injectFaults({ kind: 'delay', ms: 500 });

    const first = await invoke('composeExtension/submitAction', { data: goodForm });
    expect(first.task?.type).toBe('message');

    await expect.poll(() => teams.posted.length).toBe(1);
    const posted = teams.posted[0]?.activity.attachments?.[0]?.content;
    expect(shownAsText(cardTexts(posted))).toContain(hostileName);
  });

  it('refuses an e-mail address longer than RFC 5321 allows, in the form, sending nothing', async () => {
    await start();
    const tooLong = `${'a'.repeat(488)}@fabrikam.com`;

    const response = await invoke('composeExtension/submitAction', {
      data: { ...goodForm, email: tooLong },
    });

    const form = response.task?.value.card.content;
    expect(cardTexts(form)).toContain(en.fieldProblem.email('too_long', newYork));
    expect(inputValues(form)).toMatchObject({ email: tooLong });
    expect(sandbox.received).toHaveLength(0);
  });

  it("answers a refusal by the case API in the bot's words and logs the API's words scrubbed", async () => {
    await start();
    sandbox.injectFaults({
      kind: 'status',
      status: 400,
      body: JSON.stringify({ message: 'Invalid emailId bob@fabrikam.com for user 555-0100' }),
    });

    const response = await invoke('composeExtension/submitAction', { data: goodForm });

    const form = response.task?.value.card.content;
    expect(cardTexts(form)).toContain(en.submitFailed({ kind: 'rejected', status: 400 }));
    expect(JSON.stringify(cardTexts(form))).not.toMatch(/Invalid emailId|555-0100/);
    expect(logEntries.find((entry) => entry.message === 'createCase failed')).toMatchObject({
      level: 'warn',
      details: { apiMessage: 'Invalid emailId [email] for user [number]' },
    });
    expect(JSON.stringify(logEntries)).not.toMatch(/bob@fabrikam\.com|555-0100/);
  });
});
