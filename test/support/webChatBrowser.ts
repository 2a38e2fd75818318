import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { CaseApiSandbox } from '../../src/sandbox/caseApiSandbox.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { launchChromium } from './chromium.js';
import { testNow } from './intakeFixture.js';
import { recordingLogger } from './recordingLogger.js';

/**
 * The bot in sandbox mode (memory storage, the intake tests' clock) and headless Chromium, for
 * every test of a browser test file: started before the first, closed after the last.
 */
export function useBotInChromium() {
  const current = {} as { bot: RunningBot; sandbox: CaseApiSandbox; browser: Browser };
  beforeAll(async () => {
    const bot = await startBot(loadConfig({ PORT: '0', STORAGE: 'memory' }), recordingLogger(), {
      clock: () => testNow,
    });
    if (!bot.sandbox) throw new Error('expected sandbox mode');
    Object.assign(current, { bot, sandbox: bot.sandbox, browser: await launchChromium() });
  });
  afterAll(async () => {
    await current.browser?.close();
    await current.bot?.close();
  });
  return {
    get sandbox() {
      return current.sandbox;
    },
    /**
     * A fresh browser profile (its language, zone and screen as given) on the bot's page, once
     * the bot's welcome, which contains `welcome`, is shown.
     */
    async openChat(profile: BrowserContextOptions, welcome: string): Promise<Page> {
      const page = await (await current.browser.newContext(profile)).newPage();
      await page.goto(current.bot.url);
      await expect.poll(() => transcript(page)).toContain(welcome);
      return page;
    },
  };
}

/** The chat's text as rendered, which is what the user reads. */
export function transcript(page: Page): Promise<string> {
  // Playwright's innerText, not the DOM's textContent: the rendered text is the point here.
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  return page.locator('#webchat').innerText();
}

/** Types a message into Web Chat and waits until what follows it in the chat matches `waitFor`. */
export async function say(page: Page, text: string, waitFor: string | RegExp): Promise<void> {
  const before = (await transcript(page)).length;
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
  await expect.poll(async () => (await transcript(page)).slice(before)).toMatch(waitFor);
}
