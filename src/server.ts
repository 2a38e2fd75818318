import { loadConfig } from './config/config.js';
import { loadDotEnvFile } from './config/dotEnvFile.js';
import { routeConsoleToLogger } from './logging/consoleToLogger.js';
import { createLogger } from './logging/logger.js';
import { createShutdown } from './process/botShutdown.js';
import type { CodeCacheUse } from './process/codeCachedScript.js';
import { startupFailureMessage } from './process/startupFailure.js';
import { type RunningBot, startBot } from './server/startBot.js';
import { servableWebChat } from './server/webChatPage.js';

export { exerciseForCodeCache } from './process/exerciseForCodeCache.js';

/**
 * The server `npm start` runs: the entry of the bundle dist/server.cjs, which dist/main.js
 * compiles with its code cache and runs. The only place that reads `process.env`. A failure to
 * start is one line on stderr and exit code 1.
 */
export async function runServer(codeCache: CodeCacheUse): Promise<void> {
  try {
    await startServer(codeCache);
  } catch (error: unknown) {
    process.stderr.write(`${startupFailureMessage(error)}\n`);
    // Exit now: whatever the start had opened before it failed must not keep the process alive.
    process.exit(1);
  }
}

async function startServer(codeCache: CodeCacheUse): Promise<void> {
  loadDotEnvFile();
  const configured = loadConfig(process.env);
  const logger = createLogger(configured.logLevel);
  routeConsoleToLogger(logger);
  logger.info({ codeCache }, 'server bundle compiled');
  const config = { ...configured, webChat: servableWebChat(configured.webChat, logger) };
  let bot: RunningBot | undefined;
  const shutdown = createShutdown({
    logger,
    close: async () => bot?.close(),
    deadlineMs: config.shutdownTimeoutMs,
  });
  // Installed before the start, so a signal or a crash during it also ends in one shutdown.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => shutdown({ signal }));
  process.on('uncaughtException', (error) => shutdown({ crash: 'uncaughtException', error }));
  process.on('unhandledRejection', (error) => shutdown({ crash: 'unhandledRejection', error }));
  bot = await startBot(config, logger);
}
