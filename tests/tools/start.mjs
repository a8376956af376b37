#!/usr/bin/env node
/**
 * `npm start`: builds Limber, then opens Chromium with it loaded on a demo
 * page about back stiffness served from 127.0.0.1, in a profile kept under
 * .profile/ (git-ignored) so settings and the timer survive restarts.
 *
 * `npm start -- --headless`: the same without a display; saves screenshots of
 * the demo page (with a tooltip open), the popup and the options page to
 * screenshots/, then exits.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const headless = process.argv.includes('--headless');

if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found (DISPLAY is not set). Run `npm start -- --headless` to build, take screenshots and exit.');
  process.exit(1);
}

execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });

const demo = await readFile(new URL('./demo-page.html', import.meta.url));
const server = createServer((req, res) => {
  res.writeHead(req.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(req.url === '/' ? demo : 'not found');
});
// A fixed port keeps the demo address stable between runs; any free one will do if it is taken.
await new Promise((resolve, reject) => {
  server.once('error', (error) => (error.code === 'EADDRINUSE' ? server.listen(0, '127.0.0.1', resolve) : reject(error)));
  server.listen(headless ? 0 : 8765, '127.0.0.1', resolve);
});
const demoUrl = `http://127.0.0.1:${server.address().port}/`;

const { context, extensionId } = await launchWithExtension({
  extensionDir: `${ROOT}dist/chrome`,
  userDataDir: headless ? undefined : `${ROOT}.profile/chromium`,
  headless,
  viewport: headless ? { width: 1100, height: 760 } : null,
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);

if (!headless) {
  console.log(`Limber is loaded (extension id ${extensionId}). Demo page: ${demoUrl}`);
  console.log('Close the browser window to stop.');
  context.on('close', () => server.close());
} else {
  const out = `${ROOT}screenshots/`;
  await mkdir(out, { recursive: true });
  await page.waitForTimeout(1500);
  // Hover a highlighted term so the screenshot shows a tooltip, if the content script made one.
  const term = page.getByText('sciatica', { exact: false }).first();
  await term.scrollIntoViewIfNeeded();
  const box = await term.boundingBox();
  if (box) {
    const text = await term.textContent();
    const index = text?.toLowerCase().indexOf('sciatica:') ?? -1;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    if (index >= 0) {
      const x = await term.evaluate((el, i) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let offset = i;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (offset < node.length) {
            const range = document.createRange();
            range.setStart(node, offset + 2);
            range.setEnd(node, offset + 3);
            const rect = range.getBoundingClientRect();
            return { x: rect.x, y: rect.y + rect.height / 2 };
          }
          offset -= node.length;
        }
        return null;
      }, index);
      if (x) await page.mouse.move(x.x, x.y);
    }
    await page.waitForTimeout(900);
  }
  await page.screenshot({ path: `${out}demo-page.png` });
  // The popup reads "the active tab": open it in its own tab, start the timer,
  // then bring the demo page to the front so the popup describes that page.
  for (const scheme of ['light', 'dark']) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'timer/start', payload: {} }));
    await page.bringToFront();
    await popup.reload();
    await popup.waitForTimeout(1200);
    await popup.screenshot({ path: `${out}popup-${scheme}.png` });
    await popup.close();
  }
  for (const scheme of ['light', 'dark']) {
    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 1100 });
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForTimeout(600);
    await options.screenshot({ path: `${out}options-${scheme}.png` });
    await options.close();
  }
  console.log(`Screenshots saved to screenshots/ (demo-page, popup-light/dark, options-light/dark)`);
  await context.close();
  server.close();
}
