// @vitest-environment happy-dom
// The offer's card (lib/ui/offer-card.ts): the panel's compact card without the panel. What a
// merchant's own click does is in the e2e specs (dormant.spec.ts, accessibility.spec.ts); here, the
// card's parts, that a page script's click or Esc does nothing, the merchant's corner, and that
// it goes with the engine.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showOfferCard } from '../../lib/ui/offer-card';

function lifetime() {
  const callbacks: (() => void)[] = [];
  return {
    ctx: {
      onInvalidated(cb: () => void) {
        callbacks.push(cb);
        return () => undefined;
      },
    },
    end: () => {
      for (const cb of callbacks) cb();
    },
  };
}

const props = () => ({
  provider: 'Klaviyo',
  text: 'Create the Klaviyo key for Upstack with help?',
  start: 'Start guided setup',
  onStart: vi.fn(),
  onClose: vi.fn(),
});

const cardOf = () => {
  const shadow = document.querySelector('upstack-key-assist')?.shadowRoot;
  return shadow?.querySelector<HTMLElement>('[role=dialog]') ?? null;
};

describe('the offer card', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    for (const el of document.querySelectorAll('upstack-key-assist')) el.remove();
  });

  it('is the panel’s compact dialog: its name, brand, status, close and start', () => {
    showOfferCard(lifetime().ctx, 'klaviyo', props());
    const card = cardOf();
    expect(card?.getAttribute('aria-label')).toBe('Upstack Key Assist');
    expect(card?.className).toBe('panel compact');
    expect(card?.getAttribute('tabindex')).toBe('-1');
    expect(card?.querySelector('.brand')?.textContent).toBe('Upstack Key Assist · Klaviyo');
    const status = card?.querySelector('[role=status]');
    expect(status?.textContent).toBe('Create the Klaviyo key for Upstack with help?');
    const buttons = [...(card?.querySelectorAll('button') ?? [])];
    expect(buttons.map((b) => b.getAttribute('type'))).toEqual(['button', 'button']);
    expect(buttons[0]?.getAttribute('aria-label')).toBe('close');
    expect(buttons[1]?.textContent).toBe('Start guided setup');
  });

  it('ignores a page script’s click on close and its Esc; Start hands the event on', () => {
    const p = props();
    showOfferCard(lifetime().ctx, 'klaviyo', p);
    const card = cardOf() as HTMLElement;
    const [close, start] = [...card.querySelectorAll('button')];
    close?.click();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(p.onClose).not.toHaveBeenCalled();
    start?.click();
    // The engine's accept checks isTrusted itself (a page script's click starts nothing).
    expect(p.onStart).toHaveBeenCalledTimes(1);
    const [event] = p.onStart.mock.calls[0] as [MouseEvent];
    expect(event.isTrusted).toBeFalsy();
  });

  it('docks in the merchant’s corner, bottom right until it is read', async () => {
    await fakeBrowser.storage.local.set({ panelDocks: { klaviyo: { corner: 'top-left' } } });
    showOfferCard(lifetime().ctx, 'klaviyo', props());
    const card = cardOf() as HTMLElement;
    expect([card.style.bottom, card.style.right, card.style.top]).toEqual(['8px', '8px', 'auto']);
    await vi.waitFor(() => expect(card.style.top).toBe('8px'));
    expect([card.style.left, card.style.bottom, card.style.right]).toEqual(['8px', 'auto', 'auto']);
  });

  it('goes when the panel takes over, and with the engine', () => {
    showOfferCard(lifetime().ctx, 'klaviyo', props()).remove();
    expect(document.querySelector('upstack-key-assist')).toBeNull();
    const life = lifetime();
    showOfferCard(life.ctx, 'klaviyo', props());
    life.end();
    expect(document.querySelector('upstack-key-assist')).toBeNull();
  });
});
