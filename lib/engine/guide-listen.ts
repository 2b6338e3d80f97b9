// The events the guide hears from the page and the background, as plain calls: the merchant's
// create press (or Enter in its form), Copy and submit; the background's notices (the key changed
// elsewhere, the guide ended); the tab shown again. Every listener is tied to the lifetime.
import { browser } from 'wxt/browser';
import { find } from '../dom/anchor';
import { containsAcross, isElement } from '../dom/deep';
import { isVaultChanged } from '../protocol/client';
import type { EndReason, GuideEnded } from '../protocol/messages';
import type { Recipe } from '../recipes/schema';
import type { Lifetime } from './lifetime';
import { holds } from './plan';

export interface PageHandlers {
  /** The merchant's own press on the create control, where the capture applies. */
  armed(press: Event): void;
  copied(button: Element): void;
  submitted(): void;
}

export interface NoticeHandlers {
  vaultChanged(): void;
  ended(reason: EndReason): void;
  visible(): void;
}

/** The element an event really happened on, and the path to it across shadow roots. */
const pathOf = (event: Event) => event.composedPath().filter(isElement);

/** Whether a trusted event is the merchant's click (or Enter in its form) on the create control. */
function onArm(recipe: Recipe, event: Event): boolean {
  if (recipe.capture.submit) return false;
  const control = find(recipe.capture.arm);
  if (!control) return false;
  const onControl =
    event.type === 'submit'
      ? isElement(event.target) && containsAcross(event.target, control)
      : pathOf(event).includes(control);
  return onControl && holds(recipe.capture.when, location.href, (a) => !!find(a));
}

export function listenPage(ctx: Lifetime, recipe: Recipe, on: PageHandlers) {
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const path = pathOf(event);
      const { copy, submit } = recipe.capture;
      const copyButton = copy && find(copy);
      const button = submit && find(submit.button);
      if (onArm(recipe, event)) on.armed(event);
      if (copyButton && path.includes(copyButton)) on.copied(copyButton);
      if (button && path.includes(button)) on.submitted();
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'submit',
    (event) => {
      if (!event.isTrusted) return;
      if (onArm(recipe, event)) on.armed(event);
      const button = recipe.capture.submit && find(recipe.capture.submit.button);
      if (button && isElement(event.target) && event.target.contains(button)) on.submitted();
    },
    { capture: true },
  );
}

export function listenNotices(ctx: Lifetime, provider: string, on: NoticeHandlers) {
  // The background tells this tab when its key changed elsewhere (checked, filled, forgotten)
  // and when the guide ended. Only this extension can message a content script; the fields read
  // are compared.
  const onNotice = (message: unknown) => {
    if (isVaultChanged(message, provider)) on.vaultChanged();
    const ended = message as Partial<GuideEnded> | undefined;
    if (ended?.type === 'guide-ended' && ended.provider === provider && ended.reason)
      on.ended(ended.reason);
  };
  browser.runtime.onMessage.addListener(onNotice);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onNotice));
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') on.visible();
  });
}
