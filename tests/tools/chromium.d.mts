import type { BrowserContext, Worker } from 'playwright-core';

export function chromiumPath(): string;
export function chromiumArgs(extensionDir?: string): string[];
export function launchWithExtension(options: {
  extensionDir?: string;
  userDataDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}): Promise<{ context: BrowserContext; extensionId: string | undefined; worker: Worker | undefined; userDataDir: string }>;
