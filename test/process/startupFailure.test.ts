import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { startupFailureMessage } from '../../src/process/startupFailure.js';

/** An error as Node's net module reports a failed listen. */
function listenError(code: string, port: number): Error {
  return Object.assign(new Error(`listen ${code}: address problem :::${port}`), { code, port });
}

describe('the one line a failed start prints', () => {
  it('says what to do when the port is taken or not allowed', () => {
    expect(startupFailureMessage(listenError('EADDRINUSE', 3978))).toBe(
      'cannot listen on port 3978: it is already in use; set PORT to another port',
    );
    expect(startupFailureMessage(listenError('EACCES', 80))).toBe(
      'cannot listen on port 80: permission denied; set PORT to a port above 1023',
    );
  });

  it('gives any other reason as the first line of its message', () => {
    expect(startupFailureMessage(new Error('sandbox: no loopback\n  at somewhere'))).toBe(
      'cannot start the bot: sandbox: no loopback',
    );
    expect(startupFailureMessage('a thrown string')).toBe('cannot start the bot: a thrown string');
  });

  it('keeps a configuration error as one line per bad variable', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'x' });
    } catch (error) {
      message = startupFailureMessage(error);
    }
    expect(message).toMatch(/^Invalid configuration:\n {2}- PORT: [^\n]+$/);
  });
});
