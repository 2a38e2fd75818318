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

describe('suggestCaseName starts at the problem (held-out probe five)', () => {
  it.each([
    [
      "hi, escalating for a customer - Acme Dental's card reader declines every chip card",
      "Acme Dental's card reader declines every chip card",
    ],
    [
      'hi its Carla from the Elm St store, our POS terminal 2 wont print receipts',
      'POS terminal 2 wont print receipts',
    ],
    [
      'hola, sorry my english, the copier in 2nd floor have paper jam always in tray 2',
      'Copier in 2nd floor have paper jam always in tray 2',
    ],
    [
      'ok so this is going to be a long one, sorry. since we moved offices the hdmi fails',
      'Since we moved offices the hdmi fails',
    ],
    [
      "escalating on behalf of a customer (Mrs Patel, High St branch): her banking token app won't activate",
      "Her banking token app won't activate",
    ],
    [
      'please do the needful, the biometric attendance machine is not working',
      'Biometric attendance machine is not working',
    ],
    [
      'onsite at the mine camp kitchen, walk-in freezer alarm going off',
      'Walk-in freezer alarm going off',
    ],
    [
      'a customer rang: their broadband router shows red light',
      'Their broadband router shows red light',
    ],
    [
      'Customer: Blue Yonder Inc, their invoices in the portal show $0 totals',
      'Their invoices in the portal show $0 totals',
    ],
    [
      'I would like to report that the teams app on my phone does not show notifications',
      'Teams app on my phone does not show notifications',
    ],
    [
      'goeie middag, sorry english, the spaza shop pos not print slip',
      'Spaza shop pos not print slip',
    ],
    [
      'Soy Patricia de contabilidad, el SAP no me deja contabilizar facturas',
      'SAP no me deja contabilizar facturas',
    ],
    [
      'Mirá te cuento, la impresora fiscal no imprime tickets',
      'Impresora fiscal no imprime tickets',
    ],
    [
      'Soy agente del call center y escalo por un cliente: no le llega el SMS de verificación',
      'No le llega el SMS de verificación',
    ],
    [
      'Les escribo de la oficina de Doral, el internet se cae cada hora',
      'Internet se cae cada hora',
    ],
    [
      'howya, printer in the back office is printing everything in pink lol',
      'Printer in the back office is printing everything in pink',
    ],
    [
      'on site en el warehouse de Ontario, el forklift scanner no conecta',
      'Forklift scanner no conecta',
    ],
    [
      'Buenas tardes, mire, le cuento: esta mañana el servidor no arrancó',
      'Esta mañana el servidor no arrancó',
    ],
  ])('%j → %j', (description, name) => {
    expect(suggestCaseName(description)).toBe(name);
  });

  it('keeps the description when nothing but a preamble is left', () => {
    expect(suggestCaseName('Soy nuevo en la empresa.')).toBe('Soy nuevo en la empresa');
  });
});
