import { randomUUID } from 'node:crypto';
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { type CardAction, type CardInput, renderCard } from './cardText.js';

/**
 * A terminal client for quick tries: `npm run chat` (the bot must be running). Each line you type
 * is posted to /api/messages with deliveryMode "expectReplies"; replies are printed, cards as
 * text. Type a card button's number ("/1") to press it; a form asks for its fields first.
 */
const { values: options } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3978' },
    user: { type: 'string', default: 'terminal-user' },
    name: { type: 'string', default: 'Terminal user' },
    locale: { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().locale },
    'time-zone': { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().timeZone },
  },
});

interface Reply {
  type: string;
  text?: string;
  suggestedActions?: { actions: { title: string }[] };
  attachments?: { contentType: string; content: Parameters<typeof renderCard>[0] }[];
}

const conversation = { id: `terminal-${randomUUID()}` };
const terminal = createInterface({ input: stdin, output: stdout });
let cardActions: CardAction[] = [];
let cardInputs: CardInput[] = [];

async function post(activity: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${options.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      channelId: 'emulator',
      deliveryMode: 'expectReplies',
      from: { id: options.user, name: options.name },
      recipient: { id: 'bot' },
      conversation,
      locale: options.locale,
      localTimezone: options['time-zone'],
      ...activity,
    }),
  });
  if (!response.ok) {
    console.log(`! the bot answered HTTP ${response.status}: ${await response.text()}`);
    return;
  }
  const { activities = [] } = (await response.json()) as { activities?: Reply[] };
  for (const reply of activities) print(reply);
}

function print(reply: Reply): void {
  if (reply.text) console.log(`bot> ${reply.text.replaceAll('\n', '\n     ')}`);
  for (const attachment of reply.attachments ?? []) {
    if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') continue;
    const card = renderCard(attachment.content);
    cardActions = card.actions;
    cardInputs = card.inputs;
    console.log(`bot> ${card.lines.join('\n     ')}`);
  }
  const buttons = reply.suggestedActions?.actions.map((action) => action.title) ?? [];
  if (buttons.length > 0) console.log(`     [${buttons.join(' | ')}]`);
}

async function press(number: number): Promise<void> {
  const action = cardActions[number - 1];
  if (!action) {
    console.log('! no such button on the last card');
    return;
  }
  const inputs: Record<string, string> = {};
  if (action.data.intakeAction === 'form') {
    for (const input of cardInputs) {
      const answer = await terminal.question(
        `     ${input.label}${input.value ? ` [${input.value}]` : ''}: `,
      );
      inputs[input.id] = answer.trim() || input.value || '';
    }
  }
  await post({ value: { ...action.data, ...inputs } });
}

terminal.on('close', () => process.exit(0));
console.log(
  `Talking to ${options.url} as ${options.name} (${options.locale}, ${options['time-zone']}). Ctrl+D to quit.`,
);
await post({
  type: 'conversationUpdate',
  membersAdded: [{ id: options.user, name: options.name }],
});
for (;;) {
  const line = await terminal.question('you> ');
  const button = /^\/(\d+)$/.exec(line.trim());
  if (button) await press(Number(button[1]));
  else if (line.trim() !== '') await post({ text: line });
}
