/**
 * Helpers for the Firefox e2e tests: the extension API from an extension
 * page, raw WebDriver BiDi where puppeteer has no public door (Limber's
 * tooltip lives in a closed shadow root, which BiDi can serialise with
 * `includeShadowTree: 'all'`), axe-core, and storage/alarm shortcuts.
 */
import type { Browser, Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LimberFirefox } from './fixtures';
import { highlightTexts, wordCentreIn } from '../page-functions';
import type { Box } from '../situation-pages';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Firefox's `browser` global in an extension page, typed with Chrome's API (the same shape, promise-based). */
export type Api = typeof chrome;

/**
 * Opens a short-lived extension page, runs `fn(arg)` there and closes it again.
 * `fn` is serialised into the page: it reaches the API through `globalThis.browser`.
 */
export async function inExtension<A, R>(limber: LimberFirefox, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const page = await limber.openExtensionPage('welcome.html');
  try {
    // puppeteer's types cannot follow a generic argument through serialisation.
    return (await page.evaluate(fn as (arg: unknown) => Promise<unknown>, arg as unknown)) as R;
  } finally {
    await page.close();
  }
}

/** Writes settings (fields not given take their defaults) as the options page would. */
export function writeSettings(limber: LimberFirefox, settings: Record<string, unknown>): Promise<void> {
  return inExtension(
    limber,
    (s) => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ settings: { version: 1, ...s } }),
    settings,
  );
}

/**
 * The URL of every open tab, popup windows included, asked from an open
 * extension page (`probe`). Extension pages report no load events over BiDi,
 * so the browser is asked instead; one long-lived probe avoids opening tabs
 * while the extension is opening its own windows.
 */
export function tabUrls(probe: Page): Promise<string[]> {
  return probe.evaluate(async () => (await (globalThis as unknown as { browser: Api }).browser.tabs.query({})).map((tab) => tab.url ?? ''));
}

/** Closes every tab whose URL starts with `prefix` (a popup window goes with its only tab). */
export function closeTabs(probe: Page, prefix: string): Promise<void> {
  return probe.evaluate(async (start) => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    const tabs = await api.tabs.query({});
    await api.tabs.remove(tabs.filter((tab) => (tab.url ?? '').startsWith(start)).map((tab) => tab.id ?? -1));
  }, prefix);
}

// ---------------------------------------------------------------------------
// Raw WebDriver BiDi

interface BidiResponse {
  result?: unknown;
  type?: string;
}
interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<BidiResponse>;
}
/** puppeteer-core's BiDi connection and frame ids are not in its public types. */
const bidi = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;
const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

async function bidiSend<T>(browser: Browser, method: string, params: Record<string, unknown>): Promise<T> {
  const response = await bidi(browser).send(method, params);
  return ('result' in response ? response.result : response) as T;
}

/** Loads `url` again in an open page (extension pages never fire BiDi load events, so page.reload() would hang). */
export async function navigate(browser: Browser, page: Page, url: string): Promise<void> {
  await bidiSend(browser, 'browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

/** Brings a tab to the front, so it is the active tab of its window. */
export async function activate(browser: Browser, page: Page): Promise<void> {
  await bidiSend(browser, 'browsingContext.activate', { context: contextOf(page) });
}

/** A node as WebDriver BiDi serialises it (only what is read here). */
interface BidiNode {
  type: string;
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
    mode?: 'open' | 'closed';
  };
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: BidiNode;
  exceptionDetails?: { text: string };
}

export interface TooltipView {
  text: string;
  shadowMode: string | undefined;
  buttons: { label: string; x: number; y: number }[];
  /** The card's box in viewport pixels. */
  card: Box | null;
}

/** Runs `functionDeclaration` on a serialised node in the page; its result's number fields. */
async function numbersOf(browser: Browser, context: string, node: BidiNode, functionDeclaration: string): Promise<Record<string, number>> {
  const called = await bidiSend<{ type: string; result?: { type: string; value?: [string, { type: string; value: number }][] } }>(
    browser,
    'script.callFunction',
    { functionDeclaration, arguments: [{ sharedId: node.sharedId }], target: { context }, awaitPromise: false },
  );
  return Object.fromEntries((called.result?.value ?? []).map(([key, val]) => [key, val.value]));
}

/**
 * Limber's tooltip as WebDriver BiDi sees it, closed shadow root included:
 * its text, and the centre of each button in viewport pixels. Null when no
 * tooltip host is in the page. `hostExpression` finds the host where the
 * document cannot (a modal dialog in a shadow root holds it there).
 */
export async function readTooltip(browser: Browser, page: Page, hostExpression = `document.querySelector('limber-tooltip')`): Promise<TooltipView | null> {
  const context = contextOf(page);
  const evaluated = await bidiSend<EvaluateResult>(browser, 'script.evaluate', {
    expression: hostExpression,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { maxDomDepth: 20, includeShadowTree: 'all' },
  });
  if (evaluated.type !== 'success') throw new Error(`evaluate failed: ${evaluated.exceptionDetails?.text ?? 'unknown'}`);
  const host = evaluated.result;
  if (!host || host.type !== 'node') return null;
  const shadow = host.value?.shadowRoot ?? null;
  const texts: string[] = [];
  const buttons: BidiNode[] = [];
  let cardNode: BidiNode | null = null;
  const walk = (node: BidiNode, inStyle: boolean): void => {
    const v = node.value;
    if (!v) return;
    if (v.nodeType === 3 && !inStyle) texts.push(v.nodeValue ?? '');
    if (v.localName === 'button') buttons.push(node);
    if (v.attributes?.['role'] === 'tooltip') cardNode = node;
    for (const child of v.children ?? []) walk(child, inStyle || v.localName === 'style');
  };
  if (shadow) walk(shadow, false);
  const out: TooltipView['buttons'] = [];
  for (const button of buttons) {
    const label = (button.value?.children ?? []).map((c) => c.value?.nodeValue ?? '').join('');
    const entries = await numbersOf(browser, context, button, `(el) => { const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`);
    out.push({ label, x: entries['x'] ?? 0, y: entries['y'] ?? 0 });
  }
  let card: TooltipView['card'] = null;
  const found = cardNode as BidiNode | null;
  if (found) {
    const box = await numbersOf(browser, context, found, `(el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }`);
    card = { left: box['left'] ?? 0, top: box['top'] ?? 0, right: box['right'] ?? 0, bottom: box['bottom'] ?? 0 };
  }
  if (!shadow) return { text: '', shadowMode: undefined, buttons: out, card };
  return { text: texts.join(' ').replace(/\s+/g, ' ').trim(), shadowMode: shadow.value?.mode, buttons: out, card };
}

// ---------------------------------------------------------------------------
// Firefox's own alert windows (notifications, with alerts.useSystemBackend off)

interface TreeContext {
  context: string;
  url: string;
  children?: TreeContext[];
}

export interface FirefoxAlert {
  /** The alert window's browsing context (chrome scope). */
  readonly context: string;
  readonly title: string;
  readonly text: string;
}

/** Firefox's own (privileged) windows, reachable because the rig passes --remote-allow-system-access. */
async function chromeContexts(browser: Browser): Promise<TreeContext[]> {
  return (await bidiSend<{ contexts: TreeContext[] }>(browser, 'browsingContext.getTree', { 'moz:scope': 'chrome' })).contexts;
}

/** The main browser window's privileged context (for its prompts and for setting preferences). */
async function browserWindow(browser: Browser): Promise<string> {
  const win = (await chromeContexts(browser)).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no browser window');
  return win.context;
}

/**
 * The notifications on screen, read from Firefox's alert windows (chrome
 * browsing contexts, reachable because the rig passes --remote-allow-system-access).
 */
export async function firefoxAlerts(browser: Browser): Promise<FirefoxAlert[]> {
  const alerts: FirefoxAlert[] = [];
  for (const { context, url } of await chromeContexts(browser)) {
    if (url !== 'chrome://global/content/alerts/alert.xhtml') continue;
    const read = await bidiSend<{ type: string; result?: { value?: string } }>(browser, 'script.evaluate', {
      expression: `JSON.stringify(['alertTitleLabel', 'alertTextLabel'].map((id) => { const l = document.getElementById(id); return l?.value || l?.textContent || ''; }))`,
      target: { context },
      awaitPromise: false,
    });
    const [title = '', text = ''] = JSON.parse(read.result?.value ?? '[]') as string[];
    alerts.push({ context, title, text });
  }
  return alerts;
}

/** Clicks an alert's text, as a person would (Firefox sends the extension notifications.onClicked). */
export async function clickFirefoxAlert(browser: Browser, alert: FirefoxAlert): Promise<void> {
  await bidiSend(browser, 'script.evaluate', {
    expression: `document.getElementById('alertTextLabel').dispatchEvent(new MouseEvent('click', { bubbles: true, view: window }))`,
    target: { context: alert.context },
    awaitPromise: false,
  });
}

/**
 * Answers Firefox's add-on permission prompt (the doorhanger that
 * permissions.request opens in the browser window). Returns false while no
 * such prompt is showing.
 */
export async function answerPermissionPrompt(browser: Browser, answer: 'allow' | 'deny'): Promise<boolean> {
  const context = await browserWindow(browser);
  const button = answer === 'allow' ? '.popup-notification-primary-button' : '.popup-notification-secondary-button';
  const clicked = await bidiSend<{ type: string; result?: { value?: boolean } }>(browser, 'script.evaluate', {
    expression: `(() => {
      const prompt = document.getElementById('addon-webext-permissions-notification');
      if (!prompt || prompt.hidden) return false;
      const button = prompt.querySelector('${button}');
      if (!button) return false;
      button.click();
      return true;
    })()`,
    target: { context },
    awaitPromise: false,
  });
  return clicked.result?.value === true;
}

/** Sets Firefox preferences live, from the browser window's privileged scope (the rig allows system access). */
export async function setPrefs(browser: Browser, prefs: Record<string, string | number | boolean>): Promise<void> {
  const context = await browserWindow(browser);
  const calls = Object.entries(prefs).map(([name, value]) => {
    const setter = typeof value === 'boolean' ? 'setBoolPref' : typeof value === 'number' ? 'setIntPref' : 'setStringPref';
    return `Services.prefs.${setter}(${JSON.stringify(name)}, ${JSON.stringify(value)});`;
  });
  const done = await bidiSend<{ type: string; exceptionDetails?: { text: string } }>(browser, 'script.evaluate', {
    expression: calls.join('\n'),
    target: { context },
    awaitPromise: false,
  });
  if (done.type === 'exception') throw new Error(`setting prefs failed: ${done.exceptionDetails?.text ?? ''}`);
}

/**
 * Sets the colour scheme web content sees (prefers-color-scheme), live,
 * through Firefox's own preference: puppeteer's media emulation is CDP-only.
 */
export function setColorScheme(browser: Browser, scheme: 'light' | 'dark'): Promise<void> {
  // layout.css.prefers-color-scheme.content-override: 0 dark, 1 light.
  return setPrefs(browser, { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 });
}

// ---------------------------------------------------------------------------
// Pages

/** The text of every range registered under `name`, read in the page's own world, sorted. */
export function highlighted(page: Page, name = 'limber-term'): Promise<string[]> {
  return page.evaluate(highlightTexts, name);
}

/** Centre of the first occurrence of `text` inside the element matching `selector`, in viewport pixels. */
export function wordCentre(
  page: Page,
  selector: string,
  text: string,
): Promise<{ x: number; y: number } & Box> {
  return page.evaluate(wordCentreIn, { selector, text });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page. It is evaluated over BiDi rather than added as a
 * script tag, so the extension pages' CSP (script-src 'self') does not block it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
