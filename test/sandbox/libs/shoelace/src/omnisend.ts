// Omnisend's API keys page in Shoelace, mirroring ../../sites/omnisend.tsx for the API keys page
// only: "Create API key" opens an <sl-dialog> (a web component: its role=dialog panel is in its
// shadow root, the content is slotted) holding the page's own <om-key-form>, whose shadow root
// holds a <form> with an <sl-input> Name and one <sl-checkbox> per permission (none checked).
// At Create the app reads the components' own state: the sl-input's `value` and each
// sl-checkbox's `checked` property (not events, not the DOM). The key then shows in a readonly
// sl-input of the dialog, with a "Copy API key" button.
import { css, html, LitElement, nothing } from 'lit';
import { exposeState, markShown, options, randomString } from './kit';
import { shell } from './layout';

interface Created {
  name: string;
  permissions: string[];
  key: string;
}
const created: Created[] = [];
let copied = 0;

const PERMISSIONS = ['Campaigns', 'Contacts', 'Orders', 'Products', 'Carts', 'Events'];

type Control = HTMLElement & { value?: string; checked?: boolean };

/** The dialog's form: every control in this component's own shadow root. */
class OmKeyForm extends LitElement {
  static override styles = css`
    form {
      display: grid;
      gap: var(--sl-spacing-medium);
    }
    fieldset {
      display: grid;
      gap: var(--sl-spacing-x-small);
      border: none;
      padding: 0;
      margin: 0;
    }
  `;
  private error = '';

  private submit(event: SubmitEvent) {
    event.preventDefault();
    const root = this.renderRoot;
    const name = String((root.querySelector('sl-input') as Control | null)?.value ?? '').trim();
    const permissions = Array.from(root.querySelectorAll<Control>('sl-checkbox'))
      .filter((box) => box.checked === true)
      .map((box) => box.getAttribute('value') ?? '');
    if (!name || permissions.length === 0) {
      this.error = 'Enter a name and choose at least one permission.';
      this.requestUpdate();
      return;
    }
    const entry = { name, permissions, key: `${randomString(64)}-${randomString(10)}` };
    created.push(entry);
    this.dispatchEvent(
      new CustomEvent('created', { detail: entry, bubbles: true, composed: true }),
    );
  }

  override render() {
    return html`
      <form novalidate @submit=${this.submit}>
        <sl-input label="Name" name="name" autocomplete="off"></sl-input>
        <fieldset>
          <legend>Permissions</legend>
          ${PERMISSIONS.map(
            (p) =>
              html`<sl-checkbox name="permissions" value=${p.toLowerCase()}>${p}</sl-checkbox>`,
          )}
        </fieldset>
        ${this.error ? html`<sl-alert variant="danger" open>${this.error}</sl-alert>` : nothing}
        <sl-button type="submit" variant="primary">Create API key</sl-button>
      </form>
    `;
  }
}

class OmApp extends LitElement {
  static override styles = [
    shell,
    css`
      sl-dialog::part(panel) {
        width: 32rem;
      }
      .key {
        display: grid;
        gap: var(--sl-spacing-small);
      }
    `,
  ];
  private open = false;
  private entry: Created | undefined;
  private copiedHere = false;

  constructor() {
    super();
    exposeState(() => ({ route: location.pathname, created, copied }));
  }

  private created(event: CustomEvent<Created>) {
    this.entry = event.detail;
    this.requestUpdate();
    void this.updateComplete.then(markShown);
  }

  private async copy() {
    await navigator.clipboard.writeText(options.shownKey ?? this.entry?.key ?? '');
    copied++;
    this.copiedHere = true;
    this.requestUpdate();
  }

  private close(event: Event) {
    if (event.target !== event.currentTarget) return;
    this.open = false;
    this.entry = undefined;
    this.copiedHere = false;
    this.requestUpdate();
  }

  private dialog() {
    if (!this.open) return nothing;
    const entry = this.entry;
    return html`
      <sl-dialog open label=${entry ? 'Your API key' : 'Create API key'} @sl-request-close=${this.close}>
        ${
          entry
            ? html`<div class="key">
                <p>Copy it now: you will not see it again.</p>
                <sl-input readonly label="API key" value=${options.shownKey ?? entry.key}></sl-input>
                <sl-button @click=${this.copy}>${this.copiedHere ? 'Copied' : 'Copy API key'}</sl-button>
              </div>`
            : html`<om-key-form @created=${this.created}></om-key-form>`
        }
      </sl-dialog>
    `;
  }

  override render() {
    return html`
      <div class="layout">
        <nav aria-label="Main">
          <span class="brand">omnisend</span>
          <a href="/campaigns">Campaigns</a>
          <a href="/integrations/api-keys">Store settings</a>
        </nav>
        <main>
          <h1>API keys</h1>
          <sl-button
            variant="primary"
            @click=${() => {
              this.open = true;
              this.requestUpdate();
            }}
            >Create API key</sl-button
          >
          <table>
            <thead><tr><th>Name</th><th>Permissions</th></tr></thead>
            <tbody>
              ${created.map((c) => html`<tr><td>${c.name}</td><td>${c.permissions.join(', ')}</td></tr>`)}
            </tbody>
          </table>
          ${this.dialog()}
        </main>
      </div>
    `;
  }
}

customElements.define('om-key-form', OmKeyForm);
customElements.define('om-app', OmApp);
