/// <reference types="chrome" />
// The Driver (driver.ts) in Chromium: Playwright with the unpacked extension, as fixtures.ts
// launches it for every Chromium spec.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import { installSandbox } from '../../sandbox/serve';
import type { Driver, DriverOptions, Scope, StorageAreas, Tab, Target } from './driver';
import { backgroundWorker, grantInProfile, launch } from './fixtures';
import { fillPanel, panel, readableByPage, sandboxState } from './helpers';

export class ChromiumTab implements Tab {
  constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
  ) {}

  private scope(scope: Scope | undefined): Page | Locator | Frame {
    if (scope === undefined || scope === 'page') return this.page;
    if (typeof scope === 'object' && 'frameUrl' in scope) {
      const frame = this.page.frames().find((f) => f.url().includes(scope.frameUrl));
      return frame ?? this.page.locator('upstack-no-such-frame');
    }
    if (scope === 'panel') return panel(this.page);
    if (scope === 'fillPanel') return fillPanel(this.page);
    if ('css' in scope) return this.page.locator(scope.css);
    return this.page.getByRole('dialog', { name: scope.dialog });
  }

  private locate(target: Target): Locator {
    return this.scope(target.in).getByRole(target.role as Parameters<Page['getByRole']>[0], {
      ...(target.name !== undefined ? { name: target.name } : {}),
      ...(target.exact ? { exact: true } : {}),
    });
  }

  async goto(url: string) {
    await this.page.goto(url);
  }

  async click(target: Target) {
    await this.locate(target).first().click();
  }

  async clickToOpen(target: Target): Promise<Tab> {
    const [page] = await Promise.all([this.context.waitForEvent('page'), this.click(target)]);
    return new ChromiumTab(page, this.context);
  }

  async fill(label: string, value: string, scope?: Scope) {
    await this.scope(scope).getByLabel(label).fill(value);
  }

  async value(label: string, scope?: Scope) {
    const field = this.scope(scope).getByLabel(label);
    return (await field.count()) ? await field.first().inputValue() : '';
  }

  checked(target: Target) {
    return this.locate(target).first().isChecked();
  }

  /** Read in one step: an element gone between a count and a read would make Playwright wait
   * for it to come back (a panel that closes as it is read). */
  private textOf(locator: Locator) {
    return locator.evaluateAll((els) => (els[0]?.textContent ?? '').trim());
  }

  status(scope: 'panel' | 'fillPanel') {
    return this.textOf(
      (scope === 'panel' ? panel(this.page) : fillPanel(this.page)).getByRole('status'),
    );
  }

  text(scope: 'panel' | 'fillPanel') {
    const locator = scope === 'panel' ? panel(this.page) : fillPanel(this.page);
    return locator.evaluateAll((els) => (els[0] as HTMLElement | undefined)?.innerText ?? '');
  }

  count(target: Target) {
    return this.locate(target).count();
  }

  sandboxState<T>() {
    return sandboxState<T>(this.page);
  }

  readableByPage() {
    return readableByPage(this.page);
  }

  async addInitScript<A>(fn: ((arg: A) => void) | string, arg?: A) {
    if (typeof fn === 'string') await this.page.addInitScript({ content: fn });
    else await this.page.addInitScript(fn as (arg: unknown) => void, arg as unknown);
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>;
  }

  async box(target: Target) {
    const box = await this.locate(target).first().boundingBox();
    if (!box) throw new Error(`No box for ${target.role} "${String(target.name ?? '')}".`);
    return box;
  }

  clickAt(x: number, y: number) {
    return this.page.mouse.click(x, y);
  }

  press(key: string) {
    return this.page.keyboard.press(key);
  }

  type(text: string, delay = 0) {
    return this.page.keyboard.type(text, { delay });
  }

  focus(target: Target) {
    return this.locate(target).first().focus();
  }

  focused(target: Target) {
    return this.locate(target)
      .first()
      .evaluate((el) => el.matches(':focus'), undefined, { timeout: 2000 })
      .catch(() => false);
  }

  wait(ms: number) {
    return this.page.waitForTimeout(ms);
  }

  async screenshot(path: string) {
    await this.page.screenshot({ path });
  }
}

export class ChromiumDriver implements Driver {
  readonly engine = 'chromium';
  tab!: Tab;

  private constructor(
    readonly context: BrowserContext,
    readonly background: Worker,
    readonly profileDir: string,
  ) {}

  static async launch(options: DriverOptions = {}) {
    const profileDir = mkdtempSync(join(tmpdir(), 'uka-profile-'));
    const start = () =>
      launch({ lang: options.lang, userDataDir: profileDir, extensionDir: options.extensionDir });
    let { context } = await start();
    if (options.grantedOrigins?.length) {
      // As fixtures.ts does: installed, closed, granted in the profile, launched again.
      const id = new URL((await backgroundWorker(context)).url()).host;
      await context.close();
      grantInProfile(profileDir, id, options.grantedOrigins);
      ({ context } = await start());
    }
    await installSandbox(context, options.sandboxOptions);
    const driver = new ChromiumDriver(context, await backgroundWorker(context), profileDir);
    driver.tab = new ChromiumTab(context.pages()[0] ?? (await context.newPage()), context);
    return driver;
  }

  async newTab() {
    return new ChromiumTab(await this.context.newPage(), this.context);
  }

  async serve(url: string, html: string) {
    await this.context.route(`${url}*`, (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
  }

  storage(): Promise<StorageAreas> {
    return this.background.evaluate(async () => ({
      session: await chrome.storage.session.get(null),
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
    }));
  }

  async setStorage(area: keyof StorageAreas, items: Record<string, unknown>) {
    await this.background.evaluate(([a, i]) => chrome.storage[a].set(i), [area, items] as const);
  }

  async close() {
    await this.context.close();
  }

  dispose() {
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
