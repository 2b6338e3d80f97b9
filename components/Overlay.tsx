// The panel plus, when the step has a target on the page, a highlight ring around it.
// lib/position.ts decides where they go; utils/follow.ts keeps them there through scrolling,
// resizing and changes of size, and every re-render (the engine re-evaluates the page after
// its changes) places them again, in case the target moved without changing size.
import { Component, createRef } from 'preact';
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

type OverlayProps = PanelProps & { target?: Element; placement: Placement };

export class Overlay extends Component<OverlayProps> {
  private ring = createRef<HTMLDivElement>();
  private box = createRef<HTMLDivElement>();
  private detach?: () => void;

  /** Follows the target with the ring and the panel beside it, until the target changes. */
  private attach() {
    const { target, placement } = this.props;
    const ringEl = this.ring.current;
    const panelEl = this.box.current?.firstElementChild as HTMLElement | null;
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
    this.detach = () => {
      placement.current = undefined;
      stop();
      panelEl.removeAttribute('style');
    };
  }

  override componentDidMount() {
    this.attach();
  }

  override componentDidUpdate(previous: OverlayProps) {
    if (previous.target !== this.props.target || previous.placement !== this.props.placement) {
      this.detach?.();
      this.detach = undefined;
      this.attach();
    }
    // A re-render with the same target: the page changed, so the target may have moved.
    this.props.placement.current?.();
  }

  override componentWillUnmount() {
    this.detach?.();
  }

  override render() {
    const { target, placement: _placement, ...panel } = this.props;
    return (
      <>
        {target && <div ref={this.ring} class="ring" aria-hidden="true" popover="manual" />}
        <div ref={this.box}>
          <Panel {...panel} />
        </div>
      </>
    );
  }
}
