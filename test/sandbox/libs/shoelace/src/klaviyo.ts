// Klaviyo's create page in Shoelace, mirroring ../../sites/klaviyo.tsx for
// /create-private-api-key only: an sl-input name, the access level as an sl-radio-group of
// sl-radio-buttons (no default), a submit sl-button "Create" (the navigation has its own
// "Create" sl-dropdown button: not that one). After Create an sl-dialog "Your new private API
// key" shows the key inside <key-reveal>'s open shadow root, with Copy and Download.
import { css, html, LitElement, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  controlValue,
  exposeState,
  follow,
  LateData,
  markShown,
  navigate,
  options,
  path,
  RouteController,
  randomString,
} from './kit';
import { shell } from './layout';

interface Created {
  name: string;
  access: string;
  key: string;
}
const created: Created[] = [];
let copied = 0;

const redesign = options.variant === 'no-anchors';
const CREATE = '/create-private-api-key';
const API_KEYS = '/settings/account/api-keys';

const ACCESS = [
  { value: 'custom', title: 'Custom Key', text: 'Choose scopes one by one.' },
  { value: 'read-only', title: 'Read-Only Key', text: 'Read access to everything.' },
  { value: 'full', title: 'Full Access Key', text: 'Read and write access to everything.' },
];

/** The page's own web component that shows the secret: the key sits in its open shadow root. */
class KeyReveal extends LitElement {
  static override properties = { key: {}, masked: { type: Boolean } };
  declare key: string;
  declare masked: boolean;
  static override styles = css`
    code {
      display: block;
      padding: var(--sl-spacing-small) var(--sl-spacing-medium);
      background: var(--sl-color-neutral-100);
      border: 1px dashed var(--sl-color-neutral-400);
      border-radius: var(--sl-border-radius-medium);
      font-family: var(--sl-font-mono);
      font-size: var(--sl-font-size-small);
      word-break: break-all;
    }
  `;
  constructor() {
    super();
    this.key = '';
    this.masked = false;
  }
  protected override firstUpdated() {
    markShown();
  }
  override render() {
    return html`<code part="key">${this.masked ? `pk_****${this.key.slice(-4)}` : this.key}</code>`;
  }
}

class KlCreateKey extends LitElement {
  static override styles = [
    shell,
    css`
      sl-card {
        width: 100%;
        max-width: 40rem;
      }
      sl-radio-group::part(button-group) {
        width: 100%;
      }
      .actions {
        display: flex;
        gap: var(--sl-spacing-medium);
        align-items: center;
        justify-content: flex-end;
      }
      .reveal {
        display: grid;
        gap: var(--sl-spacing-small);
      }
      .buttons {
        display: flex;
        gap: var(--sl-spacing-x-small);
      }
    `,
  ];
  private readonly late = new LateData(this, options.variant === 'late-form' ? 2000 : undefined);
  private name = '';
  private access = '';
  private error = '';
  private entry: Created | undefined;
  private copiedHere = false;

  private submit(event: SubmitEvent) {
    event.preventDefault();
    // The component's state, not the DOM, is what a real app sends to its API.
    if (!this.name.trim() || !this.access) {
      this.error = 'Enter a name and choose an access level.';
      this.requestUpdate();
      return;
    }
    this.entry = { name: this.name, access: this.access, key: `pk_${randomString(34)}` };
    created.push(this.entry);
    this.requestUpdate();
  }

  private async copy() {
    const shown = options.shownKey ?? this.entry?.key ?? '';
    await navigator.clipboard.writeText(shown);
    copied++;
    this.copiedHere = true;
    this.requestUpdate();
  }

  private done(event: Event) {
    if (event.target !== event.currentTarget) return;
    navigate(API_KEYS);
  }

  private dialog(entry: Created) {
    const shown = options.shownKey ?? entry.key;
    return html`
      <sl-dialog open label="Your new private API key" @sl-request-close=${this.done}>
        <div class="reveal">
          <p>Copy this key now. You won't be able to see it again.</p>
          <key-reveal .key=${shown} .masked=${Boolean(options.keyOnlyInCopy)}></key-reveal>
          <div class="buttons">
            <sl-button
              size="small"
              data-clipboard-text=${options.keyOnlyInCopy ? shown : nothing}
              @click=${this.copy}
              >${this.copiedHere ? 'Copied' : 'Copy'}</sl-button
            >
            <sl-button size="small">Download</sl-button>
          </div>
        </div>
        <sl-button slot="footer" variant="primary" href=${API_KEYS} @click=${follow}
          >Back to API keys</sl-button
        >
      </sl-dialog>
    `;
  }

  private form() {
    if (redesign) {
      return html`
        <h1>Keys</h1>
        <form novalidate @submit=${this.submit}>
          <sl-input .value=${this.name} @sl-input=${(e: Event) => this.setName(e)}></sl-input>
          ${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : nothing}
          <sl-button type="submit">Continue</sl-button>
        </form>
      `;
    }
    const chosen = ACCESS.find((a) => a.value === this.access);
    return html`
      <sl-card>
        <form novalidate @submit=${this.submit}>
          <h1>New private API key</h1>
          <sl-input
            label="Private API Key Name"
            name="Private API Key Name"
            placeholder="Name your key"
            autocomplete="off"
            .value=${this.name}
            @sl-input=${(e: Event) => this.setName(e)}
          ></sl-input>
          <sl-radio-group
            label="Access level"
            name="access-level"
            .value=${this.access}
            help-text=${chosen?.text ?? 'Choose what this key may do.'}
            @sl-change=${(e: Event) => {
              this.access = controlValue(e);
              this.requestUpdate();
            }}
          >
            ${ACCESS.map(
              (a) => html`<sl-radio-button value=${a.value}>${a.title}</sl-radio-button>`,
            )}
          </sl-radio-group>
          ${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : nothing}
          <div class="actions">
            <sl-button variant="text" href=${API_KEYS} @click=${follow}>Cancel</sl-button>
            <sl-button type="submit" variant="primary">Create</sl-button>
          </div>
        </form>
      </sl-card>
    `;
  }

  private setName(event: Event) {
    this.name = controlValue(event);
    this.requestUpdate();
  }

  override render() {
    if (!this.late.ready)
      return html`<div class="loading"><sl-spinner></sl-spinner> Loading…</div>`;
    return html`${this.form()}${this.entry ? this.dialog(this.entry) : nothing}`;
  }
}

class KlApp extends LitElement {
  static override styles = [
    shell,
    css`
      nav sl-dropdown {
        align-self: flex-start;
      }
      nav sl-button::part(base) {
        color: #fff;
      }
    `,
  ];
  constructor() {
    super();
    new RouteController(this);
    exposeState(() => ({ route: location.pathname, created, copied }));
  }

  private page(where: string) {
    if (where.startsWith(CREATE)) return html`<kl-create-key></kl-create-key>`;
    // Only the create page is in this app; the React sandbox holds the rest of Klaviyo.
    return html`<h1>Klaviyo</h1>
      <p>This page is not part of the Shoelace sandbox.</p>
      <sl-button href=${CREATE} @click=${follow}>Create Private API Key</sl-button>`;
  }

  override render() {
    const where = path();
    return html`
      <div class="layout">
        <nav aria-label="Main">
          <span class="brand">klaviyo</span>
          <a href="/dashboard" @click=${follow}>Home</a>
          <a href="/campaigns" @click=${follow}>Campaigns</a>
          <a href="/flows" @click=${follow}>Flows</a>
          <sl-dropdown>
            <sl-button slot="trigger" variant="text" caret>Create</sl-button>
            <sl-menu>
              <sl-menu-item>Campaign</sl-menu-item>
              <sl-menu-item>Flow</sl-menu-item>
            </sl-menu>
          </sl-dropdown>
          <a href="/settings" @click=${follow}>Settings</a>
          <a class="bottom" href="/settings/account" @click=${follow}>Acme Store</a>
        </nav>
        <main>${keyed(where, this.page(where))}</main>
      </div>
    `;
  }
}

customElements.define('key-reveal', KeyReveal);
customElements.define('kl-create-key', KlCreateKey);
customElements.define('kl-app', KlApp);
