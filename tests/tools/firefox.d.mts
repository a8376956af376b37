import type { Browser } from 'puppeteer-core';

export const FIREFOX_UUID: string;
export function firefoxPath(): string;
export function launchFirefoxWithExtension(options: {
  /** An unpacked build, installed temporarily. */
  extensionDir?: string;
  /** A packaged zip, installed permanently into the profile. */
  extensionArchive?: string;
  geckoId: string;
  idleTimeoutMs?: number;
  userDataDir?: string;
}): Promise<{ browser: Browser; base: string }>;
