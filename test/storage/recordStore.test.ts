import { afterEach, describe, expect, it } from 'vitest';
import { recordStoreBackends, type TestStore } from '../support/recordStores.js';

describe.each(recordStoreBackends)('a record store on %s', (_backend, open) => {
  let opened: TestStore | undefined;
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });
  const fresh = async () => {
    opened = await open();
    return opened;
  };

  it('creates a record only when its key is free', async () => {
    const { store } = await fresh();
    const first = await store.create('submission/draft-1', { state: 'claimed', by: 'a' });
    const second = await store.create('submission/draft-1', { state: 'claimed', by: 'b' });
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, reason: 'conflict' });
    expect((await store.get('submission/draft-1'))?.value).toEqual({ state: 'claimed', by: 'a' });
  });

  it('lets exactly one of many racing creators win', async () => {
    const { store, reopen } = await fresh();
    const other = reopen();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? other : store).create('claim', { i })),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
  });

  it('replaces only at the eTag it was read at', async () => {
    const { store, reopen } = await fresh();
    const created = await store.create('conversation/c1', { turn: 1 });
    if (!created.ok) throw new Error('not created');
    const other = reopen();
    const read = await other.get<{ turn: number }>('conversation/c1');
    expect(read?.eTag).toBe(created.eTag);

    const winner = await store.replace('conversation/c1', { turn: 2 }, created.eTag);
    const loser = await other.replace('conversation/c1', { turn: 99 }, created.eTag);

    expect(winner.ok).toBe(true);
    expect(loser).toEqual({ ok: false, reason: 'conflict' });
    expect((await other.get('conversation/c1'))?.value).toEqual({ turn: 2 });
  });

  it('treats replacing a record that is gone as a conflict, not a create', async () => {
    const { store } = await fresh();
    expect(await store.replace('gone', { a: 1 }, '"some-etag"')).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect(await store.get('gone')).toBeUndefined();
  });

  it('puts whatever is there, deletes, and deletes only at an eTag when given one', async () => {
    const { store } = await fresh();
    const { eTag } = await store.put('k', { v: 1 });
    await store.put('k', { v: 2 });
    await store.delete('k', eTag);
    expect((await store.get('k'))?.value).toEqual({ v: 2 });
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    await store.delete('never-there');
  });

  it('lists the keys under a prefix, whatever characters the keys hold', async () => {
    const { store } = await fresh();
    const awkward = 'conversation/19:abc@thread.tacv2;messageid=1%_*?#/x';
    await store.put(awkward, {});
    await store.put('conversation/a', {});
    await store.put('submission/a', {});
    const listed = [];
    for await (const record of store.list('conversation/')) listed.push(record.key);
    expect(listed.sort()).toEqual([awkward, 'conversation/a'].sort());
    expect((await store.get(awkward))?.value).toEqual({});
  });

  it('keeps text as written, including non-ASCII', async () => {
    const { store } = await fresh();
    const value = { name: 'Impresora del 3.º piso — ñandú 🦩', quote: '"\\\u0000' };
    await store.put('text', value);
    expect((await store.get('text'))?.value).toEqual(value);
  });
});
