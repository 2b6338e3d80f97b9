// The Fill frame (entrypoints/fill): the Upstack panel as an extension page inside the Upstack
// dashboard. The page's scripts cannot restyle, read or script what is in here. It shows the
// provider's masked vault state (asked from the background, refreshed on each vault change) and,
// on the merchant's own activation of Fill, tells its parent, the Upstack content script, which
// entry to fill (once the parent is proved: fill-parent.ts). No secret ever enters this frame.
import { render } from 'preact';
import { Panel } from '../../components/Panel';
import { rememberedOrigin } from '../background/preferences';
import { linkFor } from '../engine/plan';
import { messages, onVaultChanged } from '../protocol/client';
import { type HostMessage, type NoteCode, parseHostMessage } from '../protocol/fill-frame';
import type { VaultStatus } from '../protocol/messages';
import { recipeById } from '../recipes';
import type { Recipe } from '../recipes/schema';
import { type Activation, createActivationGuard } from './activation';
import { handshake, postToParent, provedOrigin } from './fill-parent';
import { fillView } from './fill-view';
import { t } from './i18n';

/** Whether this browser reports real visibility (IntersectionObserver v2: Chromium, not Firefox). */
function tracksVisibility(): boolean {
  return (
    typeof IntersectionObserverEntry !== 'undefined' &&
    'isVisible' in IntersectionObserverEntry.prototype
  );
}

export async function runFillFrame(root: HTMLElement): Promise<void> {
  const recipe = recipeById(new URLSearchParams(location.search).get('provider') ?? '');
  if (!recipe) return;
  const app = new FillFrame(recipe, root);
  await app.start();
}

class FillFrame {
  private status: VaultStatus = { state: 'empty' };
  private note: NoteCode | undefined;
  /** The Upstack guide's step, as the content script sees the page. */
  private step: Extract<HostMessage, { type: 'step' }> | undefined;
  private apiKeysLink = '';
  /** The entry whose Fill button is shown: another one is a new button to the guard. */
  private shownEntry = '';
  private button: HTMLButtonElement | null = null;
  private buttonFocused = false;
  private readonly guard;
  private readonly visibility?: IntersectionObserver;
  private redrawTimer = 0;
  /** The page's root is filtered (a dark-mode extension), the only reason Fill would not count:
   * the panel says so and holds Fill until the content script says it is gone. */
  private filtered = false;

  constructor(
    private readonly recipe: Recipe,
    private readonly root: HTMLElement,
  ) {
    const tracks = tracksVisibility();
    this.guard = createActivationGuard(() => performance.now(), tracks);
    if (tracks)
      this.visibility = new IntersectionObserver(
        (entries) => {
          for (const entry of entries)
            if (entry.target === this.button)
              this.guard.visible(
                entry.isIntersecting && (entry as IntersectionObserverEntry & V2).isVisible,
              );
          this.draw();
        },
        { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
  }

  /** Until the parent proves itself, the frame says only why it shows nothing (seen where a
   * page framed it, or pointed the frame here: the content script's own frame is 0 px tall
   * until its first size). */
  async start() {
    render(
      <section class="panel" role="dialog" aria-label="Upstack Key Assist">
        <p class="status error" role="status">
          {t('fillFrameRepointed')}
        </p>
      </section>,
      this.root,
    );
    await handshake(this.recipe.id);
    this.listen();
    this.apiKeysLink = linkFor(
      this.recipe,
      this.recipe.links.apiKeys,
      await rememberedOrigin(this.recipe.id),
    );
    await this.refresh();
  }

  private listen() {
    // Every vault change, told by the background (which alone reads the vault).
    onVaultChanged(() => {
      this.note = undefined;
      void this.refresh();
    }, this.recipe.id);
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent || event.origin !== provedOrigin()) return;
      const message = parseHostMessage(event.data);
      if (!message || message.type === 'hello') return;
      if (message.type === 'placed') this.guard.reset();
      else if (message.type === 'step') this.step = message;
      else if (message.type === 'filter') {
        this.filtered = message.on;
        this.guard.reset();
      } else if (message.type === 'vault') void this.refresh();
      else {
        this.note = message.code;
        // The key changed or went: show what is held now, with the note.
        if (message.code === 'changed' || message.code === 'gone') void this.refresh();
      }
      this.draw();
    });
    // Resized or moved by its parent (or by the page): the button moved with it.
    window.addEventListener('resize', () => {
      this.guard.reset();
      this.draw();
    });
    // The page can focus this frame (iframe.focus(), contentWindow.focus()); keep nothing focused
    // in here while it is away, so that such a focus lands on no button.
    window.addEventListener('blur', () => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      this.guard.focused(false);
    });
    document.addEventListener('focusin', (event) => {
      if (event.target !== this.button) return;
      this.buttonFocused = true;
      this.guard.focused(true);
    });
    document.addEventListener('focusout', (event) => {
      if (event.target !== this.button) return;
      this.buttonFocused = false;
      this.guard.focused(false);
    });
    new ResizeObserver(() => this.postSize()).observe(this.root);
  }

  private height = 0;
  /** Measured after each render too: a frame its parent has not shown yet is not rendered, so
   * its ResizeObserver would not report until shown. */
  private postSize() {
    const height = this.root.getBoundingClientRect().height;
    if (height === this.height || height <= 0) return;
    this.height = height;
    postToParent({ type: 'size', height });
  }

  private async refresh() {
    this.status = await messages.status(this.recipe.id);
    this.draw();
  }

  private setButton = (el: HTMLButtonElement | null) => {
    if (el === this.button) return;
    if (this.button) this.visibility?.unobserve(this.button);
    const hadFocus = this.buttonFocused && document.hasFocus();
    this.buttonFocused = false;
    this.button = el;
    if (!el) {
      // Filled: the button is gone; keep keyboard focus in the panel (Esc still closes it).
      if (hadFocus) window.setTimeout(() => this.panel()?.focus({ preventScroll: true }), 0);
      return;
    }
    this.guard.reset();
    this.guard.focused(document.activeElement === el);
    if (this.visibility) {
      this.guard.visible(false);
      this.visibility.observe(el);
    }
    // Drawn as waiting, and drawn again once it counts (outside this render).
    window.setTimeout(() => this.draw(), 0);
  };

  /** The offer when no key is held: the provider's guide in a new tab, on a trusted click. */
  private onStart = (event: MouseEvent) => {
    if (!event.isTrusted || this.status.state === 'captured') return;
    void messages.start(this.recipe.id);
  };

  private onFill = (event: MouseEvent) => {
    if (!event.isTrusted || this.status.state !== 'captured') return;
    // A key press activates a button with a click of detail 0; a pointer's click counts it.
    const kind: Activation = event.detail === 0 ? 'keyboard' : 'pointer';
    // Held while the page is filtered: the panel already says why.
    if (this.filtered) return this.draw();
    if (!this.guard.accepts(kind)) {
      this.note = 'again';
      this.draw();
      return;
    }
    this.note = undefined;
    postToParent({ type: 'fill', entry: this.status.entry });
    this.draw();
  };

  private onClose = () => postToParent({ type: 'close' });

  private panel = () => this.root.querySelector<HTMLElement>('[role=dialog]');

  private draw() {
    const { status } = this;
    if (status.state === 'captured' && status.entry !== this.shownEntry) {
      this.shownEntry = status.entry;
      this.guard.reset();
    }
    const wait = this.guard.wait();
    clearTimeout(this.redrawTimer);
    if (wait > 0 && Number.isFinite(wait))
      this.redrawTimer = window.setTimeout(() => this.draw(), wait + 10);
    const view = fillView(
      this.recipe,
      status,
      this.note,
      {
        label: t('fillApiKey'),
        onClick: this.onFill,
        ref: this.setButton,
        waiting: wait > 0 || this.filtered,
      },
      this.apiKeysLink,
      { label: t('createWithHelp'), onClick: this.onStart },
      this.step,
      this.filtered,
    );
    render(<Panel view={view} onClose={this.onClose} embedded />, this.root);
    this.postSize();
  }
}

/** IntersectionObserver v2's field, where the browser has it. */
type V2 = { isVisible: boolean };
