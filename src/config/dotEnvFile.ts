import { existsSync } from 'node:fs';

/**
 * Loads `.env` from the folder the process is started from, when there is one: variables
 * already set in the environment win over it. The bot and the command-line tools read the same
 * file the same way.
 */
export function loadDotEnvFile(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
