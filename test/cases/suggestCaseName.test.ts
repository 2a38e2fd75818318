import { describe, expect, it } from 'vitest';
import { suggestCaseName } from '../../src/cases/messageUnderstanding.js';

describe('suggestCaseName cuts a long description between words, not after a small word', () => {
  it.each([
    [
      'no sirve el aire acondicionado de la sala de juntas del tercer piso desde el lunes',
      'No sirve el aire acondicionado de la sala de juntas',
    ],
    [
      'quisiera que instalen el office en la compu nueva de recepción cuanto antes',
      'Quisiera que instalen el office en la compu nueva',
    ],
    [
      'printer on floor three keeps printing blank pages for everyone in the finance team',
      'Printer on floor three keeps printing blank pages',
    ],
  ])('%j', (description, expected) => {
    expect(suggestCaseName(description)).toBe(expected);
  });

  it('keeps a short title as it is, small last word and all', () => {
    expect(suggestCaseName('printer on floor 3 keeps jamming on')).toBe(
      'Printer on floor 3 keeps jamming on',
    );
  });
});
