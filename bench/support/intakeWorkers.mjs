// What each worker of bench/throughput.mjs sends, row by row. A worker is
// `{ prepare?, step }` for bench/support/loadDriver.mjs: `prepare` runs once before the timed
// run, `step` sends the worker's next request(s). Every reply is checked against the bot's
// English catalog (dist/messages/en/catalog.js); a reply other than the expected one is counted as
// `unexpected` and the worker finds its way back (so a row can never measure an error page).
import { randomUUID } from 'node:crypto';
import {
  hasAdaptiveCard,
  longOpeningMessage,
  messageActivity,
  repliesOf,
  unambiguousDueDate,
} from './activities.mjs';

const path = '/api/messages';
const texts = (replies) => replies.map((reply) => reply.text ?? '');
const says = (expected) => (replies) => texts(replies).includes(expected);

/** Rows (a) and (b): the same short message again and again in one conversation per worker. */
export function sameMessageWorker(index, accept) {
  const conversation = { conversationId: `load-${index}`, userId: `load-user-${index}` };
  return {
    step: async ({ send, count }) => {
      const body = await send(
        path,
        messageActivity({ ...conversation, text: 'Laptop screen flickers' }),
        'message',
      );
      if (body !== undefined && !accept(body)) count('unexpected');
    },
  };
}

/**
 * Row (c), mid-intake answers: each worker's conversation is parked at the name question before
 * the run (an opening "I would like to open a case"), then answers, in a loop, the name, the
 * description, the e-mail, the phone and the due date (each answer read and validated, each
 * reply the next question; the due date's reply is the summary card), then says "start over",
 * which clears the answers and asks for the name again. So every request is a message to a
 * conversation in the middle of an intake: five of six are a valid answer to the question asked,
 * one is the command that keeps the loop going. Nothing is ever confirmed.
 */
export function midIntakeWorker(index, english) {
  const conversation = {
    conversationId: `mid-intake-${index}-${randomUUID()}`,
    userId: `mid-intake-user-${index}`,
  };
  const prompt = english.fieldPrompt;
  const steps = [
    {
      label: 'name',
      text: `Printer on floor ${(index % 9) + 1} jams`,
      expected: says(prompt.description()),
    },
    {
      label: 'description',
      text: 'Every duplex job on the second printer jams since this morning.',
      expected: says(prompt.email()),
    },
    { label: 'e-mail', text: `bench.user${index}@contoso.com`, expected: says(prompt.phone()) },
    {
      label: 'phone',
      text: '+44 20 7946 0018',
      expected: says(prompt.dueDate({ timeZone: 'Europe/Berlin' })),
    },
    { label: 'due date', text: unambiguousDueDate(), expected: hasAdaptiveCard },
    { label: 'start over', text: 'start over', expected: says(prompt.name()) },
  ];
  const startOver = steps.length - 1;
  let next = 0;
  return {
    prepare: async ({ send }) => {
      const body = await send(
        path,
        messageActivity({ ...conversation, text: 'I would like to open a case' }),
        'park',
      );
      if (!says(prompt.name())(repliesOf(body)))
        throw new Error(`conversation ${index} was not parked at the name question`);
    },
    step: async ({ send, count }) => {
      const step = steps[next];
      const body = await send(
        path,
        messageActivity({ ...conversation, text: step.text }),
        step.label,
      );
      if (body !== undefined && step.expected(repliesOf(body))) {
        next = (next + 1) % steps.length;
        return;
      }
      // A failed or unexpected turn: "start over" brings the conversation back to the name.
      if (body !== undefined) count('unexpected');
      next = startOver;
    },
  };
}

/** Row (d): the long multi-field opening message, each time in a new conversation. */
export function longOpeningWorker(index, english) {
  let opened = 0;
  return {
    step: async ({ send, count }) => {
      opened += 1;
      const body = await send(
        path,
        messageActivity({
          conversationId: `long-opening-${index}-${opened}-${randomUUID()}`,
          userId: `long-opening-user-${index}-${opened}`,
          text: longOpeningMessage,
        }),
        'long opening',
      );
      const understood = texts(repliesOf(body)).some((text) => text.startsWith(english.understood));
      if (body !== undefined && !understood) count('unexpected');
    },
  };
}

/**
 * Row (e): whole conversations, one after another per worker: an opening, the five answers and
 * "yes". The "yes" turn is answered with the case's reference when the case is created within
 * the bot's wait (3 s), else with "queued" (the outbox creates it later).
 */
export function wholeCaseWorker(index, english) {
  const prompt = english.fieldPrompt;
  const createdPattern = /^Your case CS\d+ /;
  const queuedStart = english.caseQueued(1).split(',')[0];
  const dueDate = unambiguousDueDate();
  let conversation;
  let conversations = 0;
  let next = 0;
  const steps = [
    { label: 'opening', text: () => 'I would like to open a case', expected: says(prompt.name()) },
    {
      label: 'name',
      text: () => `Printer on floor ${(index % 9) + 1} jams`,
      expected: says(prompt.description()),
    },
    {
      label: 'description',
      text: () => 'Every duplex job on the second printer jams since this morning.',
      expected: says(prompt.email()),
    },
    {
      label: 'e-mail',
      text: () => `bench.user${index}.${conversations}@contoso.com`,
      expected: says(prompt.phone()),
    },
    {
      label: 'phone',
      text: () => '+44 20 7946 0018',
      expected: says(prompt.dueDate({ timeZone: 'Europe/Berlin' })),
    },
    { label: 'due date', text: () => dueDate, expected: hasAdaptiveCard },
    {
      label: 'yes',
      text: () => 'yes',
      expected: (replies, count) => {
        if (texts(replies).some((text) => createdPattern.test(text))) count('cases created');
        else if (texts(replies).some((text) => text.startsWith(queuedStart))) count('cases queued');
        else return false;
        return true;
      },
    },
  ];
  return {
    step: async ({ send, count }) => {
      if (next === 0) {
        conversations += 1;
        conversation = {
          conversationId: `whole-case-${index}-${conversations}-${randomUUID()}`,
          userId: `whole-case-user-${index}-${conversations}`,
        };
      }
      const step = steps[next];
      const body = await send(
        path,
        messageActivity({ ...conversation, text: step.text() }),
        step.label,
      );
      if (body !== undefined && step.expected(repliesOf(body), count)) {
        next = (next + 1) % steps.length;
        return;
      }
      // A failed or unexpected turn abandons the conversation; the next step opens another.
      if (body !== undefined) count('unexpected');
      next = 0;
    },
  };
}
