// Mounts the overlay in an open shadow root under <upstack-key-assist>, outside the page's
// styles, and re-renders it when the engine has something new to show.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '../components/Overlay';
import overlayCss from '../components/overlay.css?inline';
import type { PanelView } from '../components/Panel';

export interface OverlayHandle {
  show(view: PanelView, target?: Element): void;
  /** Closed by the merchant until reopened from the popup. */
  setHidden(hidden: boolean): void;
}

export async function mountOverlay(
  ctx: ContentScriptContext,
  onClose: () => void,
): Promise<OverlayHandle> {
  let view: PanelView | undefined;
  let target: Element | undefined;
  let hidden = false;
  let container: HTMLElement | undefined;
  let returnFocus: Element | null = null;

  const draw = () => {
    if (!container) return;
    render(
      hidden || !view ? null : <Overlay view={view} target={target} onClose={onClose} />,
      container,
    );
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'upstack-key-assist',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css: overlayCss,
    onMount(uiContainer) {
      container = uiContainer;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();

  return {
    show(next, nextTarget) {
      view = next;
      target = nextTarget;
      draw();
    },
    setHidden(next) {
      if (next === hidden) return;
      const shadowFocus = ui.shadow.activeElement;
      if (next && shadowFocus && returnFocus instanceof HTMLElement) returnFocus.focus();
      if (!next) returnFocus = document.activeElement;
      hidden = next;
      draw();
    },
  };
}
