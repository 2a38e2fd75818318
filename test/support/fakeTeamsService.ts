import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A member as the Teams connector describes one. */
export interface TeamsMember {
  id: string;
  aadObjectId: string;
  name: string;
  email?: string;
  userPrincipalName?: string;
}

/** An activity the bot sent to the Teams service. */
export interface PostedActivity {
  conversationId: string;
  replyToId?: string;
  activity: {
    type: string;
    text?: string;
    attachments?: {
      contentType: string;
      content: { body?: { text?: string; facts?: { title: string; value: string }[] }[] };
    }[];
    suggestedActions?: { actions: { title: string }[] };
  };
}

/**
 * A local HTTP server that plays the Teams side of the Bot Connector API: member lookups and the
 * activities the bot posts (replies and proactive messages). Activities from Teams name its URL
 * as their serviceUrl, so the bot's real connector client talks to it over HTTP.
 */
export async function startFakeTeamsService() {
  const members = new Map<string, TeamsMember>();
  const posted: PostedActivity[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
      const activity = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && member) {
        const userId = decodeURIComponent(member[2] ?? '');
        const found = [...members.values()].find(
          (candidate) => candidate.id === userId || candidate.aadObjectId === userId,
        );
        return found
          ? json(200, found)
          : json(404, { error: { code: 'MemberNotFoundInConversation' } });
      }
      if (req.method === 'POST' && activity) {
        posted.push({
          conversationId: decodeURIComponent(activity[1] ?? ''),
          replyToId: activity[2] ? decodeURIComponent(activity[2]) : undefined,
          activity: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
        });
        return json(200, { id: `posted-${posted.length}` });
      }
      return json(404, { error: { code: 'NotFound' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    members,
    posted,
    /** The texts (and card titles) the bot posted to a conversation, in order. */
    textsIn(conversationId: string): string[] {
      return posted
        .filter((entry) => entry.conversationId === conversationId)
        .flatMap((entry) => [
          ...(entry.activity.text ? [entry.activity.text] : []),
          ...(entry.activity.attachments ?? []).map(
            (attachment) => attachment.content.body?.[0]?.text ?? '',
          ),
        ]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Teams tenant, a bot and a user, as activities from Teams carry them. */
export const teamsTenant = { id: 'tenant-1' };
export const teamsBot = { id: '28:case-bot', name: 'Case bot' };
export const annInTeams = { id: '29:ann', name: 'Ann Lee', aadObjectId: 'aad-ann' };
