import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { errorDetails } from '../logging/errorDetails.js';
import type { Logger } from '../logging/logger.js';
import { messagesFor } from '../messages/catalog.js';

/**
 * The adapter's last line of defence: logs the error under a short correlation id, tells the user
 * briefly (no internals), and leaves conversation state alone so a draft survives the failure.
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const correlationId = randomUUID().slice(0, 8);
    logger.error(
      {
        correlationId,
        activityType: context.activity.type,
        conversationId: context.activity.conversation?.id,
        err: errorDetails(error),
      },
      'turn failed',
    );
    try {
      await context.sendActivity(messagesFor(context.activity.locale).turnError(correlationId));
    } catch (sendError) {
      logger.error({ correlationId, sendError: String(sendError) }, 'could not tell the user');
    }
  };
}
