// Reddit Ads' Events Manager in Shoelace, at https://ads.reddit.com, as Reddit's help and
// Upstack's guide describe it: the home opens the ad account (/account/<id>/…); Events Manager
// is an <sl-tab-group> whose "Conversions API" tab holds "+ Generate Access Token". That opens
// an <sl-dialog> "Generate Access Token" (modal, Shoelace's focus trap) asking the token's name
// in an <sl-input> (its native input in the sl-input's shadow root); "Generate" turns the same
// dialog into "Access Token Generated", the token in a <code> with a Copy <sl-button>. The
// token cannot be shown again once the dialog is closed; up to 5 tokens per business. The pixel's
// id shows under Events Manager's heading, on every tab (integrators say the pixel id is found in
// Events Manager; where on it is unverified).
import { css, html, LitElement, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
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
import { REDDIT_ACCOUNT, REDDIT_PIXEL } from './reddit-account';

const HOME = `/account/${REDDIT_ACCOUNT}/`;
const EVENTS = `${HOME}events-manager`;
const MAX_TOKENS = 5;

/** What tests read back: each token's name and last 4 characters, and the Copy presses. */
const tokens: { name: string; end: string }[] = [];
let copied = 0;

/** A token of no published shape: three dot-separated parts, as a signed token would be. */
const newToken = () => `${randomString(36)}.${randomString(120)}.${randomString(43)}`;

class RdEvents extends LitElement {
  static override styles = [
    shell,
    css`
      sl-tab-panel p {
        margin: 0 0 var(--sl-spacing-medium);
      }
      .reveal {
        display: grid;
        gap: var(--sl-spacing-small);
      }
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
    `,
  ];
  private readonly late = new LateData(this);
  /** closed, asking the name, or showing the token. */
  private phase: 'closed' | 'name' | 'token' = 'closed';
  private name = '';
  private error = '';
  private token = '';
  private copiedHere = false;

  private open() {
    this.phase = 'name';
    this.name = '';
    this.error = '';
    this.requestUpdate();
  }

  private generate() {
    // The component's state, not the DOM, is what a real app sends to its API.
    if (!this.name.trim()) {
      this.error = 'Enter a name for the token.';
    } else if (tokens.length >= MAX_TOKENS) {
      this.error = 'You can have up to 5 access tokens. Revoke one to generate another.';
    } else {
      this.token = options.shownKey ?? newToken();
      tokens.push({ name: this.name, end: this.token.slice(-4) });
      this.phase = 'token';
      this.copiedHere = false;
    }
    this.requestUpdate();
  }

  private async copy() {
    await navigator.clipboard.writeText(this.token);
    copied++;
    this.copiedHere = true;
    this.requestUpdate();
  }

  private close(event: Event) {
    if (event.target !== event.currentTarget) return;
    // Once closed, the token cannot be retrieved: the page keeps its name only.
    this.phase = 'closed';
    this.token = '';
    this.requestUpdate();
  }

  private dialog() {
    if (this.phase === 'closed') return nothing;
    if (this.phase === 'name')
      return html`
        <sl-dialog open label="Generate Access Token" @sl-request-close=${this.close}>
          <form
            novalidate
            @submit=${(e: Event) => {
              e.preventDefault();
              this.generate();
            }}
          >
            <sl-input
              label="Token name"
              name="token-name"
              autocomplete="off"
              .value=${this.name}
              @sl-input=${(e: Event) => {
                this.name = controlValue(e);
                this.requestUpdate();
              }}
            ></sl-input>
            ${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : nothing}
          </form>
          <sl-button slot="footer" @click=${this.close}>Cancel</sl-button>
          <sl-button slot="footer" variant="primary" @click=${() => this.generate()}
            >Generate</sl-button
          >
        </sl-dialog>
      `;
    return html`
      <sl-dialog open label="Access Token Generated" @sl-request-close=${this.close}>
        <div class="reveal">
          <p>Copy this token now. You won't be able to retrieve it after you close this window.</p>
          <code class="secret" ${ref((el) => el && markShown())}>${this.token}</code>
          <div>
            <sl-button size="small" @click=${this.copy}
              >${this.copiedHere ? 'Copied' : 'Copy'}</sl-button
            >
          </div>
        </div>
        <sl-button slot="footer" variant="primary" @click=${this.close}>Done</sl-button>
      </sl-dialog>
    `;
  }

  override render() {
    if (!this.late.ready)
      return html`<div class="loading"><sl-spinner></sl-spinner> Loading…</div>`;
    return html`
      <h1>Events Manager</h1>
      <p class="pixel">Pixel ID: <span class="pixel-id">${REDDIT_PIXEL}</span></p>
      <sl-tab-group>
        <sl-tab slot="nav" panel="pixel">Reddit Pixel</sl-tab>
        <sl-tab slot="nav" panel="capi">Conversions API</sl-tab>
        <sl-tab-panel name="pixel">
          <h2>Reddit Pixel</h2>
          <p>Pixel ID: <span class="pixel-id">${REDDIT_PIXEL}</span></p>
        </sl-tab-panel>
        <sl-tab-panel name="capi">
          <h2>Conversions API</h2>
          <p>
            Send conversion events from your server. Access tokens do not expire; you can have up
            to 5.
          </p>
          <sl-button variant="primary" @click=${this.open}>+ Generate Access Token</sl-button>
          ${
            tokens.length
              ? html`<table>
                <thead><tr><th>Name</th><th>Token</th></tr></thead>
                <tbody>
                  ${tokens.map((t) => html`<tr><td>${t.name}</td><td>••••••••</td></tr>`)}
                </tbody>
              </table>`
              : nothing
          }
        </sl-tab-panel>
      </sl-tab-group>
      ${this.dialog()}
    `;
  }
}

class RdApp extends LitElement {
  static override styles = [
    shell,
    css`
      nav {
        background: #1a1a1b;
      }
      nav .brand {
        color: #ff4500;
      }
    `,
  ];
  constructor() {
    super();
    new RouteController(this);
    exposeState(() => ({ route: location.pathname, tokens, copied }));
  }

  private page(where: string) {
    if (where === '/') {
      // Reddit Ads' home opens the merchant's ad account.
      queueMicrotask(() => navigate(`${HOME}dashboard`, true));
      return nothing;
    }
    if (/\/events-manager/.test(where)) return html`<rd-events></rd-events>`;
    const title = /\/campaigns/.test(where)
      ? 'Campaigns'
      : /\/reporting/.test(where)
        ? 'Reporting'
        : 'Dashboard';
    return html`<h1>${title}</h1>`;
  }

  override render() {
    const where = path();
    const links = [
      [`${HOME}dashboard`, 'Dashboard'],
      [`${HOME}campaigns`, 'Campaigns'],
      [`${HOME}reporting`, 'Reporting'],
      [EVENTS, 'Events Manager'],
    ];
    return html`
      <div class="layout">
        <nav aria-label="Ads">
          <span class="brand">reddit ads</span>
          ${links.map(
            ([to, label]) =>
              html`<a href=${to as string} @click=${follow}
                aria-current=${where === to ? 'page' : nothing}>${label}</a>`,
          )}
        </nav>
        <main>${keyed(where, this.page(where))}</main>
      </div>
    `;
  }
}

customElements.define('rd-events', RdEvents);
customElements.define('rd-app', RdApp);
