import { describe, expect, it } from 'vitest';
import { createSandboxRateLimit } from '../../src/sandbox/sandboxRateLimit.js';

const start = Date.parse('2026-11-28T12:00:00Z');

/** A rate limit on a clock the test moves by hand. */
function limitOnTestClock(perMinute: number) {
  let now = start;
  return {
    rateLimit: createSandboxRateLimit(perMinute, () => now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('the sandbox rate limit', () => {
  it('serves the limit within a minute, then refuses with the seconds until the oldest leaves it', () => {
    const { rateLimit, advance } = limitOnTestClock(3);
    for (let i = 0; i < 3; i++) {
      expect(rateLimit.admit('acc-1')).toEqual({ admitted: true });
      advance(10_000);
    }
    expect(rateLimit.admit('acc-1')).toEqual({ admitted: false, retryAfterSeconds: 30 });
    advance(29_500);
    expect(rateLimit.admit('acc-1')).toEqual({ admitted: false, retryAfterSeconds: 1 });
  });

  it('serves again once the oldest request is a minute old, and counts refusals for nothing', () => {
    const { rateLimit, advance } = limitOnTestClock(2);
    rateLimit.admit('acc-1');
    advance(1_000);
    rateLimit.admit('acc-1');
    for (let i = 0; i < 5; i++) expect(rateLimit.admit('acc-1').admitted).toBe(false);
    advance(58_999);
    expect(rateLimit.admit('acc-1')).toEqual({ admitted: false, retryAfterSeconds: 1 });
    advance(1);
    expect(rateLimit.admit('acc-1')).toEqual({ admitted: true });
    expect(rateLimit.admit('acc-1')).toEqual({ admitted: false, retryAfterSeconds: 1 });
  });

  it('keeps a budget per account', () => {
    const { rateLimit } = limitOnTestClock(1);
    expect(rateLimit.admit('acc-1').admitted).toBe(true);
    expect(rateLimit.admit('acc-1').admitted).toBe(false);
    expect(rateLimit.admit('acc-2').admitted).toBe(true);
  });

  it('serves everything when the limit is lifted (0)', () => {
    const { rateLimit } = limitOnTestClock(0);
    for (let i = 0; i < 1_000; i++) expect(rateLimit.admit('acc-1').admitted).toBe(true);
  });
});
