import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../src/process/botShutdown.js';
import { recordingLogger } from '../support/recordingLogger.js';

/** A shutdown with the given close, the exit codes it asked for, and when it first asked. */
function shutdownClosing(close: () => Promise<void>, deadlineMs?: number) {
  const exits: number[] = [];
  let exited: () => void = () => {};
  const firstExit = new Promise<void>((resolve) => {
    exited = resolve;
  });
  const logger = recordingLogger();
  const shutdown = createShutdown({
    logger,
    close,
    deadlineMs,
    exit: (code) => {
      exits.push(code);
      exited();
    },
  });
  return { shutdown, exits, firstExit, logger };
}

describe('the bot process shutdown', () => {
  it('exits 0 after a clean close on a signal', async () => {
    const { shutdown, exits, firstExit } = shutdownClosing(async () => {});

    shutdown({ signal: 'SIGTERM' });
    await firstExit;

    expect(exits).toEqual([0]);
  });

  it('closes once however many signals and crashes ask, and exits 1 after a crash', async () => {
    let closes = 0;
    let finishClose: () => void = () => {};
    const { shutdown, exits, firstExit, logger } = shutdownClosing(() => {
      closes += 1;
      return new Promise((resolve) => {
        finishClose = resolve;
      });
    });

    shutdown({ signal: 'SIGTERM' });
    shutdown({ signal: 'SIGTERM' });
    shutdown({ crash: 'uncaughtException', error: new Error('boom') });
    finishClose();
    await firstExit;

    expect(closes).toBe(1);
    expect(exits).toEqual([1]);
    expect(logger.entries.filter((entry) => entry.level === 'error')).toEqual([
      expect.objectContaining({
        details: {
          crash: 'uncaughtException',
          error: expect.objectContaining({ name: 'Error', message: 'boom' }),
        },
      }),
    ]);
  });

  it('still exits 1 when a crash comes after a clean close', async () => {
    const { shutdown, exits, firstExit } = shutdownClosing(async () => {});

    shutdown({ signal: 'SIGTERM' });
    await firstExit;
    shutdown({ crash: 'uncaughtException', error: new Error('boom') });

    expect(exits).toEqual([0, 1]);
  });

  it('exits 1 when closing takes longer than the deadline, and only once', async () => {
    let finishClose: () => void = () => {};
    const { shutdown, exits, firstExit } = shutdownClosing(
      () =>
        new Promise((resolve) => {
          finishClose = resolve;
        }),
      50,
    );

    shutdown({ signal: 'SIGTERM' });
    await firstExit;
    finishClose();
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(exits).toEqual([1]);
  });

  it('exits 1 when closing never ends', async () => {
    const { shutdown, exits, firstExit } = shutdownClosing(() => new Promise(() => {}), 50);

    shutdown({ signal: 'SIGTERM' });
    await firstExit;

    expect(exits).toEqual([1]);
  });

  it('exits 1 when closing fails', async () => {
    const { shutdown, exits, firstExit } = shutdownClosing(() =>
      Promise.reject(new Error('socket stuck')),
    );

    shutdown({ signal: 'SIGINT' });
    await firstExit;

    expect(exits).toEqual([1]);
  });

  it('logs a thrown non-error by its type only, since it may hold what someone typed', async () => {
    const { shutdown, firstExit, logger } = shutdownClosing(async () => {});

    shutdown({ crash: 'unhandledRejection', error: 'ann@contoso.com' });
    await firstExit;

    expect(JSON.stringify(logger.entries)).not.toContain('ann@contoso.com');
  });
});
