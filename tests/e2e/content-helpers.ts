/** Helpers for the content-script e2e tests: read highlights, drive settings, reach into the closed tooltip. */
import type { CDPSession, Page } from 'playwright-core';
import type { Limber } from './fixtures';
import { highlightTexts, wordCentreIn } from './page-functions';
import type { Box } from './situation-pages';

/** The text of every range registered under `name`, read in the page's own world, sorted. */
export function highlighted(page: Page, name = 'limber-term'): Promise<string[]> {
  return page.evaluate(highlightTexts, name);
}

/** Writes settings (fields not given take their defaults) as the options page would. */
export async function writeSettings(limber: Limber, settings: Record<string, unknown>): Promise<void> {
  const page = await limber.openExtensionPage('popup.html');
  await page.evaluate((s) => chrome.storage.local.set({ settings: { version: 1, ...s } }), settings);
  await page.close();
}

/** Centre (and box) of the first occurrence of `text` inside the element matching `selector`, in viewport pixels. */
export function wordCentre(page: Page, selector: string, text: string): Promise<{ x: number; y: number } & Box> {
  return page.evaluate(wordCentreIn, { selector, text });
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  attributes?: string[];
}


/** Limber's tooltip as CDP sees it (closed shadow roots included): its text, its buttons' centres and the card's box. */
export async function readTooltip(
  cdp: CDPSession,
): Promise<{ text: string; buttons: { label: string; x: number; y: number }[]; card: Box | null } | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const find = (node: CdpNode): CdpNode | null => {
    if (node.localName === 'limber-tooltip') return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const host = find(root);
  if (!host) return null;
  const texts: string[] = [];
  const buttons: CdpNode[] = [];
  let cardNode: CdpNode | null = null;
  const collect = (node: CdpNode, inStyle: boolean): void => {
    if (node.nodeName === '#text' && !inStyle) texts.push(node.nodeValue ?? '');
    if (node.localName === 'button') buttons.push(node);
    const attributes = node.attributes ?? [];
    if (attributes[attributes.indexOf('role') + 1] === 'tooltip' && attributes.includes('role')) cardNode = node;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child, inStyle || node.localName === 'style');
  };
  collect(host, false);
  const out: { label: string; x: number; y: number }[] = [];
  for (const button of buttons) {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    const label = (button.children ?? []).map((c) => c.nodeValue ?? '').join('');
    out.push({ label, x: (x1 + x3) / 2, y: (y1 + y3) / 2 });
  }
  let card: Box | null = null;
  const found = cardNode as CdpNode | null;
  if (found) {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: found.backendNodeId })) as { model: { border: number[] } };
    const [left = 0, top = 0, , , right = 0, bottom = 0] = model.border;
    card = { left, top, right, bottom };
  }
  return { text: texts.join(' ').replace(/\s+/g, ' ').trim(), buttons: out, card };
}
