// The shape of a provider recipe: plain data that the one engine runs.
// A recipe never holds code that branches on its own name; anything a provider needs that
// the engine cannot express is a new, general field here.
import { z } from 'zod/mini';
import type { MessageKey } from '../protocol/said';

/**
 * A text the merchant reads: a key of public/_locales/en/messages.json, never a sentence. The
 * type makes a literal sentence fail `tsc`; at run time a key is one word of letters, digits and
 * `_` (test/unit/locales.test.ts checks that every recipe key exists in every locale). The
 * provider's own labels (anchor names, options) are not such texts: they stay as the provider
 * writes them.
 */
const message = z.custom<MessageKey>((v) => typeof v === 'string' && /^\w+$/.test(v));

const texts = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

/**
 * How to find one element. Strategies are tried in order and each is optional:
 * role + accessible name first, visible text next, CSS last. `scope` (CSS) narrows the
 * search, e.g. to a dialog; `region` to the fields' own region, so that the navigation's
 * "Create" button is never chosen.
 */
export const Anchor = z.object({
  role: z.optional(z.string()),
  name: z.optional(texts),
  text: z.optional(texts),
  css: z.optional(z.string()),
  scope: z.optional(z.string()),
  /**
   * In the region that holds the page's fields, whatever it is built of (a form, a dialog, a
   * card, or no container at all): never in the navigation (menus, tabs, the banner), and the
   * match nearest the fields first. For a form's own submit control, whatever its `type`.
   */
  region: z.optional(z.boolean()),
});
export type Anchor = z.infer<typeof Anchor>;

/** A page condition: every part that is given must hold. */
export const Condition = z.object({
  /** Globs over `pathname + hash` (`*` matches anything), any of which may match. */
  path: z.optional(z.array(z.string())),
  /** An element whose presence signals the page (e.g. a heading on hash-routed apps). */
  present: z.optional(Anchor),
  /** The Upstack dashboard only (lib/recipes/upstack.ts): the provider's destination form is on the
   * page (`shown`), the merchant's key was filled into it and a field the merchant types
   * (recipe `upstack.typed`) is still empty (`typing`), the control the merchant must tick
   * (recipe `upstack.enable`) is still off (`enabling`), or the form is filled (`filled`); all
   * three imply `shown`. */
  form: z.optional(z.enum(['shown', 'typing', 'enabling', 'filled'])),
});
export type Condition = z.infer<typeof Condition>;

/**
 * Something to fill in for the merchant. Its strings (value and anchor names) may use
 * placeholders that the engine resolves from settings: `{keyName}`, `{contactEmail}`, each
 * of the recipe's `options` by its id (`{accessType}`), and `{password}` (generated for the
 * page). A text whose value resolves to empty is left for the merchant, and `ask` tells them what to type.
 */
export const Prefill = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    field: Anchor,
    value: z.string(),
    ask: z.optional(message),
  }),
  /**
   * Select a radio card, checkbox, switch, segment or option (`all`: every match). Where the
   * choice sits in a list that opens (a native select or a combobox whose listbox a library
   * portals to the body), `list` finds that control and `option` names the option to pick.
   */
  z.object({
    kind: z.literal('choose'),
    field: Anchor,
    all: z.optional(z.boolean()),
    list: z.optional(Anchor),
    option: z.optional(texts),
  }),
]);
export type Prefill = z.infer<typeof Prefill>;

export const Step = z.object({
  id: z.string(),
  /** The instruction, shown as the panel's heading. */
  title: message,
  /** Why, or what to look for; shown under the heading. Placeholders (`{keyName}`) are resolved
   * in the merchant's words. */
  detail: z.optional(message),
  /** When the page shows this step. A step without `when` is the fallback for the provider's other pages. */
  when: z.optional(Condition),
  /** What the highlight ring and the panel point at. */
  target: z.optional(Anchor),
  prefill: z.optional(z.array(Prefill)),
  /** Deep link for the plain instructions panel; defaults to the recipe's API keys page. */
  link: z.optional(z.url()),
});
export type Step = z.infer<typeof Step>;

/** A refusal with the message the merchant reads. */
const Refusal = z.object({ pattern: z.instanceof(RegExp), reason: message });

/** One part of the secret (Klaviyo: the key; Dotdigital: API user and password). */
export const SecretField = z.object({
  id: z.string(),
  /** How the merchant calls it, e.g. "private API key". */
  label: message,
  /** The accepted shape, anchored at both ends. */
  pattern: z.instanceof(RegExp),
  /** The accepted shape in words, for refusals. */
  hint: message,
  /** Values that look close but are something else (a public key, another service's key). */
  refuse: z.optional(z.array(Refusal)),
  /** The shape is this provider's alone (a fixed prefix or domain): on another provider's page a
   * value of this shape is refused as this provider's, even where that page's shape is looser.
   * The capture looks for a distinctive shape anywhere on the page; a loose one only inside what
   * opened or changed after the merchant's click (the dialog or panel that shows the key). */
  distinctive: z.optional(z.boolean()),
  /** Where the page shows it. */
  shown: Anchor,
  /**
   * Not a secret: an id the provider's page carries in its URL (an ad account id in the path),
   * read from the page where the merchant's click armed the capture by the pattern's first
   * group, and kept with the secret's entry. Only the recipe's first field is looked for on the
   * page; a field with `fromUrl` is never scanned, and shows in full (it is no secret).
   */
  fromUrl: z.optional(z.instanceof(RegExp)),
  /**
   * Not a secret either: an id the provider's page shows as text (a tag id next to its label),
   * read when the token is captured by this pattern's first group over the text of what `shown`
   * finds (an open dialog first, then the page), where the URL does not carry it. Kept, shown
   * and filled like a `fromUrl` id (lib/engine/read-ids.ts).
   */
  fromPage: z.optional(z.instanceof(RegExp)),
  /**
   * For a `fromUrl` / `fromPage` id that the provider's page may not show (where it shows it is
   * unverified, or it sits on another page): when it is not found, the token is kept without it
   * instead of refused as incomplete. Then no key check that names it runs, the Upstack Fill
   * leaves its field alone, and the Upstack guide points at that field for the merchant to type,
   * saying `where` to find it (a message key) with `link` to that page (lib/recipes/typed.ts).
   */
  missing: z.optional(z.object({ where: message, link: z.url() })),
  /** Labels of the Upstack destination form field that takes it. */
  upstackLabels: texts,
  /**
   * How the panel and popup show it (lib/key/shape.ts `mask`). `password`: nothing of it at all.
   * Otherwise `prefix` and `suffix`, fixed parts that the pattern requires of every value, show
   * as they are, and of the rest at most its last 4 characters. Without them: `…` and the last 4.
   */
  display: z.optional(
    z.object({
      password: z.optional(z.boolean()),
      prefix: z.optional(z.string()),
      suffix: z.optional(z.string()),
    }),
  ),
});
export type SecretField = z.infer<typeof SecretField>;

/**
 * A setting of the provider's own, shown on the options page under the provider's name. In the
 * recipe's texts `{id}` stands for the chosen value (a label the page shows); the first choice
 * is the default.
 */
export const RecipeOption = z.object({
  id: z.string().check(z.regex(/^[a-z][A-Za-z]*$/)),
  label: message,
  choices: z.array(z.object({ value: z.string(), label: message })).check(z.minLength(2)),
});
export type RecipeOption = z.infer<typeof RecipeOption>;

export const Recipe = z.object({
  id: z.string().check(z.regex(/^[a-z]+$/)),
  name: z.string(),
  /** Match patterns of the provider's dashboard: they become the content script's `matches`. */
  matches: texts,
  /**
   * A provider added after the first release: its dashboard and check hosts are optional host
   * permissions, asked for when the merchant starts its guide, and its content script is
   * registered at run time once they are granted (entrypoints/background.ts). Adding required
   * hosts in an update would disable the extension until the merchant approves them.
   */
  optional: z.optional(z.boolean()),
  /** Globs of hosts inside `matches` that are not the dashboard (API, CDN). */
  excludeGlobs: z.optional(z.array(z.string())),
  /** The provider's own settings (lib/recipes/options.ts reads the merchant's choices). */
  options: z.optional(z.array(RecipeOption)),
  links: z.object({
    /** The API keys page. `{origin}` stands for the merchant's own host (remembered, never a secret). */
    apiKeys: z.string().check(z.regex(/^(https:\/\/[a-z0-9.-]+|\{origin\})\//)),
    /** Where to start when the merchant's host is not known yet. */
    signIn: z.url(),
    /** A help article about this key (Upstack's own where it has one, else the provider's):
     * offered with the plain instructions when the page's anchors cannot be found. */
    help: z.url(),
  }),
  /**
   * The provider's API-keys pages, recognised without the engine (no DOM walk, no observer): by
   * `path` globs over `pathname + hash`, or, where the URL is not known, by the text of a page
   * heading (h1 to h3, role=heading) read a few times after each route change. There the guide
   * is offered, and the merchant's own click on `capture.arm` arms the capture, offer or not.
   */
  keyPages: z.object({ path: z.optional(z.array(z.string())), heading: z.optional(texts) }),
  steps: z.array(Step).check(z.minLength(2)),
  /**
   * The dashboard's own words in its other languages: for an English name, text or option of
   * the recipe's anchors (or a key page's heading), what the dashboard shows in German, French
   * or Spanish. The engine prefers the page's language and keeps the English (lib/engine/labels.ts).
   */
  labels: z.optional(z.partialRecord(z.enum(['de', 'fr', 'es']), z.record(z.string(), texts))),
  /**
   * Where a list of keys shows one already named as the merchant's key (`{keyName}` in its
   * anchors): its secret cannot be shown again, so the panel says to create a new one and
   * revoke the old one once the new one is in Upstack. It is looked for at every look at such a
   * page: best a role and name (a cell), not visible text (a walk of the page's text).
   */
  existing: z.optional(Condition),
  capture: z.object({
    /** Where to watch for the secret: the smallest region that holds it. */
    when: Condition,
    fields: z.array(SecretField).check(z.minLength(1)),
    /**
     * The provider's create / activate / generate control. The merchant's own click on it, on a
     * page where `when` holds, arms the capture for a bounded time: only values that appear
     * after it count, wherever the page shows them. `shown` anchors are hints read first.
     */
    arm: Anchor,
    /** The page's copy button: pressing it while armed reads what it copies. */
    copy: z.optional(Anchor),
    /**
     * For a credential the page never shows again (an API user and the password we generated):
     * read the fields when `button` is pressed and keep them only once `accepted` holds; drop
     * them when `refused` shows or nothing is accepted in time. Placeholders in `accepted`
     * take the captured fields' values, e.g. `{apiUser}`.
     */
    submit: z.optional(
      z.object({ button: Anchor, accepted: Condition, refused: z.optional(Anchor) }),
    ),
  }),
  /**
   * An optional check of the captured secret against the provider's own API. `url` may use
   * `{apiOrigin}`: the dashboard origin the secret came from, rewritten by `apiOriginFrom`
   * (e.g. r2-app → r2-api), and the values of the secret's `fromUrl` fields (ids, never a
   * secret). Header values, `body` and `basic` use the secret's fields as placeholders.
   * The request is sent only when its host is one of `hosts` (the declared host permissions).
   */
  check: z.optional(
    z.object({
      url: z.string(),
      hosts: texts,
      /** The API version the request names (a dated revision, or a name like `v2`), and the date
       * the request was last checked against the provider's docs: shown in the README and the
       * bench, which flags a dated version older than 20 months (providers retire them). */
      version: z.object({ name: z.string(), verified: z.iso.date() }),
      /** The provider's rate limit for this endpoint: a check over it is not sent. */
      limit: z.optional(
        z.object({ perSecond: z.optional(z.int()), perMinute: z.optional(z.int()) }),
      ),
      /** What a refusal means for this provider, added to the generic words: which permission a
       * 403 lacks, what else a 401 can mean. */
      invalid: z.optional(message),
      forbidden: z.optional(message),
      headers: z.optional(z.record(z.string(), z.string())),
      /** POST, with this body (JSON text), for an endpoint that validates without recording
       * (Pinterest's `test=true`). GET without a body otherwise. */
      method: z.optional(z.enum(['GET', 'POST'])),
      body: z.optional(z.string()),
      basic: z.optional(z.tuple([z.string(), z.string()])),
      apiOriginFrom: z.optional(z.tuple([z.string(), z.string()])),
    }),
  ),
  upstack: z.object({
    /** Words that name this provider's platform on the Upstack dashboard: in the title of the
     * region (form, dialog, card, section) around its key field (lib/dom/destination.ts). */
    heading: texts,
    /** Where a new destination starts, as Upstack's guides document it (Events Destination,
     * then "+ New Destination", the platform, Next): opened from the panel after capture. */
    entryUrl: z.url(),
    /**
     * Fields of the Upstack form the merchant types, because the extension does not capture them
     * (Pinterest's Tag ID, on another page of the provider): once the key is filled, the guide
     * points at each one left empty, named by `label`, with `where` to find it.
     */
    typed: z.optional(z.array(z.object({ label: message, where: message, upstackLabels: texts }))),
    /**
     * A checkbox or switch of the Upstack form that must be on for the key to be used (Snapchat's
     * "Check to enable sending events via Snapchat Conversions API"). The extension does not
     * tick it: once the key is in (and the typed fields), the guide points at it while its own
     * state (`checked`, `aria-checked`) says it is off, named by `label`; `field` finds it inside
     * the destination's form.
     */
    enable: z.optional(z.object({ field: Anchor, label: message })),
  }),
});
export type Recipe = z.infer<typeof Recipe>;

/**
 * The guide on the Upstack dashboard, shared by every provider: from Upstack's documented entry
 * page to the destination form's key field, then to the form's own save button. In its strings
 * `{platform}` stands for the first word of the provider's `upstack.heading`; in a title,
 * `{target}` for the name the found target bears, among its anchor's `name`s (the page's own
 * words never reach the panel). A step whose condition has `form` finds its target inside that
 * form; such a step without a target points at the form's key field.
 */
export const UpstackGuide = z.object({
  steps: z.array(Step).check(z.minLength(2)),
});
export type UpstackGuide = z.infer<typeof UpstackGuide>;
export type Secret = Record<string, string>;
