// The background's answer to each message: parse, check the sender, act on the vault.
// Browser objects are passed in, so this is unit-tested without a browser.
import { Request } from './messages';
import { recipeById } from './recipes';
import { checkSecret } from './secret';
import { isExtensionPage, mayCapture, mayReveal, type Sender } from './sender';
import type { Vault } from './vault';

export interface RouterDeps {
  vault: Vault;
  extensionId: string;
  extensionOrigin: string;
  ttlMs: () => Promise<number>;
  /** Arranges for the vault to be swept when an entry's time is up. */
  scheduleExpiry: (provider: string, at: number) => void;
}

const refused = (reason: string) => ({ ok: false as const, reason });

export function createRouter({
  vault,
  extensionId,
  extensionOrigin,
  ttlMs,
  scheduleExpiry,
}: RouterDeps) {
  return async (raw: unknown, sender: Sender): Promise<unknown> => {
    const parsed = Request.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    const recipe = recipeById(message.provider);
    if (!recipe) return refused('Unknown provider.');
    const provider = recipe.id;
    switch (message.type) {
      case 'capture': {
        if (!mayCapture(sender, extensionId, provider)) {
          return refused(`A ${recipe.name} key is accepted only from ${recipe.name}'s own pages.`);
        }
        const checked = checkSecret(recipe, message.secret);
        if (!checked.ok) return checked;
        const status = await vault.put(provider, checked.value, await ttlMs());
        if (status.state === 'captured') scheduleExpiry(provider, status.expiresAt);
        return { ok: true, status };
      }
      case 'status':
        return vault.status(provider);
      case 'reveal': {
        if (!mayReveal(sender, extensionId))
          return refused('Keys are filled only into the Upstack dashboard.');
        const secret = await vault.secret(provider);
        return secret ? { ok: true, secret } : refused(`No ${recipe.name} key is held any more.`);
      }
      case 'filled':
        if (!mayReveal(sender, extensionId)) return vault.status(provider);
        await vault.markFilled(provider);
        return vault.status(provider);
      case 'forget':
        if (
          isExtensionPage(sender, extensionId, extensionOrigin) ||
          mayCapture(sender, extensionId, provider) ||
          mayReveal(sender, extensionId)
        ) {
          await vault.forget(provider);
        }
        return vault.status(provider);
    }
  };
}
