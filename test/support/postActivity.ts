import { randomUUID } from 'node:crypto';

/**
 * POSTs an activity to the bot's real /api/messages as a channel would, with a fresh id and
 * timestamp, and returns the HTTP status and the response text.
 */
export async function postActivity(
  botUrl: string,
  activity: Record<string, unknown>,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      ...activity,
    }),
  });
  return { status: response.status, text: await response.text() };
}
