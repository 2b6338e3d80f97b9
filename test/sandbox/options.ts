/** How a test bends the sandbox. Every option is off by default: the pages then behave as the real ones. */
export interface SandboxOptions {
  /** `no-anchors`: a redesign where no expected label exists; `late-form`: the create form renders
   * 2 s late; `renamed-access` (MUI Klaviyo): the access options have other names; `formless`
   * (MUI Klaviyo): the create form has no form element, its Create is a plain type=button;
   * `virtual-select` (Element Plus Klaviyo): the access level is a virtualised el-select-v2. */
  variant?:
    | 'default'
    | 'no-anchors'
    | 'late-form'
    | 'renamed-access'
    | 'formless'
    | 'virtual-select';
  /** Show this instead of the generated key after Create (bad-input cases). Dotdigital judges
   * this password on Save instead of the typed one, to have Save refused. */
  shownKey?: string;
  /** Show the key masked; only the Copy button carries the full key. */
  keyOnlyInCopy?: boolean;
  /** Klaviyo: a key-shaped value shown on the create page before Create (an example, or a key
   * planted by someone else): it must never be taken as the new key. */
  exampleKey?: string;
  /** Klaviyo: the create page shows a key at once, with no click from the merchant (planted, or
   * a key created before the extension looked). */
  keyOnLoad?: boolean;
  /** Klaviyo: the key page also shows another value of a private key's shape (a second key). */
  secondKey?: string;
  /** Klaviyo: this many key-shaped strings on the create page and the key page, one of them
   * changing every 4 ms (the bench's hostile page for the capture's cost). */
  keyNoise?: number;
  /** Data arrives at once instead of 300-800 ms late (the bench repeats a flow many times). */
  instant?: boolean;
  /** Serve pages with a strict Content-Security-Policy: no inline script or style, same origin only. */
  csp?: boolean;
  /** Page CSS that tries to hide or cover everything: `all: unset`, top z-indexes, `display: none`
   * on unknown elements, and a fixed full-screen layer over the page. */
  hostileCss?: boolean;
  /** Serve the pages from the app built with this UI library (test/sandbox/libs/), where it
   * holds the page's host; other hosts keep the default React apps. `antd` (Optimove) and
   * `radix` (Klaviyo) are pages of the MUI app's bundle (one React build), `vuetify` (Optimove)
   * of the Element Plus app's (one Vue build), `primeng` (Klaviyo) of the Angular app's. */
  library?: 'mui' | 'element' | 'angular' | 'shoelace' | 'antd' | 'radix' | 'vuetify' | 'primeng';
  /** The dashboard renders its settings in a same-origin iframe, itself in a same-origin iframe
   * (the app in the inner one, the top URL unchanged), beside a frame of another origin
   * (https://example.com) that keeps showing new values of a Klaviyo and an Omnisend key's shape. */
  frames?: boolean;
  /** Upstack: Klaviyo and Omnisend connect through Upstack Flows, as Upstack's guides say:
   * picking one in the destination picker and pressing Next opens the Flows settings page,
   * where its form is a settings card, instead of the form in the picker's dialog. */
  upstackFlows?: boolean;
  /** Upstack: a redesign the guide's anchors do not know ("+ New Destination" is "Add a
   * destination"). */
  upstackRedesign?: boolean;
  /** Upstack: a saved destination's card says "Checking…", then "Unhealthy" (a bad token, the
   * enable box left off) instead of "Healthy". */
  upstackUnhealthy?: boolean;
  /** Klaviyo, Dotdigital: the dashboard's own labels in German, as for an account set to German
   * (and the page's `lang` is `de`). URLs, field names and the kinds of elements stay as they
   * are; no English label the recipe names is shown. */
  labels?: 'de';
  /** The page's `lang` when it is not the labels' language (a dashboard that says `en` whatever
   * it shows). */
  pageLang?: string;
  /** Snapchat: the page where the token is made does not show the pixel id (the token is kept
   * without it; the merchant types it in Upstack's form). */
  idHidden?: boolean;
  /** The list of keys already shows one of this name (created earlier: its secret is never shown
   * again), as the API-keys list, the API users list or API Key Management shows key names. */
  existingKey?: string;
}
