import { type Activity, ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { CaseIntakeBot } from '../../src/bot/caseIntakeBot.js';
import { ConversationHistory } from '../../src/bot/conversationHistory.js';
import { CreateCaseMessageAction } from '../../src/bot/messageAction.js';
import { IntakeDialog } from '../../src/dialogs/intakeDialog.js';
import { createMemoryRecordStore } from '../../src/storage/memoryRecordStore.js';
import { createCaseSubmission, submissionTimingsFor } from '../../src/submission/caseSubmission.js';
import { testNow, useIntakeSandbox } from '../support/intakeFixture.js';
import { testTenant } from '../support/testSandbox.js';

const api = useIntakeSandbox();

/** The bot wired as the composition root wires it, driven by botbuilder's TestAdapter. */
function botUnderTest() {
  const conversationState = new ConversationState(new MemoryStorage());
  const submission = createCaseSubmission(
    api.deps.caseApi,
    createMemoryRecordStore(),
    submissionTimingsFor(2_000),
  );
  const defaults = { timeZone: 'Europe/London', phoneRegion: 'GB' };
  const common = {
    caseTemplate: testTenant.caseTemplate,
    defaults,
    submission,
    clock: () => testNow,
  };
  const bot = new CaseIntakeBot({
    conversationState,
    intake: new IntakeDialog({ ...common, caseApi: api.deps.caseApi }),
    history: new ConversationHistory(conversationState, 5),
    createCaseAction: new CreateCaseMessageAction({
      ...common,
    }),
    defaults,
    records: createMemoryRecordStore(),
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  return {
    async invoke(name: string, value: unknown) {
      await adapter.processActivity({
        type: 'invoke',
        name,
        value,
        channelId: 'msteams',
      } as Partial<Activity> as Activity);
      const response = adapter.activeQueue.find((activity) => activity.type === 'invokeResponse');
      adapter.activeQueue.length = 0;
      return response?.value as { status: number; body: Record<string, unknown> } | undefined;
    },
  };
}

const messagePayload = {
  id: 'm-1',
  body: { contentType: 'text', content: 'The VPN drops every hour' },
  from: { user: { id: 'aad-bob', displayName: 'Bob Customer' } },
};

describe('the Create case message action through the test adapter', () => {
  it('answers fetchTask with the pre-filled form even when the member lookup is unavailable', async () => {
    const response = await botUnderTest().invoke('composeExtension/fetchTask', {
      commandId: 'createCase',
      messagePayload,
    });
    expect(response?.status).toBe(200);
    const body = response?.body as {
      task: {
        type: string;
        value: { card: { content: { body: { id?: string; value?: string }[] } } };
      };
    };
    expect(body.task.type).toBe('continue');
    const inputs = Object.fromEntries(
      body.task.value.card.content.body.filter((e) => e.id).map((e) => [e.id, e.value]),
    );
    expect(inputs).toMatchObject({
      name: 'VPN drops every hour',
      description: 'The VPN drops every hour\n\n(Bob Customer)',
    });
    expect(inputs.email).toBeUndefined();
  });

  it('creates the case on submitAction and answers with the result card', async () => {
    const response = await botUnderTest().invoke('composeExtension/submitAction', {
      commandId: 'createCase',
      messagePayload,
      data: {
        intakeAction: 'form',
        name: 'VPN drops',
        description: 'The VPN drops every hour',
        email: 'bob@fabrikam.com',
        phone: '020 7946 0018',
        dueDate: '2026-12-01',
        dueTime: '',
      },
    });
    expect(response?.body).toMatchObject({
      composeExtension: { type: 'result', attachmentLayout: 'list' },
    });
    expect(api.sandbox.received[0]?.body).toMatchObject({
      phoneNumber: '+442079460018',
      dueDate: '2026-12-01T17:00:00.000Z',
    });
  });

  it('leaves other commands to the default handling', async () => {
    const response = await botUnderTest().invoke('composeExtension/fetchTask', {
      commandId: 'somethingElse',
    });
    expect(response?.status).toBe(501);
  });
});
