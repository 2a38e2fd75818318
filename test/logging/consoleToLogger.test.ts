import { afterEach, describe, expect, it } from 'vitest';
import { routeConsoleToLogger } from '../../src/logging/consoleToLogger.js';
import { recordingLogger } from '../support/recordingLogger.js';

const original = { ...console };
afterEach(() => {
  Object.assign(console, original);
});

describe("dependencies' console output goes through the logger", () => {
  it('logs a console.error once per interval, first line only, scrubbed, no stack', () => {
    const logger = recordingLogger();
    routeConsoleToLogger(logger);
    for (let i = 0; i < 50; i += 1) {
      console.error(new Error('Invalid signature for ann@contoso.com\n    at verify (jwt.js:1:1)'));
    }
    expect(logger.entries).toEqual([
      {
        level: 'warn',
        message: 'a dependency wrote to the console',
        details: {
          kind: 'console.error',
          line: 'Error: Invalid signature for [email]',
          suppressedSinceLast: 0,
        },
      },
    ]);
  });

  it('logs console.log and friends at debug, so LOG_LEVEL decides', () => {
    const logger = recordingLogger();
    routeConsoleToLogger(logger);
    console.log('state %s', 'saved', { items: 2 });
    console.info('call +1 415 555 0100');
    expect(logger.entries.map((entry) => [entry.level, entry.details.line])).toEqual([
      ['debug', 'state saved { items: 2 }'],
      ['debug', 'call [number]'],
    ]);
  });
});
