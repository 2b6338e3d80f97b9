// Weight: the extension's JS and CSS as the browser really loaded them on a page, read through
// the DevTools protocol (every script parsed in any world, every style sheet added), not from
// the manifest.
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { panelShown } from './browser';

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

/** Loads `url` in a new tab and lists the chrome-extension:// scripts and style sheets it got. */
export async function loadedWeight(
  context: BrowserContext,
  url: string,
  guided: boolean,
): Promise<Weight> {
  const page = await context.newPage();
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
  // A provider page has its panel once the content script ran; elsewhere, give an injection
  // at document_idle (which Chrome may delay up to 200 ms after the load) time to happen.
  if (guided) await panelShown(page);
  else await page.waitForTimeout(1000);

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
