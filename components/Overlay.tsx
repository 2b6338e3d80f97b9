// The panel plus, when the step has a target on the page, a highlight ring around it.
// lib/position.ts decides where they go; utils/follow.ts keeps them there through scrolling,
// resizing and changes of size, and every re-render (the engine re-evaluates the page after
// its changes) places them again, in case the target moved without changing size.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { cover, type Point, placeBeside, type Size } from '../lib/position';
import { follow } from '../utils/follow';
import { Panel, type PanelProps, showInTopLayer } from './Panel';

const RING_PADDING = 4;
/** The panel: 14 px from the target, 8 px inside the viewport. */
const BESIDE = { gap: 14, padding: 8 };

/** Both are `position: fixed` in the top layer, so viewport coordinates are theirs. */
function moveTo(el: HTMLElement, { x, y }: Point, size?: Size) {
  Object.assign(el.style, { left: `${x}px`, top: `${y}px`, right: 'auto', bottom: 'auto' });
  if (size) Object.assign(el.style, { width: `${size.width}px`, height: `${size.height}px` });
}

/** Where the overlay's current placement is kept, for its owner to run again (see `place`). */
export type Placement = { current?: () => void };

export function Overlay({
  target,
  placement,
  ...panel
}: PanelProps & { target?: Element; placement: Placement }) {
  const ring = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const ringEl = ring.current;
    const panelEl = box.current?.firstElementChild as HTMLElement | null;
    if (!target || !ringEl || !panelEl) return;
    showInTopLayer(ringEl);
    const update = () => {
      const reference = target.getBoundingClientRect();
      const around = cover(reference, RING_PADDING);
      moveTo(ringEl, around, around);
      // The layout viewport without its scrollbars.
      const { clientWidth: width, clientHeight: height } = document.documentElement;
      moveTo(
        panelEl,
        placeBeside(reference, panelEl.getBoundingClientRect(), { width, height }, BESIDE),
      );
    };
    const stop = follow([target, panelEl], update);
    placement.current = update;
    return () => {
      placement.current = undefined;
      stop();
      panelEl.removeAttribute('style');
    };
  }, [target, placement]);
  // A re-render with the same target: the page changed, so the target may have moved.
  useLayoutEffect(() => placement.current?.());
  return (
    <>
      {target && <div ref={ring} class="ring" aria-hidden="true" popover="manual" />}
      <div ref={box}>
        <Panel {...panel} />
      </div>
    </>
  );
}
