import { ConfigError, loadConfig } from '../../src/config/config.js';

/** The lines `loadConfig` refuses an environment with; fails the test if it accepts it. */
export function configProblems(environment: Record<string, string>): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
