// The engine's parts that only some pages or moments need, each a chunk of guide.js (see
// scripts/engine-chunks.ts) imported when wanted. The panel (lib/ui/overlay.tsx, with Preact, its
// components and styles): at once for a guide, for the offer (drawn without it, offer-card.ts)
// once the merchant starts, on a watching key page only once there is something to ask; until
// it is there, the calls made to it wait, in order. A running guide's steps (guide-stepper.ts):
// the first time a guide looks at the page. The capture is in guide.js itself: the merchant's click arms it.
import type { OverlayHandle } from '../ui/overlay';
import type { Loop } from './guide-loop';
import type { StepDeps } from './guide-step';
import type { Stepper } from './guide-stepper';
import type { Lifetime } from './lifetime';
import type { Plan } from './plan';

type Call = (overlay: OverlayHandle) => void;

export function lazyOverlay(
  ctx: Pick<Lifetime, 'onInvalidated' | 'addEventListener' | 'isInvalid'>,
  provider: string,
  onClose: () => void,
  /** Import it now (a guide runs from the start) rather than on the first view. */
  eager: boolean,
  /** Mounted, the calls made meanwhile run (what showed until then can go: the offer's card). */
  onMounted?: () => void,
): OverlayHandle {
  let mounted: OverlayHandle | undefined;
  let loading: Promise<void> | undefined;
  let waiting: Call[] = [];
  /** Mounted, or never to be (the import failed, or the engine stopped first). */
  let settled = false;
  /** Hidden before it was wanted (watching): mounted hidden, if ever. */
  let hidden = false;
  const load = () => {
    loading ??= import('../ui/overlay')
      .then(({ mountOverlay }) => {
        if (ctx.isInvalid) return;
        const overlay = mountOverlay(ctx, provider, onClose);
        if (hidden) overlay.setHidden(true);
        mounted = overlay;
        for (const call of waiting) call(overlay);
        onMounted?.();
      })
      .catch(() => undefined)
      .finally(() => {
        settled = true;
        waiting = [];
      });
  };
  const call = (run: Call) => {
    if (mounted) return run(mounted);
    if (settled) return;
    load();
    waiting.push(run);
  };
  if (eager) load();
  return {
    show: (view, target) => call((o) => o.show(view, target)),
    render: (view, target, avoid, prefer) => call((o) => o.render(view, target, avoid, prefer)),
    place: () => mounted?.place(),
    focus: () => call((o) => o.focus()),
    setHidden(next) {
      if (mounted) return mounted.setHidden(next);
      if (next && !loading) hidden = true;
      else call((o) => o.setHidden(next));
    },
  };
}

/** `show` is the stepper's, or undefined while it is imported: the guide looks again once it is
 * there. `deps`: read when it is (the guide's parts are made after this). */
export function lazyStepper(loop: Loop, deps: () => Omit<StepDeps, 'prefiller'>) {
  let stepper: Stepper | undefined;
  let asked = false;
  const load = () => {
    if (asked) return;
    asked = true;
    import('./guide-stepper')
      .then(({ createStepper }) => {
        stepper = createStepper(loop, deps());
        if (loop.state.mode === 'guide') loop.evaluate();
      })
      .catch(() => undefined);
  };
  return {
    load,
    show(current: Plan, href: string): Element[] | undefined {
      if (stepper) return stepper(current, href);
      load();
      return undefined;
    },
  };
}
