import { type Activity, CloudAdapter, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticatedCaller } from './channelAuthentication.js';

/**
 * botbuilder's CloudAdapter, run for a caller the server has already authenticated. Its own
 * `process` would authenticate again, answer failures with a 500 carrying the error's text, and
 * write a stack trace to the console for every refused request.
 */
export class ChannelAdapter extends CloudAdapter {
  /** Runs the turn for one activity; the result is the HTTP answer (expectReplies, invokes). */
  runTurn(
    caller: AuthenticatedCaller,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(caller, activity, logic);
  }
}
