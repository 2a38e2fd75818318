import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** What the bot's logger writes for one line, run in its own process as the bot runs it. */
function loggedLine(details: Record<string, unknown>): Record<string, unknown> {
  const script = `import { createLogger } from './dist/logging/logger.js';
createLogger('info').info(${JSON.stringify(details)}, 'configured');`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return JSON.parse(run.stdout);
}

describe('the logger', () => {
  it('redacts a storage connection string, which holds the account key', () => {
    const line = loggedLine({
      storage: {
        kind: 'blob',
        connectionString: 'AccountName=a;AccountKey=s3cr3t',
        container: 'c',
      },
    });

    expect(line.storage).toEqual({ kind: 'blob', connectionString: '[redacted]', container: 'c' });
    expect(JSON.stringify(line)).not.toContain('s3cr3t');
  });
});
