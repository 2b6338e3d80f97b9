// The panel plus, when the step has a target on the page, a highlight ring around it.
// lib/ui/position.ts decides where they go: the panel beside the target or docked to a corner,
// never over the target or what the engine asks it to keep clear (the step's fields, the key
// shown, the submit button), else collapsed to a chip. lib/ui/follow.ts keeps them there through
// scrolling, resizing and changes of size, and every re-render (the engine re-evaluates the
// page after its changes) places them again, in case something moved without changing size.
import { Component, createRef } from 'preact';
import { viewportRect } from '../lib/dom/frames';
import { follow } from '../lib/ui/follow';
import type { Dock } from '../lib/ui/panel-dock';
import { atCorner, choosePlace, type Point, type Rect, type Size } from '../lib/ui/position';
import { placeRing } from '../lib/ui/ring';
import { Panel, type PanelProps, showInTopLayer } from './Panel';

/** The panel: 14 px from the target, 8 px inside the viewport. */
const BESIDE = { gap: 14, padding: 8 };
/** The least the panel shrinks to (its content scrolls) rather than collapse: its header, the
 * step's title and its action. */
const MIN_HEIGHT = 200;
/** The chip's size before it was ever drawn. */
const CHIP_GUESS: Size = { width: 220, height: 40 };
/** Larger than any viewport: asks for the chip's place alone. */
const NO_ROOM: Size = { width: Number.POSITIVE_INFINITY, height: Number.POSITIVE_INFINITY };

/** The panel is `position: fixed` in the top layer, so viewport coordinates are its own. */
function moveTo(el: HTMLElement, { x, y }: Point) {
  Object.assign(el.style, { left: `${x}px`, top: `${y}px`, right: 'auto', bottom: 'auto' });
}

const sizeOf = ({ width, height }: Size): Size => ({ width, height });
/** In the top frame's viewport, for an element of a same-origin frame too. */
const rectOf = (el: Element): Rect => viewportRect(el);

/** Where the overlay's current placement is kept, for its owner to run again (see `place`). */
export type Placement = { current?: () => void };

type OverlayProps = Omit<PanelProps, 'collapsed'> & {
  target?: Element;
  /** Elements the panel must not cover (besides the target). */
  avoid: Element[];
  /** Elements it keeps clear where it can. */
  prefer: Element[];
  placement: Placement;
  /** The merchant's corner and collapsed state. */
  where: Dock;
  /** Expanded by the merchant where it fits nowhere: shown anyway, in their corner. */
  forceOpen: boolean;
};

export class Overlay extends Component<OverlayProps, { squeezed: boolean }> {
  override state = { squeezed: false };
  private ring = createRef<HTMLDivElement>();
  private box = createRef<HTMLDivElement>();
  private detach?: () => void;
  /** The expanded panel's size when last drawn: what must fit for it to expand again. */
  private panelSize?: Size;
  private chipSize?: Size;

  private collapsed() {
    return this.props.where.collapsed || (this.state.squeezed && !this.props.forceOpen);
  }

  /** Follows the target with the ring, and places the panel, until the target changes. */
  private attach() {
    const { target, placement } = this.props;
    const ringEl = this.ring.current;
    const panelEl = this.box.current?.firstElementChild as HTMLElement | null;
    if (!panelEl) return;
    if (target && ringEl) showInTopLayer(ringEl);
    const update = () => {
      const { avoid, prefer, where, forceOpen } = this.props;
      const rects = (elements: Element[]) =>
        elements
          .filter((el) => el.isConnected)
          .map(rectOf)
          .filter((r) => r.width > 0 && r.height > 0);
      // The layout viewport without its scrollbars.
      const { clientWidth: width, clientHeight: height } = document.documentElement;
      const viewport = { width, height };
      // The ring's area, border and glow included: the panel keeps clear of it.
      const ring = target && ringEl ? placeRing(ringEl, rectOf(target)) : undefined;
      // Its own size, not the height it was shortened to last time.
      const shortened = panelEl.style.maxHeight;
      panelEl.style.maxHeight = '';
      const box = sizeOf(panelEl.getBoundingClientRect());
      panelEl.style.maxHeight = shortened;
      if (panelEl.classList.contains('collapsed')) this.chipSize = box;
      else this.panelSize = box;
      const panel = where.collapsed ? NO_ROOM : (this.panelSize ?? box);
      const placed = choosePlace({
        viewport,
        panel,
        chip: this.chipSize ?? CHIP_GUESS,
        target: ring,
        avoid: rects(avoid),
        prefer: rects(prefer),
        corner: where.corner,
        cornerFirst: where.moved,
        minHeight: MIN_HEIGHT,
        ...BESIDE,
      });
      const squeezed = !where.collapsed && placed.collapsed;
      if (squeezed !== this.state.squeezed) this.setState({ squeezed });
      // Opened by the merchant where it fits nowhere: in their corner, its header on screen.
      const anyway = squeezed && forceOpen;
      const at = anyway ? atCorner(where.corner, panel, viewport, BESIDE.padding) : placed.at;
      moveTo(panelEl, {
        x: Math.max(BESIDE.padding, at.x),
        y: Math.max(BESIDE.padding, at.y),
      });
      panelEl.style.maxHeight = !placed.collapsed && placed.height ? `${placed.height}px` : '';
    };
    const stop = follow(target ? [target, panelEl] : [panelEl], update);
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
    const {
      target,
      placement: _p,
      avoid: _a,
      prefer: _pr,
      where: _w,
      forceOpen: _f,
      ...panel
    } = this.props;
    return (
      <>
        {target && <div ref={this.ring} class="ring" aria-hidden="true" popover="manual" />}
        <div ref={this.box}>
          <Panel {...panel} collapsed={this.collapsed()} />
        </div>
      </>
    );
  }
}
