import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Response, Server } from 'restify';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { messagesFor } from '../messages/catalog.js';
import { packageFolder } from './packageFolder.js';

/** Whether the page shows the sandbox banner. */
export interface WebChatPageOptions {
  sandbox: boolean;
}

const webFolder = join(packageFolder(import.meta.url), 'web');
const pageFiles: Record<string, { file: string; type: string }> = {
  '/': { file: join(webFolder, 'index.html'), type: 'text/html; charset=utf-8' },
  '/web/app.js': { file: join(webFolder, 'app.js'), type: 'text/javascript; charset=utf-8' },
  '/web/localDirectLine.js': {
    file: join(webFolder, 'localDirectLine.js'),
    type: 'text/javascript; charset=utf-8',
  },
  '/web/chat.css': { file: join(webFolder, 'chat.css'), type: 'text/css; charset=utf-8' },
};

/**
 * Web Chat's UMD bundle, served from node_modules: the page never loads anything from a CDN.
 * Undefined when Web Chat is not installed: it is a dev dependency, which a production install
 * (`npm ci --omit=dev`) leaves out, so it is only looked up, never imported.
 */
function installedWebChatBundle(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve('botframework-webchat');
    return join(dirname(entry), '..', 'dist', 'webchat.js');
  } catch {
    return undefined;
  }
}

/**
 * The page setting the bot can honour: when the page is wanted but Web Chat is not installed,
 * it is off, and one log line says why.
 */
export function servableWebChat(webChat: Config['webChat'], logger: Logger): Config['webChat'] {
  if (!webChat.enabled || installedWebChatBundle() !== undefined) return webChat;
  logger.warn(
    {},
    'local chat page not served: botframework-webchat is not installed (a production install leaves dev dependencies out; npm install adds it)',
  );
  return { enabled: false };
}

/**
 * Mounts the local Web Chat page: `/` with Microsoft Web Chat talking to `/api/messages` through
 * a Direct Line–compatible adapter in the browser, and `/chat-config.json?locale=…` telling it
 * whether the bot is in sandbox mode and its own texts in that locale's language. Only for local
 * use: the composition root mounts it when the bot has no Bot Framework credentials, or when
 * explicitly enabled, and only where `servableWebChat` found Web Chat installed.
 */
export function mountWebChatPage(server: Server, options: WebChatPageOptions): void {
  const send = (res: Response, body: Buffer | string, type: string) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    res.end(body);
  };
  for (const [path, { file, type }] of Object.entries(pageFiles)) {
    server.get(path, async (_req, res) => {
      send(res, await readFile(file), type);
    });
  }
  const bundle = installedWebChatBundle();
  if (bundle === undefined) throw new Error('botframework-webchat is not installed');
  server.get('/webchat/webchat.js', async (_req, res) => {
    send(res, await readFile(bundle), 'text/javascript; charset=utf-8');
  });
  server.get('/favicon.ico', async (_req, res) => {
    res.writeHead(204);
    res.end();
  });
  // The page asks with the locale it gives Web Chat (the browser's language), so its own texts
  // follow the same language as the chat.
  server.get('/chat-config.json', async (req, res) => {
    const locale = new URL(req.url ?? '/', 'http://page').searchParams.get('locale') ?? undefined;
    const config = { sandbox: options.sandbox, texts: messagesFor(locale).webChatPage };
    send(res, JSON.stringify(config), 'application/json');
  });
}
