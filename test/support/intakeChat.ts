import type { Activity, ChannelAccount } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import {
  type IntakeDependencies,
  IntakeDialog,
  type IntakeOptions,
} from '../../src/dialogs/intakeDialog.js';

/** Who is typing, and what their client tells the bot about them. */
export interface ChatUser {
  from: ChannelAccount;
  localTimezone?: string;
  locale?: string;
}

/** Ann, in Berlin, on an English client. */
export const ann: ChatUser = {
  from: { id: 'user-ann', name: 'Ann Lee', aadObjectId: 'aad-ann' },
  localTimezone: 'Europe/Berlin',
  locale: 'en-GB',
};

/** A reply as the user sees it: its text, and the buttons under it if any. */
export interface Reply {
  text: string;
  buttons?: string[];
}

/**
 * Drives the intake dialog through botbuilder-testing, turn by turn, so a test reads like the
 * conversation it checks: `await chat.say('yes')` returns everything the bot answered.
 */
export function intakeChat(
  deps: IntakeDependencies,
  user: ChatUser = ann,
  options?: IntakeOptions,
) {
  const client = new DialogTestClient('test', new IntakeDialog(deps), options);
  return {
    async say(text: string): Promise<Reply[]> {
      const activity: Partial<Activity> = { type: 'message', text, ...user };
      const replies: Partial<Activity>[] = [];
      for (let reply = await client.sendActivity(activity); reply; reply = client.getNextReply()) {
        replies.push(reply);
      }
      return replies.map((reply) => {
        const buttons = reply.suggestedActions?.actions.map((action) => action.title);
        return buttons ? { text: reply.text ?? '', buttons } : { text: reply.text ?? '' };
      });
    },
    /** The texts only, for the many turns where buttons do not matter. */
    async texts(text: string): Promise<string[]> {
      return (await this.say(text)).map((reply) => reply.text);
    },
    get status(): string | undefined {
      return client.dialogTurnResult?.status;
    },
    get result(): unknown {
      return client.dialogTurnResult?.result;
    },
  };
}
