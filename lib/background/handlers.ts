// What the background does with each message, once lib/protocol/policy.ts let its sender in:
// one handler per type, each answering with its type's answer (lib/protocol/messages.ts).
import { linkFor } from '../engine/plan';
import { generatePassword } from '../key/password';
import { checkSecret } from '../key/schema';
import type { Answers, RequestOf, VaultStatus } from '../protocol/messages';
import type { Role } from '../protocol/policy';
import { type Said, said } from '../protocol/said';
import type { Sender } from '../protocol/sender';
import { recipes } from '../recipes';
import { optionValues } from '../recipes/options';
import type { Recipe } from '../recipes/schema';
import { createFrameMounts } from './frame-mounts';
import type { Guides } from './guides';
import type { RouterDeps } from './router';

type ProviderType = Exclude<keyof Answers, 'overview' | 'held'>;
/** What a handler knows of its message: the recipe it names, who sent it and in which role. */
export interface Asked<T extends keyof Answers> {
  message: RequestOf<T>;
  recipe: Recipe;
  sender: Sender & { url?: string };
  as: Role;
}
type Handlers = { [T in ProviderType]: (asked: Asked<T>) => Promise<Answers[T]> };

export function createHandlers(deps: RouterDeps, guides: Guides) {
  const { vault } = deps;
  const refused = (reason: Said) => ({ ok: false as const, reason: deps.say(reason) });
  const originOf = (sender: Sender) => new URL(sender.url ?? '').origin;
  /** The Fill frames' handshake tokens, pending until their frames claim them. */
  const frameMounts = createFrameMounts();
  /** A claim refused: its token is spent, so a token tried by the wrong sender is no good to
   * the right one. */
  const spend = (token: string): Answers['frame-claim'] => {
    frameMounts.spend(token);
    return { ok: false };
  };

  const site = {
    overview: async (): Promise<Answers['overview']> =>
      Promise.all(
        recipes.map(async (recipe) => ({
          provider: recipe.id,
          status: await vault.status(recipe.id),
          progress: await deps.progress.get(recipe.id),
        })),
      ),
    /** The latest key captured, of any provider. */
    held: async (): Promise<Answers['held']> => {
      let latest: { provider: string; at: number } | undefined;
      for (const recipe of recipes) {
        const status = await vault.status(recipe.id);
        if (status.state === 'captured' && status.expiresAt > (latest?.at ?? 0))
          latest = { provider: recipe.id, at: status.expiresAt };
      }
      if (!latest) return null;
      const from = (await deps.progress.get(latest.provider))?.from;
      return from === undefined
        ? { provider: latest.provider }
        : { provider: latest.provider, from };
    },
  };

  const byProvider: Handlers = {
    async wake({ recipe, sender }) {
      if ((await deps.settings()).disabled.includes(recipe.id)) return null;
      const tabId = sender.tab?.id;
      const guide = await deps.guides.get(recipe.id);
      return {
        // A guide tab that moved to another host of the provider is not the guide's page.
        guide:
          tabId !== undefined &&
          guide.tabs.includes(tabId) &&
          (!guide.origin || guide.origin === originOf(sender)),
        offer: !(await deps.closedGuides.get(recipe.id)),
      };
    },
    async guide({ recipe }) {
      const { disabled, keyName, contactEmail, options, ttlMinutes } = await deps.settings();
      if (disabled.includes(recipe.id)) return null;
      return {
        settings: { keyName, contactEmail, ttlMinutes },
        options: optionValues(recipe, options),
        // A fresh one for each page that asks (Dotdigital's API user): never stored.
        password: generatePassword([keyName]),
        status: await vault.status(recipe.id),
        from: (await deps.progress.get(recipe.id))?.from,
      };
    },
    async verify({ recipe, message }) {
      const checked = checkSecret(recipe, message.secret);
      return checked.ok ? { ok: true } : refused(checked.reason);
    },
    async close({ recipe }) {
      await deps.closedGuides.set(recipe.id, true);
      await guides.end(recipe.id, 'closed');
      return undefined;
    },
    capture: (asked) => capture(asked),
    status: async ({ recipe }) => vault.status(recipe.id),
    async reveal({ recipe, message, sender }) {
      const held = await vault.held(recipe.id);
      if (!held) return refused(said('keyGone', recipe.name));
      if (held.id !== message.entry) return refused(said('keyChanged', recipe.name));
      // A key taken in a private window is never filled in a normal one, nor the reverse.
      if (!!held.incognito !== !!sender.tab?.incognito)
        return refused(said('errOtherWindow', recipe.name));
      return { ok: true, secret: held.secret };
    },
    async 'frame-mount'({ recipe, message, sender }) {
      const tab = sender.tab?.id;
      if (tab !== undefined)
        frameMounts.mount(message.token, { tab, provider: recipe.id, origin: originOf(sender) });
      return undefined;
    },
    async 'frame-claim'({ recipe, message, sender }) {
      const origin = frameMounts.claim(message.token, sender.tab?.id, recipe.id);
      return origin ? { ok: true, origin } : { ok: false };
    },
    async filled({ recipe }) {
      await vault.markFilled(recipe.id);
      return vault.status(recipe.id);
    },
    async done({ recipe }) {
      if ((await vault.status(recipe.id)).state === 'filled') await guides.end(recipe.id, 'done');
      return undefined;
    },
    async forget({ recipe, as }) {
      // The provider page drops a key it sent when a second one shows (nothing is kept until
      // the merchant picks): its guide goes on. The popup's or the dashboard's Forget ends it.
      await vault.forget(recipe.id);
      if (as !== 'provider') await guides.end(recipe.id, 'forgotten');
      return vault.status(recipe.id);
    },
    async progress({ recipe, message, sender }) {
      // Progress is only shown in the popup: a failed write must not disturb the guide.
      const { index, count, from } = message;
      await deps.progress
        .set(recipe.id, { index, count, tabId: sender.tab?.id, from })
        .catch(() => {});
      return undefined;
    },
    async start({ recipe, sender, as }) {
      // A new start is for a new key: the record of an earlier fill (no secret) goes, or the
      // new guide would begin at that fill's last step.
      if ((await vault.status(recipe.id)).state === 'filled') await vault.forget(recipe.id);
      // The offer on the provider's own page: this tab.
      if (as === 'provider') {
        await guides.begin(recipe.id, sender.tab?.id, originOf(sender));
        return undefined;
      }
      // A new start: its steps are numbered from the page it opens.
      await deps.progress.clear(recipe.id).catch(() => {});
      const link = linkFor(recipe, recipe.links.apiKeys, await deps.origins.get(recipe.id));
      await guides.begin(recipe.id, await deps.openTab(link));
      return undefined;
    },
    async focus({ recipe }) {
      const tabId = (await deps.progress.get(recipe.id))?.tabId;
      if (tabId !== undefined) await deps.focusTab(tabId);
      return undefined;
    },
    async check({ recipe }) {
      await guides.runCheck(recipe);
      return vault.status(recipe.id);
    },
    async copy({ recipe }) {
      const secret = await vault.secret(recipe.id);
      return secret ? { ok: true, secret } : refused(said('keyGone', recipe.name));
    },
  };

  async function capture({ recipe, message, sender }: Asked<'capture'>) {
    const provider = recipe.id;
    const checked = checkSecret(recipe, message.secret);
    if (!checked.ok) return refused(checked.reason);
    // The sender's URL is the browser's, not the page's word. Ids read from the page's URL (an
    // ad account id) come from the content script: the sender's URL is the document's first
    // one, not the route a single-page app moved to.
    const origin = originOf(sender);
    const tabId = sender.tab?.id;
    const guide = await deps.guides.get(provider);
    if (guide.origin && guide.origin !== origin) {
      return refused(
        said('errOtherHost', recipe.name, new URL(guide.origin).host, new URL(origin).host),
      );
    }
    const held = await vault.held(provider);
    const same = held && JSON.stringify(held.secret) === JSON.stringify(checked.value);
    if (same) return { ok: true as const, status: await vault.status(provider) };
    // A key from another tab or origin never silently replaces the one held: the merchant is
    // asked, with both masked, and the capture comes back naming the entry it replaces.
    if (held && (held.tab !== tabId || held.origin !== origin) && message.replace !== held.id) {
      const status = await vault.status(provider);
      if (status.state === 'captured') {
        const from = status.from ?? said('anotherPage');
        return {
          ok: false as const,
          held: status,
          reason: deps.say(said('errHeldElsewhere', recipe.name, from)),
        };
      }
    }
    let status: VaultStatus;
    try {
      const ttlMs = (await deps.settings()).ttlMinutes * 60_000;
      const where = { origin, tab: tabId, incognito: sender.tab?.incognito };
      status = await vault.put(provider, checked.value, ttlMs, where);
    } catch {
      // E.g. the session area is full. Its error names no value, but say it plainly.
      return refused(said('errNotKeptRestart', recipe.name));
    }
    if (status.state === 'captured') deps.scheduleExpiry(provider, status.expiresAt);
    // The guide is bound to where the key came from; the merchant's own host is remembered
    // (metadata) for the next start's link.
    await guides.begin(provider, tabId, origin);
    await deps.origins.set(provider, origin).catch(() => {});
    void guides.runCheck(recipe).then((result) => {
      if (result && tabId !== undefined) deps.notifyTab(tabId, provider);
    });
    return { ok: true as const, status };
  }

  return { site, byProvider, refused, spend };
}
