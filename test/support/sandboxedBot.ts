import { loadConfig } from '../../src/config/config.js';
import type { AppOverrides } from '../../src/server/createApp.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { testNow } from './intakeFixture.js';
import { recordingLogger } from './recordingLogger.js';

/**
 * Starts the real app as `npm start` does, in sandbox mode on free ports, with the intake tests'
 * clock and a logger that keeps what it is told. The caller closes the bot.
 */
export async function startSandboxedBot(
  environment: Record<string, string> = {},
  overrides: AppOverrides = {},
) {
  const logger = recordingLogger();
  const bot: RunningBot = await startBot(
    loadConfig({ PORT: '0', STORAGE: 'memory', ...environment }),
    logger,
    {
      clock: () => testNow,
      ...overrides,
    },
  );
  if (!bot.sandbox) throw new Error('expected sandbox mode');
  return { bot, sandbox: bot.sandbox, logger };
}
