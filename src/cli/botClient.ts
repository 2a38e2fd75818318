import type { renderCard } from './cardText.js';

/** A reply activity, as far as the terminal client shows it. */
export interface Reply {
  type: string;
  text?: string;
  suggestedActions?: { actions: { title: string }[] };
  attachments?: { contentType: string; content: Parameters<typeof renderCard>[0] }[];
}

/** What came of posting one activity: the bot's replies, or the one line that says why not. */
export type BotAnswer =
  | { kind: 'replies'; replies: Reply[] }
  /** Nothing answers at the URL, so no later message can get through either. */
  | { kind: 'unreachable'; line: string }
  /** Something answered, but with an HTTP error, too late, or not with replies. */
  | { kind: 'failed'; line: string };

/** Longer than any turn should take (the case API's retries included), short of forever. */
const answerTimeoutMs = 60_000;
const excerptLength = 200;

/**
 * Posts an activity to the bot's /api/messages with deliveryMode "expectReplies", so the replies
 * come back in the response body instead of being posted to a channel service.
 */
export async function postToBot(
  botUrl: string,
  activity: Record<string, unknown>,
): Promise<BotAnswer> {
  let status: number;
  let body: string;
  try {
    const response = await fetch(`${botUrl.replace(/\/+$/, '')}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
      signal: AbortSignal.timeout(answerTimeoutMs),
    });
    status = response.status;
    body = await response.text();
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      return { kind: 'failed', line: `the bot at ${botUrl} did not answer within 60 s` };
    return { kind: 'unreachable', line: unreachableLine(botUrl, error) };
  }
  if (status < 200 || status > 299)
    return { kind: 'failed', line: `the bot at ${botUrl} answered HTTP ${status}${excerpt(body)}` };
  const replies = repliesIn(body);
  if (!replies)
    return { kind: 'failed', line: `${botUrl} answered with something other than bot replies` };
  return { kind: 'replies', replies };
}

function unreachableLine(botUrl: string, error: unknown): string {
  // fetch rejects with a bare "fetch failed"; the socket's reason is in its cause.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (cause?.code === 'ECONNREFUSED')
    return `no bot at ${botUrl}: start it with npm start, or pass --url`;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  return `cannot reach the bot at ${botUrl}: ${String(reason).split('\n', 1)[0]}`;
}

/** The start of an error body, on one line, since it can be a page of HTML or a stack. */
function excerpt(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text === '') return '';
  return `: ${text.length > excerptLength ? `${text.slice(0, excerptLength)}…` : text}`;
}

function repliesIn(body: string): Reply[] | undefined {
  if (body.trim() === '') return [];
  try {
    const parsed = JSON.parse(body) as { activities?: unknown };
    if (parsed.activities === undefined) return [];
    return Array.isArray(parsed.activities) ? (parsed.activities as Reply[]) : undefined;
  } catch {
    return undefined;
  }
}
