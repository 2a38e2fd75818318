import type { Activity, ChannelAccount, Entity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import {
  type IntakeDependencies,
  IntakeDialog,
  type IntakeOptions,
} from '../../src/dialogs/intakeDialog.js';

/** Who is typing, on which channel, and what their client tells the bot about them. */
export interface ChatUser {
  from: ChannelAccount;
  localTimezone?: string;
  locale?: string;
  channelData?: unknown;
  entities?: Entity[];
}

/** Ann, in Berlin, on an English client. */
export const ann: ChatUser = {
  from: { id: 'user-ann', name: 'Ann Lee', aadObjectId: 'aad-ann' },
  localTimezone: 'Europe/Berlin',
  locale: 'en-GB',
};

/** An Adaptive Card as a test reads it. */
export interface CardContent {
  version: string;
  body: {
    type: string;
    id?: string;
    text?: string;
    value?: string;
    facts?: { title: string; value: string }[];
  }[];
  actions: { type: string; title: string; data: Record<string, unknown> }[];
}

/** A reply as the user sees it: its text, the buttons under it, and the card it carries. */
export interface Reply {
  text: string;
  buttons?: string[];
  card?: CardContent;
}

/**
 * Drives the intake dialog through botbuilder-testing, turn by turn, so a test reads like the
 * conversation it checks: `await chat.say('yes')` returns everything the bot answered. The
 * channel decides whether the bot may send cards ('test' may not; 'webchat' may).
 */
export function intakeChat(
  deps: IntakeDependencies,
  user: ChatUser = ann,
  options: { channel?: string; intake?: IntakeOptions } = {},
) {
  const client = new DialogTestClient(
    options.channel ?? 'test',
    new IntakeDialog(deps),
    options.intake,
  );
  const send = async (activity: Partial<Activity>): Promise<Reply[]> => {
    const replies: Partial<Activity>[] = [];
    for (
      let reply = await client.sendActivity({ type: 'message', ...user, ...activity });
      reply;
      reply = client.getNextReply()
    ) {
      replies.push(reply);
    }
    return replies.map(asReply);
  };
  return {
    say: (text: string) => send({ text }),
    /** A card's Action.Submit: the data and the inputs, with no text. */
    submit: (value: Record<string, unknown>) => send({ value }),
    /** The texts only, for the many turns where buttons and cards do not matter. */
    async texts(text: string): Promise<string[]> {
      return (await send({ text })).map((reply) => reply.text);
    },
    get status(): string | undefined {
      return client.dialogTurnResult?.status;
    },
    get result(): unknown {
      return client.dialogTurnResult?.result;
    },
  };
}

function asReply(reply: Partial<Activity>): Reply {
  const buttons = reply.suggestedActions?.actions.map((action) => action.title);
  const card = reply.attachments?.find(
    (attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  return {
    text: reply.text ?? '',
    ...(buttons ? { buttons } : {}),
    ...(card ? { card: card.content as CardContent } : {}),
  };
}
