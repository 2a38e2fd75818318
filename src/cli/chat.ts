import { randomUUID } from 'node:crypto';
import { stderr, stdin, stdout } from 'node:process';
import { parseArgs } from 'node:util';
import { pressedCardAction } from '../intake/cardActions.js';
import { postToBot, type Reply } from './botClient.js';
import { type CardAction, type CardInput, renderCard } from './cardText.js';
import { readLines } from './lineReader.js';
import { markdownAsPlainText } from './markdownText.js';

/**
 * A terminal client for quick tries: `npm run chat` (the bot must be running). Each line you type
 * or pipe in is posted to /api/messages with deliveryMode "expectReplies", and its replies are
 * printed, cards as text, before the next line is sent. Type a card button's number ("/1") to
 * press it; a form asks for its fields first. It exits 0 when the input ends, 1 if a message
 * failed; a failure is one line on stderr.
 */
const options = chatOptions();
const conversation = { id: `terminal-${randomUUID()}` };
let cardActions: CardAction[] = [];
let cardInputs: CardInput[] = [];

function chatOptions() {
  try {
    const { values } = parseArgs({
      options: {
        url: { type: 'string', default: 'http://localhost:3978' },
        user: { type: 'string', default: 'terminal-user' },
        name: { type: 'string', default: 'Terminal user' },
        locale: { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().locale },
        'time-zone': { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().timeZone },
      },
    });
    if (!URL.canParse(values.url)) return stop(`--url ${values.url} is not a URL`);
    return values;
  } catch (error) {
    return stop((error as Error).message);
  }
}

/** Ends the client with one line on stderr, for a failure nothing later can mend. */
function stop(line: string): never {
  stderr.write(`${line}\n`);
  process.exit(1);
}

async function send(activity: Record<string, unknown>): Promise<Reply[]> {
  const answer = await postToBot(options.url, {
    type: 'message',
    channelId: 'emulator',
    from: { id: options.user, name: options.name },
    recipient: { id: 'bot' },
    conversation,
    locale: options.locale,
    localTimezone: options['time-zone'],
    ...activity,
  });
  if (answer.kind === 'unreachable') stop(answer.line);
  if (answer.kind === 'failed') {
    stderr.write(`! ${answer.line}\n`);
    process.exitCode = 1;
    return [];
  }
  return answer.replies;
}

function print(reply: Reply): void {
  if (reply.text)
    stdout.write(`bot> ${markdownAsPlainText(reply.text).replaceAll('\n', '\n     ')}\n`);
  for (const attachment of reply.attachments ?? []) {
    if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') continue;
    const card = renderCard(attachment.content);
    cardActions = card.actions;
    cardInputs = card.inputs;
    stdout.write(`bot> ${card.lines.join('\n     ')}\n`);
  }
  const buttons = reply.suggestedActions?.actions.map((action) => action.title) ?? [];
  if (buttons.length > 0) stdout.write(`     [${buttons.join(' | ')}]\n`);
}

async function press(number: number, lines: ReturnType<typeof readLines>): Promise<void> {
  const action = cardActions[number - 1];
  if (!action) {
    stdout.write('! no such button on the last card\n');
    return;
  }
  const inputs: Record<string, string> = {};
  if (pressedCardAction(action.data) === 'form') {
    for (const input of cardInputs) {
      const answer = await lines.next(
        `     ${input.label}${input.value ? ` [${input.value}]` : ''}: `,
      );
      if (answer === undefined) return;
      inputs[input.id] = answer.trim() || input.value || '';
    }
  }
  for (const reply of await send({ value: { ...action.data, ...inputs } })) print(reply);
}

// The welcome comes first: it also shows that a bot answers at the URL.
const welcome = await send({
  type: 'conversationUpdate',
  membersAdded: [{ id: options.user, name: options.name }],
});
stdout.write(
  `Talking to ${options.url} as ${options.name} (${options.locale}, ${options['time-zone']}). Ctrl+D to quit.\n`,
);
for (const reply of welcome) print(reply);
const lines = readLines(stdin, stdout);
for (let line = await lines.next('you> '); line !== undefined; line = await lines.next('you> ')) {
  const button = /^\/(\d+)$/.exec(line.trim());
  if (button) await press(Number(button[1]), lines);
  else if (line.trim() !== '') for (const reply of await send({ text: line })) print(reply);
}
lines.close();
