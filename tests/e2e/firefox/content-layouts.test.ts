/**
 * Terms on pages that move, hide and layer them, in real Firefox (the same
 * pages as the Chromium test, content-layouts.test.ts): a jump far down an
 * article, a carousel scrolled sideways, `display: contents`, a modal
 * dialog's tooltip, a drag selection across a term, a page that writes
 * itself anew, and inline tags laid out as blocks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchLimberFirefox, type LimberFirefox } from './fixtures';
import { highlighted, readTooltip, wordCentre } from './helpers';
import { highlightedIds } from '../page-functions';
import { LAYOUT_PAGES } from '../layout-pages';

describe('terms on pages that move, hide and layer them, in Firefox', () => {
  let limber: LimberFirefox;

  beforeAll(async () => {
    limber = await launchLimberFirefox();
  });
  afterAll(async () => {
    await limber?.close();
  });

  async function open(name: keyof typeof LAYOUT_PAGES): Promise<Page> {
    const page = await limber.openWebPage(limber.server.route(`/layout-${name}.html`, LAYOUT_PAGES[name]));
    await page.setViewport({ width: 1280, height: 800 });
    return page;
  }
  const ids = (page: Page): Promise<string[]> => page.evaluate(highlightedIds, 'limber-term');

  it('marks the terms on screen after a link jumps far down the page', async () => {
    const page = await open('jump');
    await expect.poll(() => ids(page), { timeout: 15_000 }).toContain('p0');
    await page.click('#toc');
    await expect.poll(() => ids(page), { timeout: 5000 }).toEqual(expect.arrayContaining(['p30', 'p31']));
    await page.close();
  });

  it('marks the cards in view of a carousel scrolled sideways', async () => {
    const page = await open('carousel');
    await expect.poll(() => ids(page), { timeout: 15_000 }).toContain('c0');
    await page.evaluate(() => {
      const row = document.getElementById('row');
      if (row) row.scrollLeft = 1350;
    });
    await expect.poll(() => ids(page), { timeout: 5000 }).toEqual(expect.arrayContaining(['c5', 'c6', 'c7']));
    await page.close();
  });

  it('marks text right inside a display: contents element', async () => {
    const page = await open('contents');
    await expect.poll(() => ids(page), { timeout: 15_000 }).toEqual(['mt']);
    await page.close();
  });

  it('shows a tooltip above a modal dialog, where its buttons can be reached', async () => {
    const page = await open('dialog');
    await expect.poll(() => ids(page), { timeout: 15_000 }).toEqual(['dp']);
    const at = await wordCentre(page, '#dp', 'sciatica');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await expect.poll(() => readTooltip(limber.browser, page).then((tip) => tip?.text ?? ''), { timeout: 5000 }).toContain('Sciatica');
    const button = (await readTooltip(limber.browser, page))?.buttons[0];
    if (!button) throw new Error('no button');
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, button)).toBe('limber-tooltip');
    await page.close();
  });

  it('opens no tooltip while a selection is dragged across a term, and keeps its text out of the selection', async () => {
    const page = await open('select');
    await expect.poll(() => ids(page), { timeout: 15_000 }).toEqual(['s1']);
    const start = await wordCentre(page, '#s1', 'Start');
    const term = await wordCentre(page, '#s1', 'sciatica');
    const end = await wordCentre(page, '#s2', 'words');
    await page.mouse.move(start.x - 20, start.y);
    await page.mouse.down();
    await page.mouse.move(term.x, term.y, { steps: 5 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await readTooltip(limber.browser, page)).toBeNull();
    await page.mouse.move(end.x, end.y, { steps: 5 });
    await page.mouse.up();
    const text = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(text).toMatch(/^Start of the text[\s\S]*Plain wo/);
    expect(text).not.toContain('Read more');
    await page.close();
  });

  it('marks a page that wrote itself anew after load', async () => {
    const page = await open('rewritten');
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['ibuprofen', 'lower back pain']);
    await page.close();
  });

  it('reads inline tags laid out as blocks or flex items as separate lines', async () => {
    const page = await open('cards');
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['Kyphosis', 'Sciatica', 'Scoliosis']);
    await page.close();
  });

  it('logged no errors in any extension page', () => {
    expect(limber.errors).toEqual([]);
  });
});
