/**
 * The popup's tip of the day and links in real Chromium: the day's tip with
 * its category, Next / Previous, "Read more" at the tip's section, the
 * Article and Settings links, "Stretch now" and today's numbers from stats.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { dailyOrder, tipIndexFor } from '../../src/shared/tip-of-the-day';
import { tipCategoryLabels, tips } from '../../src/knowledge';

const order = dailyOrder(tips);

describe('popup: tip of the day, links, stretch now, today', () => {
  let limber: Limber;
  let popup: Page;
  beforeAll(async () => {
    limber = await launchLimber();
    popup = await limber.openExtensionPage('popup.html');
    await popup.getByTestId('tip-text').waitFor();
  });
  afterAll(async () => {
    await limber?.close();
  });

  /** The tip text as shown, without the "Read more" button's words. */
  const tipText = async (): Promise<string> => (await popup.getByTestId('tip-text').locator('span[aria-live]').textContent()) ?? '';
  /** Whether the shown tip carries the "General guidance" mark. */
  const markedGeneral = async (): Promise<boolean> => (await popup.getByTestId('tip-text').getByText('General guidance', { exact: true }).count()) === 1;

  it("shows today's tip with its category", async () => {
    const index = tipIndexFor(order.length, Date.now());
    expect(await tipText()).toBe(order[index]?.text);
    expect(await popup.getByTestId('tip-category').textContent()).toBe(tipCategoryLabels[order[index]!.category]);
  });

  it('walks to the next and previous tips', async () => {
    const index = tipIndexFor(order.length, Date.now());
    await popup.getByRole('button', { name: 'Next tip' }).click();
    expect(await tipText()).toBe(order[(index + 1) % order.length]?.text);
    await popup.getByRole('button', { name: 'Previous tip' }).click();
    await popup.getByRole('button', { name: 'Previous tip' }).click();
    expect(await tipText()).toBe(order[(index - 1 + order.length) % order.length]?.text);
  });

  it('marks Limber’s own tips "General guidance", and not the ones taken from the article', async () => {
    const seen = new Set<boolean>();
    for (let i = 0; i < order.length; i++) {
      const text = await tipText();
      const tip = order.find((x) => x.text === text);
      expect(tip, text).toBeDefined();
      expect(await markedGeneral(), text).toBe(tip?.general);
      seen.add(tip?.general ?? false);
      await popup.getByRole('button', { name: 'Next tip' }).click();
    }
    // Both kinds were shown on the way round.
    expect([...seen].sort()).toEqual([false, true]);
  });

  it('opens the article at the tip’s section with "Read more"', async () => {
    const text = await tipText();
    const section = order.find((tip) => tip.text === text)?.section;
    const opened = limber.context.waitForEvent('page');
    await popup.getByTestId('tip-text').getByRole('button', { name: 'Read more' }).click();
    const article = await opened;
    await article.waitForLoadState();
    expect(article.url()).toBe(limber.url(`article.html#${section}`));
    await article.close();
  });

  it('opens the article and the settings from the header links', async () => {
    let opened = limber.context.waitForEvent('page');
    await popup.getByRole('navigation').getByRole('button', { name: 'Article' }).click();
    const article = await opened;
    await article.waitForLoadState();
    expect(article.url()).toBe(limber.url('article.html'));
    await article.close();
    opened = limber.context.waitForEvent('page');
    await popup.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toBe(limber.url('options.html'));
    await options.close();
  });

  it('shows today’s breaks against the goal, the streak and minutes stretched, live from stats', async () => {
    await popup.evaluate(() => {
      const now = new Date();
      const key = (offset: number): string => {
        const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 12);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      const day = (completed: number, minutesStretched: number) => ({ completed, partial: 0, skipped: 0, snoozed: 0, postureShown: 0, minutesStretched });
      return chrome.storage.local.set({ stats: { version: 1, days: { [key(0)]: day(4, 11.6), [key(-1)]: day(5, 15), [key(-2)]: day(1, 2) } } });
    });
    await expect.poll(() => popup.getByTestId('today-breaks').textContent()).toBe('4/4 breaks today');
    const today = await popup.locator('.today-stats').textContent();
    expect(today).toContain('2 day streak');
    expect(today).toContain('12 min stretched');
    expect(await popup.locator('.goal-progress').getAttribute('value')).toBe('4');
  });

  it('starts a stretch break now: the break page opens and the card says so', async () => {
    await popup.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => popup.getByTestId('timer-status').textContent()).toMatch(/^Running/);
    const opened = limber.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Stretch now' }).click();
    const breakPage = await opened;
    await breakPage.waitForLoadState();
    expect(breakPage.url()).toMatch(new RegExp(`^${limber.url('break.html')}`));
    await expect.poll(() => popup.getByTestId('timer-status').textContent()).toMatch(/^On a stretch break/);
    expect(await popup.getByRole('button', { name: 'Back to the break' }).count()).toBe(1);
    await breakPage.close();
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
