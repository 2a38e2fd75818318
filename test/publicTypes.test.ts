import { describe, expect, it } from 'vitest';
import { unexportedPublicTypes } from './support/unexportedPublicTypes.js';

describe("the package's public types", () => {
  it('are all exported from src/index.ts, so a plugin user can name every one', () => {
    expect(unexportedPublicTypes('src/index.ts')).toEqual([]);
  }, 60_000);

  it('are found unexported through properties, type arguments and constructors, not private members', () => {
    expect(unexportedPublicTypes('test/fixtures/publicTypes/surface.ts')).toEqual([
      { type: 'PropertyType (test/fixtures/publicTypes/surface.ts)', reachedFrom: 'Shown' },
      { type: 'AwaitedType (test/fixtures/publicTypes/surface.ts)', reachedFrom: 'Shown' },
      {
        type: 'ConstructorOption (test/fixtures/publicTypes/surface.ts)',
        reachedFrom: 'ShownClass',
      },
    ]);
  }, 60_000);
});
