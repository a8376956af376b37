import type { Browser } from 'puppeteer-core';

export const FIREFOX_UUID: string;
export function firefoxPath(): string;
export function launchFirefoxWithExtension(options: {
  extensionDir: string;
  geckoId: string;
  idleTimeoutMs?: number;
  userDataDir?: string;
}): Promise<{ browser: Browser; base: string }>;
