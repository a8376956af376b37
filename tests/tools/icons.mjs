#!/usr/bin/env node
/**
 * Rasterises icons/icon.svg to the PNG sizes the manifests name, with
 * headless Chromium (the same one the tests use). Run after editing the SVG:
 *   npm run icons
 */
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const ICONS = fileURLToPath(new URL('../../icons/', import.meta.url));
const SIZES = [16, 32, 48, 128];

const svg = await readFile(`${ICONS}icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs() });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
    );
    await page.waitForFunction(() => document.querySelector('img')?.complete);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(`${ICONS}icon-${size}.png`, png);
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
