import { describe, expect, it } from 'vitest';
import { createLease } from '../../src/storage/lease.js';
import { recordStoreBackends } from '../support/recordStores.js';

const ttlMs = 15_000;

describe.each(recordStoreBackends)('a lease on %s', (_name, open) => {
  it('has one holder; another takes it when released, or when its holder stops renewing', async () => {
    const stores = await open();
    let now = Date.now();
    const clock = () => now;
    const first = createLease(stores.store, 'outbox-worker', 'first', ttlMs, clock);
    const second = createLease(stores.reopen(), 'outbox-worker', 'second', ttlMs, clock);

    expect(await first.hold()).toBe(true);
    expect(await second.hold()).toBe(false);
    now += ttlMs / 2 + 1;
    expect(await first.hold()).toBe(true);
    expect(await second.hold()).toBe(false);

    // Released: the next to look takes it (an instance looks at most thrice a term).
    await first.release();
    now += ttlMs / 3;
    expect(await second.hold()).toBe(true);
    expect(await first.hold()).toBe(false);

    // The second holder dies: it stops renewing, and after its term the first takes over.
    now += ttlMs + 1;
    expect(await first.hold()).toBe(true);
    expect(await second.hold()).toBe(false);
    await stores.dispose();
  });
});
