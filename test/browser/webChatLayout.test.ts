import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseFields } from '../../src/cases/caseDraft.js';
import { english } from '../../src/messages/en/catalog.js';
import { spanish } from '../../src/messages/es/catalog.js';
import type { Messages } from '../../src/messages/messages.js';
import { say, useBotInChromium } from '../support/webChatBrowser.js';

const rig = useBotInChromium();

/** A person in one language, and the messages that take them to the summary card. */
interface Speaker {
  language: 'en' | 'es';
  locale: string;
  timezoneId: string;
  messages: Messages;
  /** An opening message holding every field but the name, whose due date the bot confirms. */
  opening: string;
  /** The bot's question on the date reading, answered with `yes`. */
  dateQuestion: RegExp;
  yes: string;
  name: string;
}

const speakers: Speaker[] = [
  {
    language: 'en',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    messages: english,
    opening:
      'My printer on floor 3 jams on every duplex job, please fix by Friday 5pm, reach me at ann@contoso.com or +44 20 7946 0018',
    dateQuestion: /is that right\?/,
    yes: 'yes',
    name: 'Duplex jams on floor 3',
  },
  {
    language: 'es',
    locale: 'es-ES',
    timezoneId: 'Europe/Madrid',
    messages: spanish,
    opening:
      'La impresora del piso 3 se atasca en cada trabajo a doble cara, arreglarla para el viernes a las 17:00, mi correo ana@contoso.es y mi teléfono +34 612 34 56 78',
    dateQuestion: /¿es correcto\?/,
    yes: 'sí',
    name: 'Atascos en el piso 3',
  },
];

const screens = [
  { screen: 'desktop', viewport: { width: 1280, height: 800 } },
  { screen: 'phone', viewport: { width: 390, height: 844 } },
];

/** Where each screenshot goes: docs/screenshots/webchat-<language>-<screen>.png. */
const screenshotPath = (language: string, screen: string) =>
  fileURLToPath(
    new URL(`../../docs/screenshots/webchat-${language}-${screen}.png`, import.meta.url),
  );

/** At most this share of the screen's height may go to what stands above the chat. */
const maxShareAboveChat = 0.12;

/**
 * How many rendered lines the text of each label takes in a card: the distinct tops of its
 * text's line boxes. Each label is found as the innermost element whose whole text it is.
 */
function linesOfLabels(card: Locator, labels: string[]): Promise<Record<string, number>> {
  return card.evaluate((root, labels) => {
    const document = root.ownerDocument;
    const lines = (element: typeof root) => {
      const tops = new Set<number>();
      const texts = document.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const box of range.getClientRects()) if (box.width > 0) tops.add(Math.round(box.top));
      }
      return tops.size;
    };
    const elements = [...root.querySelectorAll('*')];
    return Object.fromEntries(
      labels.map((label) => {
        const holder = elements.findLast((element) => element.textContent?.trim() === label);
        return [label, holder ? lines(holder) : 0];
      }),
    );
  }, labels);
}

/**
 * The suggested-action buttons shown, each with whether it is wholly on the screen and whether
 * its text is cut (wider or taller than the box that shows it).
 */
function suggestedActions(page: Page) {
  return page.locator('.webchat__suggested-actions__button').evaluateAll((buttons) =>
    buttons
      .filter((button) => button.getBoundingClientRect().width > 0)
      .map((button) => {
        const box = button.getBoundingClientRect();
        const text = button.querySelector('.webchat__suggested-actions__button-text') ?? button;
        const window = button.ownerDocument.defaultView;
        return {
          title: button.textContent?.trim(),
          onScreen: box.left >= 0 && box.right <= (window?.innerWidth ?? 0),
          textCut: text.scrollWidth > text.clientWidth || text.scrollHeight > text.clientHeight,
        };
      }),
  );
}

describe.each(screens)('the local Web Chat page on a $screen screen', ({ screen, viewport }) => {
  it.each(speakers)(
    'is in $locale, keeps the chat in view, and shows every suggested action and summary label whole',
    async ({ language, locale, timezoneId, messages, opening, dateQuestion, yes, name }) => {
      const page = await rig.openChat(
        { locale, timezoneId, viewport },
        messages.welcome.slice(0, 20),
      );
      const texts = messages.webChatPage;
      expect(await page.title()).toBe(texts.title);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.locator('body > header h1').textContent()).toBe(texts.heading);
      expect(await page.locator('#sandbox-banner').textContent()).toBe(texts.sandboxBanner);
      expect(await page.locator('#identity button[type="submit"]').textContent()).toBe(
        texts.useThese,
      );
      const chatTop = (await page.locator('#webchat').boundingBox())?.y ?? viewport.height;
      expect(chatTop).toBeLessThanOrEqual(viewport.height * maxShareAboveChat);

      await say(page, opening, dateQuestion);
      await say(page, yes, messages.useFormButton);
      const actions = await suggestedActions(page);
      expect(actions.map((action) => action.title)).toEqual([
        expect.any(String),
        messages.useFormButton,
      ]);
      for (const action of actions)
        expect(action).toMatchObject({ onScreen: true, textCut: false });

      await say(page, name, messages.cards.confirm);
      const card = page
        .locator('.ac-adaptiveCard')
        .filter({ hasText: messages.cards.summaryTitle })
        .last();
      const labels = caseFields.map((field) => messages.fieldLabel[field]);
      expect(await linesOfLabels(card, labels)).toEqual(
        Object.fromEntries(labels.map((label) => [label, 1])),
      );

      // Web Chat scrolls to a new card on its own: the screenshot waits for the whole card.
      const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
      await expect
        .poll(async () => {
          const [box, input] = [await card.boundingBox(), await sendBox.boundingBox()];
          return (
            box !== null && input !== null && box.y >= chatTop && box.y + box.height <= input.y
          );
        })
        .toBe(true);
      await page.screenshot({ path: screenshotPath(language, screen) });
      await page.context().close();
    },
  );
});

describe('the local Web Chat page on a phone', () => {
  it('folds who you are behind a button that names you, and opens it on a tap', async () => {
    const page = await rig.openChat(
      { locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 390, height: 844 } },
      english.welcome.slice(0, 20),
    );
    const toggle = page.locator('#identity-toggle');
    expect(await page.locator('#user-name').isVisible()).toBe(false);
    expect(await toggle.textContent()).toBe(english.webChatPage.defaultUserName);
    await toggle.click();
    await expect.poll(() => page.locator('#user-name').isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.context().close();
  });
});
