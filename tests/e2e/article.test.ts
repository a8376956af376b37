/**
 * The article page in real Chromium from the built extension: every section
 * and glossary anchor is there, "Read more" links land on their target, the
 * text is clean, the page passes axe in light and dark mode, and nothing
 * logs an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { articleSections, glossary, stretches } from '../../src/knowledge';
import { findGarbledPhrases } from '../garbled-phrases';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (evaluated over CDP, so the page's CSP does not block it). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('article page', () => {
  let limber: Limber;
  let page: Page;

  beforeAll(async () => {
    limber = await launchLimber();
    page = await limber.openExtensionPage('article.html');
    await page.locator('main#main').waitFor();
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('shows the disclaimer before the contents', async () => {
    const disclaimer = page.getByRole('note', { name: 'Disclaimer' });
    await expect.poll(() => disclaimer.textContent()).toMatch(/^Limber is not medical advice/);
    const [note, toc] = await Promise.all([disclaimer.boundingBox(), page.getByRole('navigation', { name: 'Contents' }).boundingBox()]);
    expect(note && toc && note.y < toc.y).toBe(true);
  });

  it('has a heading and an anchor for every section, linked from the contents', async () => {
    for (const section of articleSections) {
      await expect.poll(() => page.locator(`section#${section.id} > h2`).textContent(), { message: section.id }).toBe(section.title);
      expect(await page.locator(`nav a[href="#${section.id}"]`).count(), section.id).toBe(1);
    }
    expect(await page.locator('section#glossary > h2').textContent()).toBe('Glossary');
  });

  it('has an anchor for every glossary term and every stretch', async () => {
    expect(await page.locator('[id^="term-"]').count()).toBe(glossary.length);
    for (const id of ['sciatica', 'herniated-disc', 'acetaminophen', 'cat-cow', 'lumbar-region', 'heat-therapy']) {
      await expect.poll(() => page.locator(`#term-${id} dfn`).count(), { message: id }).toBe(1);
    }
    expect(await page.locator('article[id^="stretch-"]').count()).toBe(stretches.length);
  });

  it('marks general guidance visibly', async () => {
    expect(await page.locator('#risk-factors .general-badge').first().isVisible()).toBe(true);
    expect(await page.locator('#see-a-doctor .general-badge').count()).toBeGreaterThan(0);
    // The step-by-step instructions are Limber's, and say so under their heading.
    const guide = page.locator('.stretch-guide');
    expect(await guide.locator('.general-badge').first().isVisible()).toBe(true);
    expect(await guide.textContent()).toContain('Step-by-step instructions are general guidance added by Limber.');
    // Glossary entries for causes, risk factors and prevention carry the mark; the others do not.
    for (const concept of glossary) {
      const expected = ['cause', 'risk-factor', 'prevention'].includes(concept.category) ? 1 : 0;
      expect(await page.locator(`#term-${concept.id} dt .general-badge`).count(), concept.id).toBe(expected);
    }
  });

  it('labels tips and cautions in the glossary and the stretch instructions', async () => {
    expect(await page.locator('#term-back-stiffness .term-tip').textContent()).toMatch(/^Tip: /);
    expect(await page.locator('#term-glute-stretch .caution').textContent()).toBe('Take care: Move gently and stop if your pain gets worse.');
    for (const stretch of stretches) {
      expect(await page.locator(`#stretch-${stretch.id} .caution`).textContent(), stretch.id).toBe(`Take care: ${stretch.caution}`);
    }
  });

  it('shows no garbled phrase from the source', async () => {
    const text = await page.locator('body').innerText();
    expect(findGarbledPhrases(text)).toEqual([]);
  });

  it('opens at the anchor in the URL and marks it', async () => {
    const target = await limber.context.newPage();
    await target.emulateMedia({ reducedMotion: 'reduce' });
    await target.goto(limber.url('article.html#term-sciatica'));
    const entry = target.locator('#term-sciatica');
    await expect.poll(() => entry.getAttribute('class')).toMatch(/is-revealed/);
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight && el === document.activeElement)).toBe(true);
    await target.close();
  });

  it('passes axe in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  it('logged no errors', () => {
    expect(limber.errors).toEqual([]);
  });
});
