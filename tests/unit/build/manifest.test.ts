/**
 * The built manifests are what the stores expect, and every file they name
 * exists in dist. (The global setup has just run the build.)
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error build.mjs is plain JavaScript with no type declarations.
import { deriveManifest, GECKO_ID } from '../../../build.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8')) as Record<string, unknown>;
const messages = read('src/_locales/en/messages.json') as Record<string, { message: string; description?: string }>;

/** Every path a manifest refers to, so we can check each one exists. */
function referencedFiles(manifest: Record<string, any>): string[] { // eslint-style any: manifest JSON is untyped by nature
  const files: string[] = [];
  files.push(...Object.values(manifest.icons ?? {}) as string[]);
  files.push(...Object.values(manifest.action?.default_icon ?? {}) as string[]);
  if (manifest.action?.default_popup) files.push(manifest.action.default_popup);
  if (manifest.options_ui?.page) files.push(manifest.options_ui.page);
  if (manifest.background?.service_worker) files.push(manifest.background.service_worker);
  files.push(...(manifest.background?.scripts ?? []));
  for (const script of manifest.content_scripts ?? []) files.push(...(script.js ?? []), ...(script.css ?? []));
  return files;
}

/** Every __MSG_key__ used anywhere in a manifest. */
function messageKeys(manifest: unknown): string[] {
  return [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
}

describe.each(['chrome', 'firefox'] as const)('dist/%s/manifest.json', (browser) => {
  const manifest = read(`dist/${browser}/manifest.json`) as Record<string, any>; // see referencedFiles

  it('is Manifest V3 with Limber name, version and all four icon sizes', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(messages[manifest.name.replace(/^__MSG_(\w+)__$/, '$1')]?.message).toBe('Limber');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.default_locale).toBe('en');
  });

  it('names only files that exist in the build', () => {
    const files = referencedFiles(manifest);
    expect(files.length).toBeGreaterThan(6);
    for (const file of files) expect(existsSync(`${ROOT}dist/${browser}/${file}`), file).toBe(true);
  });

  it('takes every user-facing string from _locales', () => {
    expect(messageKeys(manifest).length).toBeGreaterThanOrEqual(3);
    for (const key of messageKeys(manifest)) expect(messages[key]?.message, key).toBeTruthy();
    expect(existsSync(`${ROOT}dist/${browser}/_locales/en/messages.json`)).toBe(true);
  });

  it('runs the content script on web pages only, after the page is ready', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts[0].run_at).toBe('document_idle');
  });

  it('asks for no host permissions and no broad API permissions', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    const allowed = ['storage', 'alarms', 'notifications', 'idle'];
    for (const permission of manifest.permissions ?? []) expect(allowed, `unexpected permission ${permission}`).toContain(permission);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

describe('browser-specific manifest keys', () => {
  const chrome = read('dist/chrome/manifest.json') as Record<string, any>; // see referencedFiles
  const firefox = read('dist/firefox/manifest.json') as Record<string, any>;

  it('gives Chrome a service worker and a minimum Chrome version', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(120);
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox an event page, a gecko id, a min version and a no-data-collection statement', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('derives both from the one root manifest', () => {
    const root = read('manifest.json');
    expect(deriveManifest(root, 'chrome')).toEqual(chrome);
    expect(deriveManifest(root, 'firefox')).toEqual(firefox);
  });
});
