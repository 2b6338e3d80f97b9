// The panel plus, when the step has a target on the page, a highlight ring around it.
// Floating UI keeps both in place through scrolling, resizing and layout changes.
import {
  autoUpdate,
  computePosition,
  flip,
  type Middleware,
  offset,
  shift,
} from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Panel, type PanelProps, showInTopLayer } from './Panel';

const RING_PADDING = 4;

/** Places the floating element over the reference, padded: the ring's size follows the target. */
const cover: Middleware = {
  name: 'cover',
  fn: ({ rects, elements }) => {
    elements.floating.style.width = `${rects.reference.width + 2 * RING_PADDING}px`;
    elements.floating.style.height = `${rects.reference.height + 2 * RING_PADDING}px`;
    return { x: rects.reference.x - RING_PADDING, y: rects.reference.y - RING_PADDING };
  },
};

function follow(
  target: Element,
  floating: HTMLElement,
  middleware: Middleware[],
  placement: 'right-start' | 'bottom' = 'bottom',
) {
  return autoUpdate(target, floating, () => {
    computePosition(target, floating, { strategy: 'fixed', placement, middleware }).then(
      ({ x, y }) => {
        Object.assign(floating.style, {
          left: `${x}px`,
          top: `${y}px`,
          right: 'auto',
          bottom: 'auto',
        });
      },
    );
  });
}

export function Overlay({ target, ...panel }: PanelProps & { target?: Element }) {
  const ring = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const panelEl = box.current?.firstElementChild as HTMLElement | null;
    if (!target || !ring.current || !panelEl) return;
    showInTopLayer(ring.current);
    const stopRing = follow(target, ring.current, [cover]);
    const stopPanel = follow(
      target,
      panelEl,
      [offset(14), flip({ padding: 8 }), shift({ padding: 8 })],
      'right-start',
    );
    return () => {
      stopRing();
      stopPanel();
      panelEl.removeAttribute('style');
    };
  }, [target]);
  return (
    <>
      {target && <div ref={ring} class="ring" aria-hidden="true" popover="manual" />}
      <div ref={box}>
        <Panel {...panel} />
      </div>
    </>
  );
}
