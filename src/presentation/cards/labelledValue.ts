/** A field as a card shows it: its label, and its value as Markdown. */
export interface LabelledValue {
  label: string;
  value: string;
}

/**
 * A field as a card element: the label in bold on a line of its own, the value under it. Not a
 * FactSet: Web Chat squeezes a FactSet's title column on a narrow screen until a label breaks
 * inside a word ("Descripti on"), while a label with the card's whole width keeps its words whole.
 */
export function labelledValueElement({ label, value }: LabelledValue) {
  return {
    type: 'Container',
    items: [
      { type: 'TextBlock', text: label, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: value, wrap: true, spacing: 'None' },
    ],
  };
}

/**
 * The label and value of an element `labelledValueElement` made, undefined for any other: how
 * the terminal client and the tests read a card's fields without knowing their layout.
 */
export function labelledValueOf(element: unknown): LabelledValue | undefined {
  const { type, items } = element as { type?: unknown; items?: unknown };
  if (type !== 'Container' || !Array.isArray(items) || items.length !== 2) return undefined;
  const [label, value] = items as { type?: unknown; text?: unknown; weight?: unknown }[];
  const isText = (block: typeof label) =>
    block?.type === 'TextBlock' && typeof block.text === 'string';
  if (!isText(label) || label?.weight !== 'Bolder' || !isText(value)) return undefined;
  return { label: label.text as string, value: value?.text as string };
}
