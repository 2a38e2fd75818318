import { loadConfig } from './config/config.js';
import { loadDotEnvFile } from './config/dotEnvFile.js';
import { routeConsoleToLogger } from './logging/consoleToLogger.js';
import { createLogger } from './logging/logger.js';
import { createShutdown } from './process/botShutdown.js';
import { startupFailureMessage } from './process/startupFailure.js';
import { type RunningBot, startBot } from './server/startBot.js';
import { servableWebChat } from './server/webChatPage.js';

/** The entry point of `npm start`: the only place that reads `process.env`. */
async function main(): Promise<void> {
  loadDotEnvFile();
  const configured = loadConfig(process.env);
  const logger = createLogger(configured.logLevel);
  routeConsoleToLogger(logger);
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

await main().catch((error: unknown) => {
  process.stderr.write(`${startupFailureMessage(error)}\n`);
  // Exit now: whatever the start had opened before it failed must not keep the process alive.
  process.exit(1);
});
