import type { TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { errorDetails } from '../logging/errorDetails.js';
import type { Logger } from '../logging/logger.js';
import type { RateLimitedWarning } from '../logging/rateLimitedWarning.js';
import type { ChannelAdapter } from './channelAdapter.js';
import type { AuthenticationOutcome } from './channelAuthentication.js';
import { activityProblem, asActivity } from './incomingActivity.js';
import { readJsonBody } from './requestBody.js';

/** What the messages endpoint needs. */
export interface MessagesEndpointParts {
  adapter: ChannelAdapter;
  authenticate(
    activity: ReturnType<typeof asActivity>,
    authorization: string | undefined,
  ): Promise<AuthenticationOutcome>;
  runBot(context: TurnContext): Promise<void>;
  /** Local mode: no MicrosoftAppId, every caller is anonymous. */
  anonymous: boolean;
  maxBodyBytes: number;
  logger: Logger;
  /** For refusals any caller can provoke: rate-limited, so they cannot flood the log. */
  warnRefused: RateLimitedWarning;
}

/**
 * POST /api/messages: reads the body within its limits, checks it is an activity, authenticates
 * the caller, and runs the turn. Every refusal is a 4xx (or a 503 when the signing keys cannot be
 * had) with a JSON body that names the problem and nothing internal.
 */
export function messagesEndpoint(parts: MessagesEndpointParts) {
  const { adapter, logger, warnRefused } = parts;
  return async (req: Request, res: Response): Promise<void> => {
    const body = await readJsonBody(req, { maxDecodedBytes: parts.maxBodyBytes });
    if (!body.ok) {
      warnRefused(`body_${body.status}`, { status: body.status });
      res.header('connection', 'close');
      res.send(body.status, { error: 'invalid_request', detail: body.error });
      return;
    }
    const problem = activityProblem(body.value, { anonymous: parts.anonymous });
    if (problem) {
      warnRefused('invalid_activity', { status: 400 });
      res.send(400, { error: 'invalid_activity', detail: problem });
      return;
    }
    const activity = asActivity(body.value as Record<string, unknown>);
    const authentication = await parts.authenticate(activity, req.headers.authorization);
    if (!authentication.ok) {
      warnRefused(authentication.refusal, { status: authentication.status });
      res.send(authentication.status, {
        error: authentication.status === 401 ? 'unauthorized' : 'authentication_unavailable',
      });
      return;
    }

    const started = performance.now();
    try {
      const answer = await adapter.runTurn(authentication.caller, activity, parts.runBot);
      if (answer?.body === undefined) res.send(answer?.status ?? 200);
      else res.send(answer.status, answer.body);
    } catch (error) {
      // The turn's own errors are handled by onTurnError; this is what happens around a turn
      // (building the connector client, a failing error handler). No internals in the answer.
      logger.error({ err: errorDetails(error) }, 'activity failed outside the turn');
      res.send(500, { error: 'internal_error' });
      return;
    }
    logger.debug(
      {
        activityType: activity.type,
        channelId: activity.channelId,
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
      },
      'activity handled',
    );
  };
}
