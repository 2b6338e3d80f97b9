// The offer on an API-keys page, drawn without the panel: the panel's compact card (the same
// shadow root, styles, words, role and keys as components/Panel.tsx's compact view), in plain DOM,
// so that the page loads Preact and the panel (lib/ui/overlay.tsx, a chunk of the engine) only
// once the merchant presses Start. In the merchant's corner (panel-dock.ts); no ring, no target.
import cardCss from '../../components/card.css?inline';
import { mountShadowHost } from '../dom/shadow-host';
import type { Lifetime } from '../engine/lifetime';
import type { Corner } from './corner';
import { t } from './i18n';
import { loadDock } from './panel-dock';

/** As the panel docks (components/Overlay.tsx): 8 px inside the viewport. */
const MARGIN = '8px';

export interface OfferCard {
  /** The panel took over (or the offer went): the card goes, its shadow host too. */
  remove(): void;
}

export interface OfferCardProps {
  provider: string;
  text: string;
  start: string;
  onStart: (event: MouseEvent) => void;
  /** No thanks: the × button, or Esc in the card (the merchant's own only). */
  onClose: () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props))
    if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Docked in `corner`, where the panel would dock with no target. */
function dock(card: HTMLElement, corner: Corner) {
  const [y, x] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  Object.assign(card.style, { top: 'auto', bottom: 'auto', left: 'auto', right: 'auto' });
  card.style[y] = MARGIN;
  card.style[x] = MARGIN;
}

export function showOfferCard(
  ctx: Pick<Lifetime, 'onInvalidated'>,
  providerId: string,
  props: OfferCardProps,
): OfferCard {
  const ui = mountShadowHost(ctx, cardCss);
  const close = el('button', { type: 'button', class: 'close', 'aria-label': t('close') }, '×');
  close.title = t('closeHint');
  const start = el('button', { type: 'button', class: 'primary' }, props.start);
  const card = el(
    'section',
    { class: 'panel compact', role: 'dialog', 'aria-label': 'Upstack Key Assist', tabindex: '-1' },
    el(
      'header',
      { class: 'bar' },
      el('span', { class: 'brand' }, `Upstack Key Assist · ${props.provider}`),
      close,
    ),
    el('p', { class: 'status info', role: 'status' }, props.text),
    start,
  );
  // Only the merchant's own click or key press: page scripts can reach an open shadow root.
  close.addEventListener('click', (event) => event.isTrusted && props.onClose());
  start.addEventListener('click', props.onStart);
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.isTrusted) props.onClose();
  });
  dock(card, 'bottom-right');
  // The top layer, as the panel: above any z-index or full-screen layer the page may have.
  card.setAttribute('popover', 'manual');
  ui.container.append(card);
  if (typeof card.showPopover === 'function') card.showPopover();
  void loadDock(providerId)
    .then((where) => card.isConnected && dock(card, where.corner))
    .catch(() => undefined);
  return { remove: () => ui.host.remove() };
}
