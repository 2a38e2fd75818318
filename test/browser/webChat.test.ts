import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { say, transcript, useBotInChromium } from '../support/webChatBrowser.js';

/** Where the README's screenshot of a finished conversation comes from. */
const screenshotPath = fileURLToPath(
  new URL('../../docs/screenshots/webchat.png', import.meta.url),
);

const rig = useBotInChromium();

/** A fresh browser profile in London, English, looking at the bot's page. */
const openChat = () =>
  rig.openChat(
    { locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 900, height: 1000 } },
    'I can open a support case for you',
  );

const chat = (page: Page) => page.locator('#webchat');

/** The last refId the page shows, read from the bot's final message. */
async function shownRefId(page: Page): Promise<string | undefined> {
  return [...(await transcript(page)).matchAll(/Your case (CS\d{6}) is/g)].at(-1)?.[1];
}

describe('the local Web Chat page in Chromium', () => {
  it('shows the sandbox banner, and keeps who you are across reloads', async () => {
    const page = await openChat();
    await expect.poll(() => page.locator('#sandbox-banner').isVisible()).toBe(true);
    await page.locator('#user-name').fill('Ann Lee');
    await page.locator('#user-id').fill('ann-browser');
    await page.getByRole('button', { name: 'Use these' }).click();
    await page.waitForLoadState('load');
    await page.reload();
    await expect.poll(() => page.locator('#user-id').inputValue()).toBe('ann-browser');
    expect(await page.locator('#user-name').inputValue()).toBe('Ann Lee');
    await page.context().close();
  });

  it('opens a case by typing answers; the refId shown is the one the sandbox stored', async () => {
    const page = await openChat();
    await page.locator('#user-name').fill('Ann Lee');
    await page.locator('#user-id').fill('ann-typing');
    await page.getByRole('button', { name: 'Use these' }).click();
    await expect.poll(() => transcript(page)).toContain('I can open a support case for you');

    await say(
      page,
      'My printer on floor 3 jams on every duplex job, please fix by Friday 5pm, reach me at ann@contoso.com or +44 20 7946 0018',
      'Fri 4 Dec 2026, 17:00 (Europe/London): is that right?',
    );
    await say(page, 'yes', 'What should the case be called?');
    await say(page, 'Duplex jams on floor 3', 'Create case');
    await say(page, 'yes', /Your case CS\d{6} is open/);

    const stored = rig.sandbox.cases.at(-1) as { refId: string };
    expect(await shownRefId(page)).toBe(stored.refId);
    expect(rig.sandbox.received.at(-1)?.body).toMatchObject({
      name: 'Duplex jams on floor 3',
      userInfo: { _id: 'ann-typing', name: 'Ann Lee' },
      emailId: 'ann@contoso.com',
      phoneNumber: '+442079460018',
      dueDate: '2026-12-04T17:00:00.000Z',
    });
    await page.screenshot({ path: screenshotPath });
    await page.context().close();
  });

  it('opens another case with the card buttons: the form, then Create case on the summary', async () => {
    const page = await openChat();
    await say(page, 'new case', 'What should the case be called?');
    // Web Chat also keeps an invisible copy of the buttons for screen readers: click the visible one.
    await chat(page)
      .locator('.webchat__suggested-actions__button', { hasText: 'Use a form' })
      .click();
    await expect.poll(() => transcript(page)).toContain('Open a support case');

    const form = chat(page);
    await form.getByLabel(/^Name/).fill('VPN drops every hour');
    await form.getByLabel(/^Description/).fill('The VPN disconnects every hour on the dot.');
    await form.getByLabel(/^E-mail/).fill('ann@contoso.com');
    await form.getByLabel(/^Phone/).fill('+44 20 7946 0018');
    await form.getByLabel(/^Due date/).fill('2026-12-01');
    await form.getByLabel(/^Time/).fill('09:30');
    await form.getByRole('button', { name: 'Create case' }).last().click();
    await expect.poll(() => transcript(page)).toContain('Your case');

    const before = rig.sandbox.cases.length;
    await form.getByRole('button', { name: 'Create case' }).last().click();
    await expect.poll(() => shownRefId(page)).toMatch(/^CS\d{6}$/);

    expect(rig.sandbox.cases).toHaveLength(before + 1);
    expect(await shownRefId(page)).toBe((rig.sandbox.cases.at(-1) as { refId: string }).refId);
    expect(rig.sandbox.received.at(-1)?.body).toMatchObject({
      name: 'VPN drops every hour',
      dueDate: '2026-12-01T09:30:00.000Z',
    });
    await page.context().close();
  });
});
