// A browser for one measurement: Chromium with or without the built extension, the sandbox at
// the providers' origins, and the bench's own pages (bench/pages.ts) on a provider origin.
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { launch } from '../test/e2e/fixtures';
import { installSandbox, type SandboxOptions } from '../test/sandbox/serve';
import { installBenchPages } from './pages';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function open(extension: boolean, sandbox: SandboxOptions = {}): Promise<Browser> {
  const { context, userDataDir } = await launch({ extension });
  await installSandbox(context, sandbox);
  await installBenchPages(context);
  // A bench step that hangs fails in seconds, not at the run's time limit.
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's panel (role=dialog) in the open shadow root of <upstack-key-assist>. */
export function panelShown(page: Page) {
  return page.waitForFunction(
    () =>
      !!document.querySelector('upstack-key-assist')?.shadowRoot?.querySelector('[role=dialog]'),
  );
}
