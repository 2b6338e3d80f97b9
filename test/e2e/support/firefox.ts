// Firefox, driven for real: Debian's firefox-esr under puppeteer-core over WebDriver BiDi, with
// the built extension (.output/firefox-mv2) installed as a temporary add-on and the sandbox
// served at the providers' real https origins by request interception, so the manifest's
// matches apply unchanged. Firefox opens no moz-extension:// page over BiDi: the extension's
// storage is read from the browser's privileged (chrome) realm, which `--remote-allow-system-
// access` opens to the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type Frame,
  type KeyInput,
  type Page,
} from 'puppeteer-core';
import { findFirefox } from '../../../scripts/firefox.mjs';
import { sandboxResponse } from '../../sandbox/serve';
import {
  type Driver,
  type DriverOptions,
  findInPage,
  type Scope,
  type StorageAreas,
  serialTarget,
  type Tab,
  type Target,
} from './driver';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
const TIMEOUT = 15_000;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, handler: (event: never) => void): void;
}

interface BeforeRequestSent {
  isBlocked: boolean;
  navigation: string | null;
  request: { request: string; url: string };
}

/** puppeteer's WebDriver BiDi connection, for what its API does not cover. */
const bidi = (browser: Browser) =>
  (browser as unknown as { connection: BidiConnection }).connection;

/** Runs `body` (an async function body) in the browser's privileged realm, with `ext` the
 * add-on's Extension object in scope; returns what it returns, through JSON. */
async function privileged<T>(browser: Browser, id: string, body: string): Promise<T> {
  const connection = bidi(browser);
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('No privileged browsing context.');
  const expression = `(async () => {
    const ext = WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension;
    return JSON.stringify(await (async () => { ${body} })() ?? null);
  })()`;
  const { result } = (await connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  })) as {
    result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  };
  if (result.type !== 'success') throw new Error(`privileged: ${result.exceptionDetails?.text}`);
  return JSON.parse(result.result?.value ?? 'null') as T;
}

const MODULES = `
  const { extensionStorageSession } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorage.sys.mjs');
  const { ExtensionStorageIDB } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorageIDB.sys.mjs');
  const { extensionStorageSync } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorageSync.sys.mjs');
`;

/** The three areas. storage.session holds each value wrapped (a StructuredCloneHolder): a copy
 * is unwrapped, keeping the extension's own. */
const READ_STORAGE = `${MODULES}
  const session = {};
  for (const [key, held] of Object.entries(extensionStorageSession.get(ext, null) ?? {}))
    session[key] = typeof held?.deserialize === 'function' ? held.deserialize(globalThis, true) : held;
  const db = await ExtensionStorageIDB.open(ExtensionStorageIDB.getStoragePrincipal(ext));
  const local = await db.get(null);
  const sync = await extensionStorageSync.get(ext, null, { extension: ext });
  return { session, local, sync };
`;

function writeStorage(area: keyof StorageAreas, items: Record<string, unknown>) {
  const json = JSON.stringify(items);
  return `${MODULES}
  const items = ${json};
  if (${JSON.stringify(area)} === 'session') {
    const wrapped = {};
    for (const [key, value] of Object.entries(items))
      wrapped[key] = new StructuredCloneHolder('uka-test', null, value);
    extensionStorageSession.set(ext, wrapped);
  } else if (${JSON.stringify(area)} === 'local') {
    const db = await ExtensionStorageIDB.open(ExtensionStorageIDB.getStoragePrincipal(ext));
    const changes = await db.set(items);
    if (changes) ExtensionStorageIDB.notifyListeners(ext.id, changes);
  } else {
    await extensionStorageSync.set(ext, items, { extension: ext });
  }
  return null;
`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, get: () => Promise<T | null | undefined>): Promise<T> {
  const end = Date.now() + TIMEOUT;
  for (;;) {
    const value = await get().catch(() => null);
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Firefox: timed out waiting for ${what}.`);
    await sleep(100);
  }
}

/** In the page: whether a click at the element's centre lands on it now (or on its label). */
async function receivesClick(element: Element): Promise<true | null> {
  const before = element.getBoundingClientRect();
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const box = element.getBoundingClientRect();
  if (box.x !== before.x || box.y !== before.y || box.width !== before.width) return null;
  if (element.getAttribute('aria-disabled') === 'true') return null;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  let hit = (element.getRootNode() as Document | ShadowRoot).elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  if (!hit) return null;
  // The element, or inside it across shadow roots (a web component's own parts), or its label.
  for (
    let node: Node | null = hit;
    node;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null
  )
    if (node === element) return true;
  return hit.contains(element) ? true : null;
}

const describe = (t: Target) => `${t.role} "${String(t.name ?? '')}"`;

class FirefoxTab implements Tab {
  constructor(
    readonly page: Page,
    private readonly driver: FirefoxDriver,
  ) {}

  /** The merchant acts in the tab in front (Firefox keeps other tabs hidden, as a browser does;
   * the extension captures only what is on screen). */
  private async front() {
    if (this.driver.front !== this.page) {
      await this.page.bringToFront();
      this.driver.front = this.page;
    }
  }

  async goto(url: string) {
    await this.front();
    await this.page.goto(url, { waitUntil: 'load' });
  }

  /** The Fill frame (an extension page in an iframe of the Upstack dashboard). puppeteer does
   * not learn a moz-extension:// frame's URL over BiDi: the frame's own location tells. */
  private async fillFrame(): Promise<Frame | undefined> {
    for (const frame of this.page.frames()) {
      if (frame === this.page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/fill\.html/.test(href)) return frame;
    }
    return undefined;
  }

  private async frameFor(scope: Scope | undefined): Promise<Frame | undefined> {
    if (typeof scope === 'object' && 'frameUrl' in scope)
      return this.page.frames().find((f) => f.url().includes(scope.frameUrl));
    return scope === 'fillPanel' ? this.fillFrame() : this.page.mainFrame();
  }

  private async findAll(target: Target): Promise<ElementHandle<Element>[]> {
    const frame = await this.frameFor(target.in);
    if (!frame) return [];
    const handle = await frame.evaluateHandle(findInPage, serialTarget(target), true);
    const properties = await handle.getProperties();
    const elements = [...properties.values()]
      .map((p) => p.asElement())
      .filter((e): e is ElementHandle<Element> => e !== null);
    await handle.dispose();
    return elements;
  }

  private find(target: Target): Promise<ElementHandle<Element>> {
    return until(describe(target), async () => (await this.findAll(target))[0]);
  }

  async click(target: Target) {
    await this.front();
    const element = await this.find(target);
    // As Playwright's click waits: in view, still, enabled (the Fill button is aria-disabled for
    // half a second after it appears or moves), and the element itself under the pointer (not
    // the panel's spotlight or a page's layer over it).
    await element.scrollIntoView().catch(() => {});
    await until(`${describe(target)} to take the click`, () => element.evaluate(receivesClick));
    await element.click();
  }

  async clickToOpen(target: Target): Promise<Tab> {
    const before = new Set(await this.driver.browser.pages());
    await this.click(target);
    const page = await until('a new tab', async () =>
      (await this.driver.browser.pages()).find((p) => !before.has(p)),
    );
    this.driver.front = page; // a tab opened by a click comes to the front
    return this.driver.adopt(page);
  }

  private async field(label: string, scope?: Scope) {
    return this.find({ role: 'textbox', name: label, in: scope });
  }

  async fill(label: string, value: string, scope?: Scope) {
    await this.front();
    const field = await this.field(label, scope);
    await field.click({ count: 3 });
    await field.evaluate((e) => {
      (e as HTMLInputElement).select();
    });
    await this.page.keyboard.press('Backspace');
    await field.type(value);
  }

  async value(label: string, scope?: Scope) {
    const [field] = await this.findAll({ role: 'textbox', name: label, in: scope });
    return field ? await field.evaluate((e) => (e as HTMLInputElement).value) : '';
  }

  async checked(target: Target) {
    const element = await this.find(target);
    return element.evaluate(
      (e) => (e as HTMLInputElement).checked === true || e.getAttribute('aria-checked') === 'true',
    );
  }

  async status(scope: 'panel' | 'fillPanel') {
    const [element] = await this.findAll({ role: 'status', in: scope });
    return element ? await element.evaluate((e) => (e.textContent ?? '').trim()) : '';
  }

  async text(scope: 'panel' | 'fillPanel') {
    const [element] = await this.findAll({ role: 'dialog', in: scope });
    return element ? await element.evaluate((e) => (e as HTMLElement).innerText) : '';
  }

  async count(target: Target) {
    return (await this.findAll(target)).length;
  }

  sandboxState<T>() {
    return this.page.evaluate(
      () => (window as unknown as { __sandbox: { state(): unknown } }).__sandbox.state() as T,
    ) as Promise<T>;
  }

  readableByPage() {
    return this.page.evaluate(() => {
      const parts: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          parts.push(el.outerHTML);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return parts.join('\n');
    });
  }

  async addInitScript<A>(fn: ((arg: A) => void) | string, arg?: A) {
    if (typeof fn === 'string') await this.page.evaluateOnNewDocument(fn);
    else await this.page.evaluateOnNewDocument(fn as (arg: unknown) => void, arg as unknown);
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }

  /** puppeteer adds the frames' offsets (the Fill frame's element found over BiDi). */
  async box(target: Target) {
    const box = await (await this.find(target)).boundingBox();
    if (!box) throw new Error(`No box for ${describe(target)}.`);
    return box;
  }

  async clickAt(x: number, y: number) {
    await this.front();
    await this.page.mouse.click(x, y);
  }

  async press(key: string) {
    await this.front();
    // A chord as Playwright writes it ("Control+V"): the modifiers held around the last key.
    const keys = key.length > 1 ? key.split('+') : [key];
    const last = keys.pop() as string;
    for (const modifier of keys) await this.page.keyboard.down(modifier as KeyInput);
    await this.page.keyboard.press(last as KeyInput);
    for (const modifier of keys.reverse()) await this.page.keyboard.up(modifier as KeyInput);
  }

  async type(text: string, delay = 0) {
    await this.front();
    await this.page.keyboard.type(text, { delay });
  }

  async focus(target: Target) {
    await this.front();
    await (await this.find(target)).focus();
  }

  async focused(target: Target) {
    const [element] = await this.findAll(target);
    return element ? await element.evaluate((e) => e.matches(':focus')) : false;
  }

  async wait(ms: number) {
    await sleep(ms);
  }

  async screenshot(path: string) {
    await this.page.screenshot({ path: path as `${string}.png` });
  }
}

/** Playwright's default, as the Chromium project has it (placement at small sizes is
 * placement.spec.ts's, and lib/ui/position.ts's unit tests). */
const VIEWPORT = { width: 1280, height: 720 };

export class FirefoxDriver implements Driver {
  readonly engine = 'firefox';
  tab!: Tab;
  /** The tab in front. */
  front: Page | undefined;

  private constructor(
    readonly browser: Browser,
    readonly extensionId: string,
    readonly profileDir: string,
    private readonly options: DriverOptions,
  ) {}

  static async launch(options: DriverOptions = {}, { headless = true } = {}) {
    const profileDir = mkdtempSync(join(tmpdir(), 'uka-firefox-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless,
      defaultViewport: VIEWPORT,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: options.lang ? { 'intl.locale.requested': options.lang } : {},
    });
    const extensionId = await browser.installExtension(
      options.extensionDir ?? FIREFOX_EXTENSION_DIR,
    );
    const driver = new FirefoxDriver(browser, extensionId, profileDir, options);
    if (options.grantedOrigins?.length) await driver.grant(options.grantedOrigins);
    await driver.serveSandbox();
    // The extension opens its first-run page on install: closed, as the Chromium fixture does
    // (from the privileged realm: an extension page is not a tab puppeteer lists).
    await privileged(
      browser,
      extensionId,
      `for (let i = 0; i < 50; i++) {
        const tab = [...gBrowser.tabs].find((t) =>
          t.linkedBrowser.currentURI.spec.endsWith('/welcome.html'));
        if (tab) { gBrowser.removeTab(tab); return true; }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;`,
    );
    const [first] = await browser.pages();
    driver.front = first ?? (await browser.newPage());
    driver.tab = await driver.adopt(driver.front);
    return driver;
  }

  /** Grants optional host permissions as the merchant's Allow in the browser's prompt does
   * (ExtensionPermissions, which tells the extension: its permissions.onAdded fires). */
  private async grant(origins: string[]) {
    await privileged(
      this.browser,
      this.extensionId,
      `const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      await ExtensionPermissions.add(ext.id, { permissions: [], origins: ${JSON.stringify(origins)} }, ext);`,
    );
  }

  /** A tab of this browser, at the Chromium project's size (puppeteer gives its default only to
   * the tabs it opens: not the first one, nor one that a click opens). */
  async adopt(page: Page): Promise<FirefoxTab> {
    await page.setViewport(VIEWPORT);
    return new FirefoxTab(page, this);
  }

  /**
   * The sandbox answers every http(s) request of every tab, from the first one: one intercept
   * for the whole browser (puppeteer's per-page interception starts too late for a tab that a
   * click opens).
   */
  private async serveSandbox() {
    const connection = bidi(this.browser);
    connection.on('network.beforeRequestSent', (event: BeforeRequestSent) => {
      if (!event.isBlocked) return;
      void this.answer(connection, event).catch(() => {}); // the tab may be gone
    });
    await connection.send('network.addIntercept', { phases: ['beforeRequestSent'] });
  }

  private async answer(connection: BidiConnection, event: BeforeRequestSent) {
    const { request, url } = event.request;
    if (!/^https?:/.test(url)) return connection.send('network.continueRequest', { request });
    // BiDi tells navigations (documents) from other requests, not the resource type.
    const type = event.navigation ? 'document' : 'other';
    const extra = this.pages.get(url.split('?')[0] ?? url);
    const response = extra
      ? { contentType: 'text/html; charset=utf-8', body: extra }
      : await sandboxResponse(url, type, this.options.sandboxOptions);
    if (!response) return connection.send('network.failRequest', { request });
    const headers = { ...response.headers };
    if (response.contentType) headers['content-type'] = response.contentType;
    return connection.send('network.provideResponse', {
      request,
      statusCode: response.status ?? 200,
      reasonPhrase: response.status === 404 ? 'Not Found' : 'OK',
      headers: Object.entries(headers).map(([name, value]) => ({
        name,
        value: { type: 'string', value },
      })),
      body: { type: 'base64', value: Buffer.from(response.body).toString('base64') },
    });
  }

  /** Pages served instead of the sandbox's (`serve`), by URL. */
  private readonly pages = new Map<string, string>();

  async serve(url: string, html: string) {
    this.pages.set(url, html);
  }

  async newTab() {
    const page = await this.browser.newPage();
    this.front = page;
    return this.adopt(page);
  }

  storage() {
    return privileged<StorageAreas>(this.browser, this.extensionId, READ_STORAGE);
  }

  async setStorage(area: keyof StorageAreas, items: Record<string, unknown>) {
    await privileged(this.browser, this.extensionId, writeStorage(area, items));
  }

  /** A temporary add-on reloaded by the add-on manager: Firefox starts the new one as an upgrade
   * (`onInstalled` with reason `update`). */
  update = async () => {
    await privileged(
      this.browser,
      this.extensionId,
      `const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const addon = await AddonManager.getAddonByID(ext.id);
      await addon.reload();
      return null;`,
    );
  };

  /** The alarms API's Alarm objects live in the parent process: each one's `observe()` is what
   * its timer calls when the time comes. */
  fireAlarms = (prefix: string) =>
    privileged<string[]>(
      this.browser,
      this.extensionId,
      `const api = ext.apiManager.apis.get(ext).get('alarms');
      const fired = [];
      for (const alarm of [...(api?.alarms?.values() ?? [])]) {
        if (!alarm.name.startsWith(${JSON.stringify(prefix)})) continue;
        alarm.observe(); // what its nsITimer calls when the time comes
        fired.push(alarm.name);
      }
      return fired;`,
    );

  async close() {
    await this.browser.close();
  }

  /** Removes the profile folder (after the test has read it). */
  dispose() {
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
