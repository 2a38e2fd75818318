import { describe, expect, it } from 'vitest';
import type { CaseField } from '../../src/cases/caseDraft.js';
import { english as en } from '../../src/messages/en/catalog.js';
import { intakeChat } from '../support/intakeChat.js';
import { answerUpTo, berlin, useIntakeSandbox } from '../support/intakeFixture.js';

const api = useIntakeSandbox();

describe('interruptions work at any prompt', () => {
  it('"help" says what is needed, where we are and what this answer takes, then asks again', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'phone');
    expect(await chat.texts('help')).toEqual([
      en.help,
      `${en.progress(3, 5, 'Phone')} ${en.fieldHelp.phone(berlin)}`,
      en.fieldPrompt.phone(berlin),
    ]);
    expect(await chat.texts('+1 415 555 0100')).toEqual([en.fieldPrompt.dueDate(berlin)]);
  });

  it('"cancel" before anything was given ends at once without calling the API', async () => {
    const chat = intakeChat(api.deps);
    await chat.say('new case');
    expect(await chat.texts('cancel')).toEqual([en.cancelled]);
    expect(chat.result).toEqual({ status: 'cancelled' });
  });

  it.each<CaseField | 'summary'>(['description', 'email', 'phone', 'dueDate', 'summary'])(
    '"cancel" at the %s prompt asks first; "yes" ends without calling the API',
    async (where) => {
      const chat = intakeChat(api.deps);
      await answerUpTo(chat, where === 'summary' ? undefined : where);
      expect(await chat.say('cancel')).toEqual([
        { text: en.cancelQuestion, buttons: ['Yes', 'No'] },
      ]);
      expect(await chat.texts('yes')).toEqual([en.cancelled]);
      expect(chat.status).toBe('complete');
      expect(chat.result).toEqual({ status: 'cancelled' });
      expect(api.sandbox.received).toHaveLength(0);
    },
  );

  it('"cancel" then "no" carries on with the same question and keeps the answers', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'email');
    await chat.say('stop');
    expect(await chat.texts('no')).toEqual([en.carryOn, en.fieldPrompt.email(berlin)]);
    await chat.say('ann@contoso.com');
    await chat.say('+44 20 7946 0018');
    const [summary] = await chat.texts('tomorrow 5pm');
    expect(summary).toContain('- Name: Printer on floor 3 jams');
  });

  it('"back" re-asks the previous field, showing its value, then continues where it was', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'phone');
    expect(await chat.texts('back')).toEqual([en.editPrompt('E-mail', 'ann@contoso.com')]);
    expect(await chat.texts('ann.lee@contoso.com')).toEqual([en.fieldPrompt.phone(berlin)]);
    await chat.say('+44 20 7946 0018');
    const [summary] = await chat.texts('tomorrow 5pm');
    expect(summary).toContain('- E-mail: ann\\.lee@contoso\\.com');
  });

  it('"back" at the summary goes to the last field, and at the first question says so', async () => {
    const chat = intakeChat(api.deps);
    await chat.say('hi');
    expect(await chat.texts('back')).toEqual([en.atFirstField, en.fieldPrompt.name(berlin)]);
    const full = intakeChat(api.deps);
    await answerUpTo(full);
    expect(await full.texts('go back')).toEqual([
      en.editPrompt('Due date', 'Mon 15 Mar 2027, 14:00 (Europe/Berlin)'),
    ]);
  });

  it('"start over" clears the answers and asks from the first question', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'phone');
    expect(await chat.texts('start over')).toEqual([en.startingOver, en.fieldPrompt.name(berlin)]);
    expect((await chat.texts('what have I entered?'))[0]).toBe(
      `${en.statusIntro}\n\n${['Name', 'Description', 'E-mail', 'Phone', 'Due date'].map((label) => `- ${label}: ${en.notYet}`).join('\n')}`,
    );
  });

  it('"what have I entered?" lists the answers so far and asks the same question again', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'phone');
    expect(await chat.texts('What have I entered?')).toEqual([
      [
        en.statusIntro,
        '',
        '- Name: Printer on floor 3 jams',
        '- Description: Every duplex job jams the printer on floor 3.',
        '- E-mail: ann@contoso\\.com',
        `- Phone: ${en.notYet}`,
        `- Due date: ${en.notYet}`,
      ].join('\n'),
      en.fieldPrompt.phone(berlin),
    ]);
  });

  it('"change the e-mail to …" works at any prompt and confirms the change', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'phone');
    expect(await chat.texts('change the email to ann.lee@contoso.com')).toEqual([
      en.changed('E-mail', 'ann.lee@contoso.com'),
      en.fieldPrompt.phone(berlin),
    ]);
  });

  it('"change the phone to …" refuses a bad value with the reason and keeps the old one', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    expect(await chat.texts('change the phone to 12')).toEqual([
      en.fieldProblem.phone('too_short', berlin),
      expect.stringContaining('- Phone: +44 20 7946 0018'),
    ]);
  });

  it('does not take "fix the printer to …" in a description for a command', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'description');
    expect(await chat.texts('Please fix the printer to print duplex again')).toEqual([
      en.fieldPrompt.email(berlin),
    ]);
  });
});
