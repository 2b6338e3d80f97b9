// Weight: the extension's JS and CSS as the browser really loaded them on a page, read through
// the DevTools protocol (every script parsed in any world, every style sheet added), not from
// the manifest.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';

export interface LoadedFile {
  file: string;
  raw: number;
  gzip: number;
}
export interface Weight {
  url: string;
  files: LoadedFile[];
  raw: number;
  gzip: number;
}

const size = (text: string) => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});

export interface LoadOptions {
  /** Runs once the new tab is open, before the page loads (e.g. a guide seeded for the tab). */
  before?: (page: Page) => Promise<unknown>;
  /** Resolves once everything the extension loads on the page is there (e.g. its panel). */
  loaded?: (page: Page) => Promise<unknown>;
}

/** Where nothing shows: time for an injection at document_idle (Chrome may delay it up to
 * 200 ms after the load) and for a loader's import it would make, to happen. */
const settle = (page: Page) => page.waitForTimeout(1500);

/** Loads `url` in a new tab and lists the chrome-extension:// scripts and style sheets it got. */
export async function loadedWeight(
  context: BrowserContext,
  url: string,
  { before, loaded = settle }: LoadOptions = {},
): Promise<Weight> {
  const page = await context.newPage();
  await before?.(page);
  const cdp = await context.newCDPSession(page);
  const scripts: { url: string; scriptId: string }[] = [];
  const sheets: { url: string; styleSheetId: string }[] = [];
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) scripts.push(event);
  });
  cdp.on('CSS.styleSheetAdded', ({ header }) => {
    if (header.sourceURL.startsWith('chrome-extension://') || header.origin === 'injected')
      sheets.push({ url: header.sourceURL || `injected:${header.styleSheetId}`, ...header });
  });
  await cdp.send('Debugger.enable');
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await page.goto(url);
  await loaded(page);

  const files: LoadedFile[] = [];
  for (const script of scripts) {
    const { scriptSource } = await cdp.send('Debugger.getScriptSource', {
      scriptId: script.scriptId,
    });
    files.push({ file: new URL(script.url).pathname.slice(1), ...size(scriptSource) });
  }
  for (const sheet of sheets) {
    const { text } = await cdp.send('CSS.getStyleSheetText', { styleSheetId: sheet.styleSheetId });
    files.push({ file: sheet.url, ...size(text) });
  }
  await cdp.detach();
  await page.close();
  return {
    url,
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}
