import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './logging/logger.js';
import { startBot } from './server/startBot.js';

/** A `.env` in the directory the bot is started from; variables already set win over it. */
const envFile = '.env';

/** The entry point of `npm start`: the only place that reads `process.env`. */
async function main(): Promise<void> {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config.logLevel);
  const bot = await startBot(config, logger);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    bot.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

await main();
