import { describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import { cardFields } from '../support/cardTexts.js';
import { ann, type CardContent, intakeChat } from '../support/intakeChat.js';
import { answerUpTo, useIntakeSandbox } from '../support/intakeFixture.js';

const api = useIntakeSandbox();
const webChat = { channel: 'webchat' };

const inputsOf = (card: CardContent | undefined) =>
  Object.fromEntries(
    (card?.body ?? [])
      .flatMap((element) =>
        'columns' in element
          ? (element as { columns: { items: CardContent['body'] }[] }).columns.flatMap(
              (column) => column.items,
            )
          : [element],
      )
      .filter((element) => element.id)
      .map((element) => [element.id, element.value]),
  );
const notesOf = (card: CardContent | undefined) =>
  (card?.body ?? [])
    .filter((element) => (element as { color?: string }).color === 'Attention')
    .map((element) => element.text);

describe('cards on channels that render them', () => {
  it('shows the summary as an Adaptive Card 1.5 with every field and Submit, Edit, Cancel', async () => {
    const chat = intakeChat(api.deps, ann, webChat);
    await answerUpTo(chat, 'dueDate');
    const [summary] = await chat.say('March 15, 2027 at 2pm');
    expect(summary?.card?.version).toBe('1.5');
    expect(cardFields(summary?.card)).toEqual([
      { label: 'Name', value: 'Printer on floor 3 jams' },
      { label: 'Description', value: 'Every duplex job jams the printer on floor 3.' },
      // Values are Markdown: the escaped dot keeps the address from becoming a link.
      { label: 'E-mail', value: 'ann@contoso\\.com' },
      { label: 'Phone', value: '+44 20 7946 0018' },
      { label: 'Due date', value: 'Mon 15 Mar 2027, 14:00 (Europe/Berlin)' },
    ]);
    expect(
      summary?.card?.actions.map((action) => [action.type, action.title, action.data]),
    ).toEqual([
      ['Action.Submit', 'Create case', { intakeAction: 'yes' }],
      ['Action.Submit', 'Edit', { intakeAction: 'edit' }],
      ['Action.Submit', 'Cancel', { intakeAction: 'cancel' }],
    ]);

    const [created] = await chat.submit({ intakeAction: 'yes' });
    expect(created?.text).toMatch(/^Your case CS000001 is open/);
    expect(api.sandbox.cases).toHaveLength(1);
  });

  it('edits a field from the card: Edit, pick the field, type the value, back to the card', async () => {
    const chat = intakeChat(api.deps, ann, webChat);
    await answerUpTo(chat);
    const [which] = await chat.submit({ intakeAction: 'edit' });
    expect(which?.card?.body[0]?.text).toBe(en.editWhich);
    expect(which?.card?.actions.map((action) => action.data.intakeAction)).toEqual([
      'name',
      'description',
      'email',
      'phone',
      'dueDate',
    ]);
    const [question] = await chat.submit({ intakeAction: 'name' });
    expect(question?.text).toBe(en.editPrompt('Name', 'Printer on floor 3 jams'));
    const [summary] = await chat.say('Duplex jams on floor 3');
    expect(cardFields(summary?.card)[0]).toEqual({
      label: 'Name',
      value: 'Duplex jams on floor 3',
    });
  });

  it('cancels from the card after asking', async () => {
    const chat = intakeChat(api.deps, ann, webChat);
    await answerUpTo(chat);
    const [question] = await chat.submit({ intakeAction: 'cancel' });
    expect(question?.card?.body[0]?.text).toBe(en.cancelQuestion);
    expect(await chat.texts('yes')).toEqual([en.cancelled]);
    expect(api.sandbox.received).toHaveLength(0);
  });

  it('falls back to text and buttons where the channel has no cards', async () => {
    const chat = intakeChat(api.deps, ann, { channel: 'sms' });
    await answerUpTo(chat);
    expect(await chat.say('cancel')).toEqual([{ text: en.cancelQuestion, buttons: ['Yes', 'No'] }]);
  });
});

describe('the one-shot form', () => {
  it('comes pre-filled with what is known when asked for, by text or by the button on the first question', async () => {
    const chat = intakeChat(api.deps, ann, webChat);
    const greeting = await chat.say(
      'Outlook crashes when I open attachments, reach me at ann@contoso.com',
    );
    expect(greeting.at(-1)?.buttons).toEqual([
      'Outlook crashes when I open attachments',
      'Use a form',
    ]);
    const opening = await chat.say('Use a form');
    expect(opening[0]?.text).toBe(en.formSent);
    expect(inputsOf(opening[1]?.card)).toEqual({
      name: undefined,
      description: 'Outlook crashes when I open attachments',
      email: 'ann@contoso.com',
      phone: undefined,
      dueDate: undefined,
      dueTime: undefined,
    });
    expect(opening[1]?.card?.actions).toEqual([
      expect.objectContaining({ type: 'Action.Submit', data: { intakeAction: 'form' } }),
    ]);
  });

  it('shows every problem under its field and keeps the values, then takes a corrected form', async () => {
    const chat = intakeChat(api.deps, ann, webChat);
    await chat.say('new case');
    const typed = {
      name: 'VPN drops',
      description: '',
      email: 'ann.contoso.com',
      phone: '12',
      dueDate: '2026-11-01',
      dueTime: '09:00',
    };
    const wrong = { intakeAction: 'form', ...typed };
    const [errors] = await chat.submit(wrong);
    expect(notesOf(errors?.card)).toEqual([
      en.cards.formHasErrors,
      en.fieldProblem.description('empty', expect.anything()),
      en.fieldProblem.email('missing_at', expect.anything()),
      expect.stringMatching(/^That number is too short/),
      expect.stringMatching(/^That time has already passed in your time zone \(Europe\/Berlin\)/),
    ]);
    expect(inputsOf(errors?.card)).toEqual(typed);
    expect(api.sandbox.received).toHaveLength(0);

    const [summary] = await chat.submit({
      ...wrong,
      description: 'It drops every hour.',
      email: 'ann@contoso.com',
      phone: '+44 20 7946 0018',
      dueDate: '2026-12-01',
      dueTime: '',
    });
    expect(cardFields(summary?.card).map((field) => field.value)).toEqual([
      'VPN drops',
      'It drops every hour.',
      'ann@contoso\\.com',
      '+44 20 7946 0018',
      'Tue 1 Dec 2026, 17:00 (Europe/Berlin)',
    ]);
    await chat.submit({ intakeAction: 'yes' });
    expect(api.sandbox.received[0]?.body).toMatchObject({
      name: 'VPN drops',
      dueDate: '2026-12-01T16:00:00.000Z',
    });
  });

  it('keeps working when people type instead of using the form', async () => {
    const chat = intakeChat(api.deps, ann, webChat);
    await chat.say('new case');
    await chat.say('use a form');
    expect(await chat.texts('VPN drops')).toEqual([
      expect.stringMatching(/^Please describe the problem/),
    ]);
  });
});

describe('the form pre-filled from a complete draft', () => {
  it('shows the phone as people read it and the due date as the user-local date and time', async () => {
    const chat = intakeChat(api.deps, ann, webChat);
    await answerUpTo(chat);
    const [, form] = await chat.say('use a form');
    expect(inputsOf(form?.card)).toMatchObject({
      phone: '+44 20 7946 0018',
      dueDate: '2027-03-15',
      dueTime: '14:00',
    });
  });
});
