// The background's answer to each message: parse, check the sender, act on the vault.
// Browser objects are passed in, so this is unit-tested without a browser.

import { linkFor } from '../engine/plan';
import type { Check, CheckRequest } from '../key/check';
import { checkRequest, verdict, waitForLimit } from '../key/check';
import { generatePassword } from '../key/password';
import { checkSecret } from '../key/schema';
import type {
  EndReason,
  GuideEnded,
  GuideStart,
  GuideState,
  HeldElsewhere,
  Overview,
  Progress,
  VaultStatus,
  WakeAnswer,
} from '../protocol/messages';
import { Request } from '../protocol/messages';
import { type Said, said } from '../protocol/said';
import { isExtensionPage, mayCapture, mayReveal, type Sender } from '../protocol/sender';
import { recipeById, recipes } from '../recipes';
import type { Recipe } from '../recipes/schema';
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
  const { vault, extensionId, extensionOrigin } = deps;
  const refused = (reason: Said) => ({ ok: false as const, reason: deps.say(reason) });
  const fromExtensionPage = (sender: Sender) =>
    isExtensionPage(sender, extensionId, extensionOrigin);

  /** When each provider's checks were sent (this worker's life): its rate limit is kept. */
  const checksSent = new Map<string, number[]>();

  async function runCheck(recipe: Recipe): Promise<Check | undefined> {
    const held = await vault.held(recipe.id);
    const request = held && checkRequest(recipe, held.secret, held.origin);
    if (!held || !request) return undefined;
    const now = Date.now();
    const sent = (checksSent.get(recipe.id) ?? []).filter((at) => now - at < 60_000);
    const wait = waitForLimit(recipe.check?.limit, sent, now);
    let result: Check;
    if (wait === undefined) {
      result = { verdict: 'unknown', reason: 'limit' };
    } else {
      // Within the second's limit: this one request waits its turn, once.
      checksSent.set(recipe.id, [...sent, now + wait]);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        result = verdict(await deps.fetchStatus(request));
      } catch {
        result = { verdict: 'unknown', reason: 'network' };
      }
    }
    await vault.setCheck(recipe.id, held.secret, result);
    return result;
  }

  /**
   * Runs the provider's guide in a tab too (where it started, or the offer was accepted). A page
   * that starts it binds its origin, if none is bound yet; a page of another origin cannot join.
   */
  async function beginGuide(provider: string, tabId: number | undefined, origin?: string) {
    await deps.closedGuides.set(provider, false);
    if (tabId === undefined) return;
    const guide = await deps.guides.get(provider);
    if (origin && guide.origin && guide.origin !== origin) return;
    if (guide.tabs.includes(tabId) && (guide.origin || !origin)) return;
    const tabs = guide.tabs.includes(tabId) ? guide.tabs : [...guide.tabs, tabId];
    await deps.guides.set(provider, { tabs, origin: guide.origin ?? origin });
  }

  /** The guide ends in every tab: each panel shows why and what next, then goes. */
  async function endGuide(provider: string, reason: EndReason) {
    await deps.guides.set(provider, { tabs: [] });
    await deps.progress.clear(provider).catch(() => {});
    deps.broadcast({ type: 'guide-ended', provider, reason });
  }

  async function overview(): Promise<Overview> {
    return Promise.all(
      recipes.map(async (recipe) => ({
        provider: recipe.id,
        status: await vault.status(recipe.id),
        progress: await deps.progress.get(recipe.id),
      })),
    );
  }

  const route = async (
    raw: unknown,
    sender: Sender & { tab?: { id?: number } },
  ): Promise<unknown> => {
    const parsed = Request.safeParse(raw);
    if (!parsed.success) return undefined;
    const toDashboard = async () =>
      mayReveal(sender, extensionId, [(await deps.settings()).upstackOrigin].filter(Boolean));
    const message = parsed.data;
    if (message.type === 'overview') return fromExtensionPage(sender) ? overview() : undefined;
    const recipe = recipeById(message.provider);
    if (!recipe) return refused(said('errUnknownProvider'));
    const provider = recipe.id;
    switch (message.type) {
      case 'wake': {
        if (!mayCapture(sender, extensionId, provider)) return null;
        if ((await deps.settings()).disabled.includes(provider)) return null;
        const tabId = sender.tab?.id;
        const guide = await deps.guides.get(provider);
        const origin = new URL(sender.url).origin;
        return {
          // A guide tab that moved to another host of the provider is not the guide's page.
          guide:
            tabId !== undefined &&
            guide.tabs.includes(tabId) &&
            (!guide.origin || guide.origin === origin),
          offer: !(await deps.closedGuides.get(provider)),
        } satisfies WakeAnswer;
      }
      case 'guide': {
        if (!mayCapture(sender, extensionId, provider)) return null;
        const { disabled, keyName, contactEmail, optimoveAccessType, ttlMinutes } =
          await deps.settings();
        if (disabled.includes(provider)) return null;
        return {
          settings: { keyName, contactEmail, optimoveAccessType, ttlMinutes },
          // A fresh one for each page that asks (Dotdigital's API user): never stored.
          password: generatePassword([keyName]),
          status: await vault.status(provider),
          from: (await deps.progress.get(provider))?.from,
        } satisfies GuideStart;
      }
      case 'verify': {
        if (!mayCapture(sender, extensionId, provider)) return refused(said('errNotProviderPage'));
        const checked = checkSecret(recipe, message.secret);
        return checked.ok ? { ok: true } : refused(checked.reason);
      }
      case 'close':
        if (!mayCapture(sender, extensionId, provider)) return undefined;
        await deps.closedGuides.set(provider, true);
        await endGuide(provider, 'closed');
        return undefined;
      case 'capture': {
        if (!mayCapture(sender, extensionId, provider)) {
          return refused(said('errOwnPagesOnly', recipe.name));
        }
        const checked = checkSecret(recipe, message.secret);
        if (!checked.ok) return refused(checked.reason);
        // Ids read from the page's URL (an ad account id) come from the content script: the
        // sender's URL is the document's first one, not the route a single-page app moved to.
        // The sender's URL is the browser's, not the page's word.
        const origin = new URL(sender.url).origin;
        const tabId = sender.tab?.id;
        const guide = await deps.guides.get(provider);
        if (guide.origin && guide.origin !== origin) {
          return refused(
            said('errOtherHost', recipe.name, new URL(guide.origin).host, new URL(origin).host),
          );
        }
        const held = await vault.held(provider);
        const same = held && JSON.stringify(held.secret) === JSON.stringify(checked.value);
        if (same) return { ok: true, status: await vault.status(provider) };
        // A key from another tab or origin never silently replaces the one held: the merchant
        // is asked, with both masked, and the capture comes back naming the entry it replaces.
        if (held && (held.tab !== tabId || held.origin !== origin) && message.replace !== held.id) {
          const status = await vault.status(provider);
          if (status.state === 'captured')
            return {
              ok: false,
              held: status,
              reason: deps.say(
                said('errHeldElsewhere', recipe.name, status.from ?? said('anotherPage')),
              ),
            } satisfies HeldElsewhere;
        }
        let status: VaultStatus;
        try {
          const ttlMs = (await deps.settings()).ttlMinutes * 60_000;
          status = await vault.put(provider, checked.value, ttlMs, {
            origin,
            tab: tabId,
            incognito: sender.tab?.incognito,
          });
        } catch {
          // E.g. the session area is full. Its error names no value, but say it plainly.
          return refused(said('errNotKeptRestart', recipe.name));
        }
        if (status.state === 'captured') deps.scheduleExpiry(provider, status.expiresAt);
        // The guide is bound to where the key came from; the merchant's own host is remembered
        // (metadata) for the next start's link.
        await beginGuide(provider, tabId, origin);
        await deps.origins.set(provider, origin).catch(() => {});
        void runCheck(recipe).then((result) => {
          if (result && tabId !== undefined) deps.notifyTab(tabId, provider);
        });
        return { ok: true, status };
      }
      case 'status':
        return vault.status(provider);
      case 'reveal': {
        if (!(await toDashboard())) return refused(said('errUpstackOnly'));
        const held = await vault.held(provider);
        if (!held) return refused(said('keyGone', recipe.name));
        if (held.id !== message.entry) return refused(said('keyChanged', recipe.name));
        // A key taken in a private window is never filled in a normal one, nor the reverse.
        if (!!held.incognito !== !!sender.tab?.incognito)
          return refused(said('errOtherWindow', recipe.name));
        return { ok: true, secret: held.secret };
      }
      case 'filled':
        if (await toDashboard()) await vault.markFilled(provider);
        return vault.status(provider);
      case 'done':
        if ((await toDashboard()) && (await vault.status(provider)).state === 'filled')
          await endGuide(provider, 'done');
        return undefined;
      case 'forget': {
        // The provider page drops a key it sent when a second one shows (nothing is kept until
        // the merchant picks): its guide goes on. The popup's or the dashboard's Forget ends it.
        const own = mayCapture(sender, extensionId, provider);
        if (own || fromExtensionPage(sender) || (await toDashboard())) {
          await vault.forget(provider);
          if (!own) await endGuide(provider, 'forgotten');
        }
        return vault.status(provider);
      }
      case 'progress':
        if (mayCapture(sender, extensionId, provider)) {
          // Progress is only shown in the popup: a failed write must not disturb the guide.
          await deps.progress
            .set(provider, {
              index: message.index,
              count: message.count,
              tabId: sender.tab?.id,
              from: message.from,
            })
            .catch(() => {});
        }
        return undefined;
      case 'start': {
        // A new start is for a new key: the record of an earlier fill (no secret) goes, or the
        // new guide would begin at that fill's last step.
        const filledBefore = async () => {
          if ((await vault.status(provider)).state === 'filled') await vault.forget(provider);
        };
        // The offer on the provider's own page: this tab.
        if (mayCapture(sender, extensionId, provider)) {
          await filledBefore();
          await beginGuide(provider, sender.tab?.id, new URL(sender.url).origin);
          return undefined;
        }
        const fromHelp =
          !!sender.tab &&
          sender.id === extensionId &&
          sender.url?.startsWith('https://docs.upstackdata.com/');
        if (!fromExtensionPage(sender) && !fromHelp) return undefined;
        // A new start: its steps are numbered from the page it opens.
        await deps.progress.clear(provider).catch(() => {});
        await filledBefore();
        const link = linkFor(recipe, recipe.links.apiKeys, await deps.origins.get(provider));
        await beginGuide(provider, await deps.openTab(link));
        return undefined;
      }
      case 'focus': {
        const tabId = (await deps.progress.get(provider))?.tabId;
        if (fromExtensionPage(sender) && tabId !== undefined) await deps.focusTab(tabId);
        return undefined;
      }
      case 'check':
        if (!fromExtensionPage(sender)) return undefined;
        await runCheck(recipe);
        return vault.status(provider);
      case 'copy': {
        if (!fromExtensionPage(sender)) return refused(said('errPopupOnly'));
        const secret = await vault.secret(provider);
        return secret ? { ok: true, secret } : refused(said('keyGone', recipe.name));
      }
    }
  };

  /** The expiry alarm went off: a key that expired unfilled ends its guide. */
  async function expired(provider: string) {
    if (!recipeById(provider)) return;
    await vault.expire([provider]);
    if ((await vault.status(provider)).state === 'expired') await endGuide(provider, 'expired');
  }

  return Object.assign(route, { expired });
}
