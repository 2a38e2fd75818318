import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type CaseApiClient,
  type CaseApiSandbox,
  createCaseApiClient,
  IntakeDialog,
  type IntakeResult,
} from '../src/index.js';
import { quickRetries, startTestSandbox, testTenant } from './support/testSandbox.js';

let sandbox: CaseApiSandbox;
let caseApi: CaseApiClient;

beforeEach(async () => {
  const started = await startTestSandbox();
  sandbox = started.sandbox;
  caseApi = createCaseApiClient(started.settings, { retry: quickRetries });
});
afterEach(async () => {
  await caseApi.close();
  await sandbox.close();
});

/** A host bot's own dialog that mounts the intake under its own id and reads its result. */
class HostSupportDialog extends ComponentDialog {
  constructor(intake: IntakeDialog) {
    super('hostSupport');
    this.addDialog(intake).addDialog(
      new WaterfallDialog('hostFlow', [
        (step) => step.beginDialog('escalateToCase', { draft: { email: 'known@contoso.com' } }),
        async (step) => {
          const outcome = step.result as IntakeResult;
          await step.context.sendActivity(
            outcome.status === 'created'
              ? `host saw ${outcome.receipt.refId}`
              : `host saw ${outcome.status}`,
          );
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = 'hostFlow';
  }
}

it('mounts in another bot under its own id, with prefilled fields, and hands back the receipt', async () => {
  const intake = new IntakeDialog(
    {
      caseApi,
      caseTemplate: testTenant.caseTemplate,
      defaults: { timeZone: 'UTC', phoneRegion: 'GB' },
      clock: () => new Date('2026-11-28T12:00:00Z'),
    },
    'escalateToCase',
  );
  const client = new DialogTestClient('test', new HostSupportDialog(intake));
  const turns = ['hi', 'Broken VPN', 'It drops hourly.', '020 7946 0018', 'tomorrow 5pm', 'yes'];
  let last: string | undefined;
  for (const text of turns) {
    for (let reply = await client.sendActivity(text); reply; reply = client.getNextReply()) {
      last = reply.text;
    }
  }
  expect(last).toBe('host saw CS000001');
  expect(sandbox.received[0]?.body).toMatchObject({
    emailId: 'known@contoso.com',
    phoneNumber: '+442079460018',
    dueDate: '2026-11-29T17:00:00.000Z',
  });
});
