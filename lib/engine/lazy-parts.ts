// What only some pages or moments need, in one chunk of guide.js (guide-run.ts; see
// scripts/engine-chunks.ts) imported when first wanted: the panel (lib/ui/overlay.tsx, with
// Preact, its components and styles) and a running guide (what it watches, the step planned and
// shown). One chunk, since a guide needs both (apart, each compresses worse and they weigh more).
// Imported at once for a guide; for the offer (drawn without the panel, lib/ui/offer-card.ts)
// once the merchant starts; on a watching key page only once there is something to ask. Until
// it is there, the calls made to the panel wait, in order, and the guide looks again once it is
// there. The capture is in guide.js itself: the merchant's click arms it.
import type { OverlayHandle } from '../ui/overlay';
import type { Loop } from './guide-loop';
import type { Run, RunDeps } from './guide-run';
import type { Lifetime } from './lifetime';

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
    loading ??= import('./guide-run')
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

/** The running guide (guide-run.ts), imported the first time a guide looks at the page (with
 * the panel, if not yet); the guide looks again once it is there. `deps`: read when it is (the guide's parts are made after
 * this). */
export function lazyRun(loop: Loop, deps: () => RunDeps): Run & { load(): void } {
  let run: Run | undefined;
  let asked = false;
  const load = () => {
    if (asked) return;
    asked = true;
    import('./guide-run')
      .then(({ createRun }) => {
        run = createRun(loop, deps());
        if (loop.state.mode === 'guide') run.evaluate();
      })
      .catch(() => undefined);
  };
  return {
    load,
    evaluate: () => (run ? run.evaluate() : load()),
    soon: () => (run ? run.soon() : load()),
    stop: () => run?.stop(),
  };
}
