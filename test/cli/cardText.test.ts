import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/cli/cardText.js';
import { english } from '../../src/messages/en/catalog.js';
import { caseFormCard } from '../../src/presentation/cards/caseFormCard.js';
import { summaryCard } from '../../src/presentation/cards/summaryCard.js';

describe('cards rendered as text for the terminal client', () => {
  it('shows a summary card as its facts and numbered buttons', () => {
    const card = summaryCard({ name: 'VPN drops', phone: '+44 20 7946 0018' }, english).content;
    const rendered = renderCard(card);
    expect(rendered.lines).toEqual([
      'Your case',
      '  Name: VPN drops',
      '  Description: ',
      '  E-mail: ',
      '  Phone: +44 20 7946 0018',
      '  Due date: ',
      '  (1) Create case',
      '  (2) Edit',
      '  (3) Cancel',
    ]);
    expect(rendered.actions[0]).toEqual({ title: 'Create case', data: { intakeAction: 'yes' } });
  });

  it("lists a form card's inputs, with their values, in order, including those in columns", () => {
    const card = caseFormCard(
      { values: { name: 'VPN drops', dueDate: '2026-12-01', dueTime: '09:30' } },
      english,
    ).content;
    expect(renderCard(card).inputs).toEqual([
      { id: 'name', label: 'Name', value: 'VPN drops' },
      { id: 'description', label: 'Description', value: undefined },
      { id: 'email', label: 'E-mail', value: undefined },
      { id: 'phone', label: 'Phone', value: undefined },
      { id: 'dueDate', label: 'Due date', value: '2026-12-01' },
      { id: 'dueTime', label: 'Time', value: '09:30' },
    ]);
  });
});
