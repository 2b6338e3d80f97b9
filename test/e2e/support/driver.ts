// What a flow does in a browser, said once for Chromium (Playwright) and Firefox (puppeteer over
// WebDriver BiDi): the tests tagged @firefox run through this in both projects. Every click is
// the browser's own trusted input; elements are found by role and accessible name, as the
// merchant sees them.
import type { SandboxOptions } from '../../sandbox/options';

/** Where to look: the page (with its open shadow roots), the extension's panel on a provider's
 * page, the Upstack dashboard's Fill panel (an extension frame), or a dialog of the page. */
export type Scope =
  | 'page'
  | 'panel'
  | 'fillPanel'
  | { dialog: string }
  | { css: string }
  /** The document of the page's frame whose URL holds this text (a same-origin settings frame). */
  | { frameUrl: string };

/** An element by its ARIA role and accessible name (a string matches a part of the name, case
 * aside, as Playwright's getByRole does; `exact` asks for the whole name). */
export interface Target {
  role: string;
  name?: string | RegExp;
  exact?: boolean;
  in?: Scope;
}

export interface StorageAreas {
  session: Record<string, unknown>;
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** One tab, driven. */
export interface Tab {
  goto(url: string): Promise<void>;
  /** A trusted click (the browser's mouse) on the target, once it is there. */
  click(target: Target): Promise<void>;
  /** Clicks the target, which opens a new tab; returns it. */
  clickToOpen(target: Target): Promise<Tab>;
  /** Types into the text field with this label (replacing its value). */
  fill(label: string, value: string, scope?: Scope): Promise<void>;
  /** The value of the text field with this label ('' when there is none yet). */
  value(label: string, scope?: Scope): Promise<string>;
  checked(target: Target): Promise<boolean>;
  /** The text of the role=status element in the extension's panel ('' when absent). */
  status(scope: 'panel' | 'fillPanel'): Promise<string>;
  /** The panel's whole text ('' when absent). */
  text(scope: 'panel' | 'fillPanel'): Promise<string>;
  /** How many elements match (0 when none). */
  count(target: Target): Promise<number>;
  /** The sandbox app's own state (see test/sandbox/page.ts). */
  sandboxState<T = Record<string, unknown>>(): Promise<T>;
  /** Everything a script of the page can read: its DOM and open shadow roots, with attributes. */
  readableByPage(): Promise<string>;
  /** Runs a function (or a script's source) in the page's own world before its scripts, on every
   * load of this tab (an attacker's page script). It may run in the tab's frames too, the
   * extension's among them, where no page script runs: an attack checks `location.origin`. */
  addInitScript<A>(fn: ((arg: A) => void) | string, arg?: A): Promise<void>;
  /** Runs a function in the page's own world (as a page script would). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Where the target is, in the tab's viewport (an element of the Fill frame too), as a page
   * that studied the extension's layout would know it. */
  box(target: Target): Promise<{ x: number; y: number; width: number; height: number }>;
  /** A trusted click (the browser's mouse) at a point of the viewport, on whatever is there. */
  clickAt(x: number, y: number): Promise<void>;
  /** A trusted key press ('Tab', 'Enter', 'End', …) to whatever has focus. */
  press(key: string): Promise<void>;
  /** Trusted typing, key by key, `delay` ms apart, to whatever has focus. */
  type(text: string, delay?: number): Promise<void>;
  /** Focuses the target (element.focus(), as a script of its own document would). */
  focus(target: Target): Promise<void>;
  /** Whether the target has focus in its document. */
  focused(target: Target): Promise<boolean>;
  wait(ms: number): Promise<void>;
  screenshot(path: string): Promise<void>;
}

export interface Driver {
  engine: 'chromium' | 'firefox';
  /** The first tab. */
  tab: Tab;
  newTab(): Promise<Tab>;
  /** From now on, this page (exact URL, query aside) is served with `html` instead. */
  serve(url: string, html: string): Promise<void>;
  /** The extension's storage areas, as the background sees them. */
  storage(): Promise<StorageAreas>;
  /** Writes items into one area, as the background would (tests' set-up). */
  setStorage(area: keyof StorageAreas, items: Record<string, unknown>): Promise<void>;
  /** Fires now the extension's alarms whose names start with `prefix`, as their time would;
   * returns their names. Only where the browser lets a test reach them (Firefox). */
  fireAlarms?: (prefix: string) => Promise<string[]>;
  /** Updates the extension as the browser's add-on manager does (the new version hears
   * `onInstalled` with reason `update`). Firefox only: Chromium's is test/e2e/flows/update.spec.ts's. */
  update?: () => Promise<void>;
  /** The browser's profile folder (what a key could leave on disk). */
  profileDir: string;
  close(): Promise<void>;
  /** Removes the profile folder (after the test has read it). */
  dispose(): void;
}

export interface DriverOptions {
  sandboxOptions?: SandboxOptions;
  lang?: string;
  /** Another build of the extension (Firefox: a temporary add-on's folder). */
  extensionDir?: string;
  /** Optional host permissions the merchant allowed (the browser's prompt is browser UI): granted
   * before the test starts, and the background has registered the content scripts they enable. */
  grantedOrigins?: string[];
}

/** Runs in the page: the element(s) for a target, walking open shadow roots as Playwright does.
 * Kept free of closures: it is sent to the browser as source. */
export function findInPage(
  spec: {
    role: string;
    name?: { source: string; flags: string } | string;
    exact?: boolean;
    scope: 'page' | 'panel' | { dialog: string } | { css: string };
  },
  all: boolean,
): Element | Element[] | null {
  const IMPLICIT: Record<string, string> = {
    BUTTON: 'button',
    DIALOG: 'dialog',
    LI: 'listitem',
    UL: 'list',
    OL: 'list',
    TEXTAREA: 'textbox',
    SELECT: 'combobox',
    H1: 'heading',
    H2: 'heading',
    H3: 'heading',
  };
  const roleOf = (el: Element): string => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0] ?? '';
    if (el.tagName === 'A' && el.hasAttribute('href')) return 'link';
    if (el.tagName === 'INPUT') {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'radio' || type === 'checkbox') return type;
      if (type === 'button' || type === 'submit') return 'button';
      return 'textbox';
    }
    return IMPLICIT[el.tagName] ?? '';
  };
  const rootOf = (el: Element) => el.getRootNode() as Document | ShadowRoot;
  // The text as rendered: the flat tree, through shadow roots and the nodes slotted in them (a web
  // component's button shows its slotted label), without style sheets.
  const flatText = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.tagName === 'STYLE' || node.tagName === 'SCRIPT')
      return '';
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : Array.from(node.childNodes)).map(flatText).join('');
    }
    return Array.from((node.shadowRoot ?? node).childNodes)
      .map(flatText)
      .join('');
  };
  const textOf = (el: Element) => flatText(el).replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const root = rootOf(el);
      return by
        .split(/\s+/)
        .map((id) => {
          const ref = root.getElementById?.(id) ?? root.querySelector(`#${CSS.escape(id)}`);
          return ref ? textOf(ref) : '';
        })
        .join(' ')
        .trim();
    }
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      const labels = el.labels ? Array.from(el.labels) : [];
      if (labels.length) return labels.map(textOf).join(' ');
      if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button'))
        return el.value;
      return el.getAttribute('placeholder') ?? '';
    }
    return textOf(el);
  };
  const visible = (el: Element) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const matches = (el: Element) => {
    if (roleOf(el) !== spec.role || !visible(el)) return false;
    if (spec.name === undefined) return true;
    const name = nameOf(el).replace(/\s+/g, ' ');
    if (typeof spec.name === 'string') {
      return spec.exact ? name === spec.name : name.toLowerCase().includes(spec.name.toLowerCase());
    }
    return new RegExp(spec.name.source, spec.name.flags).test(name);
  };
  const walk = (root: Document | ShadowRoot | Element, found: Element[]) => {
    // A scope that is a web component: its own shadow root is inside it.
    if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot, found);
    for (const el of root.querySelectorAll('*')) {
      if (matches(el)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot, found);
    }
    return found;
  };
  const scope = spec.scope;
  let roots: (Document | ShadowRoot | Element)[] = [document];
  if (scope === 'panel') {
    const host = document.querySelector('upstack-key-assist');
    roots = host?.shadowRoot ? [host.shadowRoot] : [];
  } else if (typeof scope === 'object' && 'css' in scope) {
    // Matched in open shadow roots too, as Playwright's css locator does.
    const deep = (root: Document | ShadowRoot): Element[] =>
      Array.from(root.querySelectorAll('*')).flatMap((el) => [
        ...(el.matches(scope.css) ? [el] : []),
        ...(el.shadowRoot ? deep(el.shadowRoot) : []),
      ]);
    roots = deep(document);
  } else if (typeof scope === 'object') {
    const dialogName = scope.dialog;
    const dialogs: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (roleOf(el) === 'dialog' && visible(el) && nameOf(el).includes(dialogName))
          dialogs.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(document);
    roots = dialogs;
  }
  const found = roots.flatMap((root) => walk(root, []));
  return all ? found : (found[0] ?? null);
}

/** A target as it crosses into the page (a RegExp does not survive serialisation). */
export function serialTarget(target: Target) {
  // The Fill panel and a page's frame are their own frames: the caller looks in that frame.
  const scope: 'page' | 'panel' | { dialog: string } | { css: string } =
    target.in === undefined ||
    target.in === 'fillPanel' ||
    (typeof target.in === 'object' && 'frameUrl' in target.in)
      ? 'page'
      : (target.in as 'page' | 'panel' | { dialog: string } | { css: string });
  const name =
    target.name instanceof RegExp
      ? { source: target.name.source, flags: target.name.flags }
      : target.name;
  return {
    role: target.role,
    name,
    exact: target.exact,
    scope,
  };
}
