import { labelledValueOf } from '../presentation/cards/labelledValue.js';
import { markdownAsPlainText } from './markdownText.js';

/** An Adaptive Card element, as far as the terminal renders it. */
interface CardElement {
  type?: string;
  id?: string;
  text?: string;
  label?: string;
  value?: string;
  placeholder?: string;
  facts?: { title: string; value: string }[];
  columns?: { items?: CardElement[] }[];
  items?: CardElement[];
}

/** A card button the terminal user can press by number. */
export interface CardAction {
  title: string;
  data: Record<string, unknown>;
}

/** The inputs of a card, to ask for before a submit. */
export interface CardInput {
  id: string;
  label: string;
  value?: string;
}

/** A card as text: lines to print, the buttons to number, the inputs to fill. */
export interface RenderedCard {
  lines: string[];
  actions: CardAction[];
  inputs: CardInput[];
}

/**
 * Renders an Adaptive Card as plain text for a terminal: text, facts and labelled values as
 * "label: value", inputs and numbered buttons.
 */
export function renderCard(card: {
  body?: CardElement[];
  actions?: { title?: string; data?: unknown }[];
}): RenderedCard {
  const lines: string[] = [];
  const inputs: CardInput[] = [];
  const visit = (element: CardElement) => {
    const field = labelledValueOf(element);
    if (field) {
      lines.push(`  ${field.label}: ${markdownAsPlainText(field.value)}`);
      return;
    }
    if (element.type === 'TextBlock' && element.text) lines.push(markdownAsPlainText(element.text));
    for (const fact of element.facts ?? [])
      lines.push(`  ${fact.title}: ${markdownAsPlainText(fact.value)}`);
    if (element.type?.startsWith('Input.') && element.id) {
      const label = element.label ?? element.id;
      inputs.push({ id: element.id, label, value: element.value });
      lines.push(`  [${label}] ${element.value ?? ''}`.trimEnd());
    }
    for (const column of element.columns ?? []) column.items?.forEach(visit);
    element.items?.forEach(visit);
  };
  card.body?.forEach(visit);
  const actions = (card.actions ?? []).map((action) => ({
    title: action.title ?? '?',
    data: (action.data ?? {}) as Record<string, unknown>,
  }));
  return {
    lines: [...lines, ...actions.map((action, index) => `  (${index + 1}) ${action.title}`)],
    actions,
    inputs,
  };
}
