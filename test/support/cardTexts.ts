import { type LabelledValue, labelledValueOf } from '../../src/presentation/cards/labelledValue.js';

/** An Adaptive Card element, as far as its Markdown-rendered text goes. */
interface CardElement {
  type?: string;
  text?: string;
  facts?: { title: string; value: string }[];
  items?: CardElement[];
  columns?: { items?: CardElement[] }[];
}

/** Every text of a card that a client renders as Markdown: TextBlocks and facts, nested too. */
export function cardTexts(card: unknown): string[] {
  const texts: string[] = [];
  const visit = (element: CardElement) => {
    if (element.type === 'TextBlock' && element.text) texts.push(element.text);
    for (const fact of element.facts ?? []) texts.push(fact.title, fact.value);
    element.items?.forEach(visit);
    for (const column of element.columns ?? []) column.items?.forEach(visit);
  };
  ((card as { body?: CardElement[] }).body ?? []).forEach(visit);
  return texts;
}

/** The fields a card shows under their labels (`labelledValueElement`), in order. */
export function cardFields(card: unknown): LabelledValue[] {
  return ((card as { body?: unknown[] } | undefined)?.body ?? []).flatMap(
    (element) => labelledValueOf(element) ?? [],
  );
}
