// The background's answer to each message: parse it, let in only the senders that
// lib/protocol/policy.ts names for its type, and hand it to its handler (handlers.ts).
// Browser objects are passed in, so this is unit-tested without a browser.
import type { CheckRequest } from '../key/check';
import type { GuideEnded, GuideState, Progress } from '../protocol/messages';
import { Request } from '../protocol/messages';
import { allowedAs, POLICY, type Role } from '../protocol/policy';
import { type Said, said } from '../protocol/said';
import { rolesOf, type Sender } from '../protocol/sender';
import { recipeById } from '../recipes';
import { createGuides } from './guides';
import { type Asked, createHandlers } from './handlers';
import type { Settings } from './settings';
import type { Vault } from './vault';

export interface RouterDeps {
  vault: Vault;
  extensionId: string;
  extensionOrigin: string;
  /** The merchant's settings, parsed (defaults for anything missing or damaged). */
  settings: () => Promise<Settings>;
  /** Arranges for the vault to be swept when an entry's time is up. */
  scheduleExpiry: (provider: string, at: number) => void;
  /** Guide progress per provider (session memory; never a secret). */
  progress: {
    get(provider: string): Promise<Progress | undefined>;
    set(provider: string, p: Progress): Promise<void>;
    clear(provider: string): Promise<void>;
  };
  /** The tabs where a provider's guide runs, and its origin (session memory; never a secret). */
  guides: {
    get(provider: string): Promise<GuideState>;
    set(provider: string, state: GuideState): Promise<void>;
  };
  /** Each provider's own dashboard host (Optimove tenant, Dotdigital region): never a secret. */
  origins: {
    get(provider: string): Promise<string | undefined>;
    set(provider: string, origin: string): Promise<void>;
  };
  /** Guides the merchant closed on the page: no offer on the API-keys pages until started again. */
  closedGuides: {
    get(provider: string): Promise<boolean>;
    set(provider: string, closed: boolean): Promise<void>;
  };
  /** Opens a tab; resolves with its id. */
  openTab: (url: string) => Promise<number | undefined>;
  focusTab: (tabId: number) => Promise<void>;
  /** Sends the check request; resolves with the HTTP status, rejects on a network failure. */
  fetchStatus: (request: CheckRequest) => Promise<number>;
  /** Tells a tab that its provider's vault state changed. */
  notifyTab: (tabId: number, provider: string) => void;
  /** Tells every tab (each provider page's script picks its own provider's notices). */
  broadcast: (notice: GuideEnded) => void;
  /** Puts a message in the merchant's words (browser.i18n): refusals travel as text. */
  say: (message: Said) => string;
}

export function createRouter(deps: RouterDeps) {
  const { vault } = deps;
  const guides = createGuides(deps);
  const { site, byProvider, refused, spend } = createHandlers(deps, guides);

  const route = async (
    raw: unknown,
    sender: Sender & { tab?: { id?: number } },
  ): Promise<unknown> => {
    const parsed = Request.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    const recipe = 'provider' in message ? recipeById(message.provider) : undefined;
    if ('provider' in message && !recipe) return refused(said('errUnknownProvider'));
    const { from, denied } = POLICY[message.type];
    // The merchant's own dashboard origin is read only for a message the dashboard may send.
    const dashboards = (from as readonly Role[]).includes('upstack')
      ? [(await deps.settings()).upstackOrigin].filter(Boolean)
      : [];
    const as = allowedAs(message.type, rolesOf(sender, recipe?.id, { ...deps, dashboards }));
    if (!as) {
      if ('spend' in denied) return 'token' in message ? spend(message.token) : undefined;
      if ('say' in denied) return refused(denied.say(recipe?.name ?? ''));
      return denied.value === 'status' && recipe ? vault.status(recipe.id) : denied.value;
    }
    if (message.type === 'overview' || message.type === 'held') return site[message.type]();
    if (!recipe) return undefined;
    const handle = byProvider[message.type] as (
      asked: Asked<typeof message.type>,
    ) => Promise<unknown>;
    return handle({ message, recipe, sender, as });
  };

  /** The expiry alarm went off: a key that expired unfilled ends its guide. */
  async function expired(provider: string) {
    if (!recipeById(provider)) return;
    await vault.expire([provider]);
    if ((await vault.status(provider)).state === 'expired') await guides.end(provider, 'expired');
  }

  return Object.assign(route, { expired });
}
