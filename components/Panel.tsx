// The overlay's panel: a non-modal dialog that shows one step, the capture state and, on the
// Upstack form, the Fill button. A pure function of its props; the engine decides them.
import { useEffect, useRef } from 'preact/hooks';
import { Countdown } from './Countdown';

export interface PanelView {
  provider: string;
  step?: { index: number; count: number; title: string; detail?: string };
  /** Plain instructions mode: the anchors could not be found. */
  fallback?: { text: string; link: string; linkText: string };
  status: { text: string; tone: 'info' | 'ok' | 'error' };
  captured?: { masked: string[]; expiresAt: number; next?: { href: string; text: string } };
  action?: { label: string; onClick: (event: MouseEvent) => void };
  /** A link shown under the text, e.g. to start on the provider's page. */
  link?: { href: string; text: string };
}

export interface PanelProps {
  view: PanelView;
  onClose: () => void;
}

export function Panel({ view, onClose }: PanelProps) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const el = panel.current;
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [onClose]);

  const { step, fallback, status, captured, action, link } = view;
  return (
    <section ref={panel} class="panel" role="dialog" aria-label="Upstack Key Assist" tabIndex={-1}>
      <header class="bar">
        <span class="brand">Upstack Key Assist · {view.provider}</span>
        <button
          type="button"
          class="close"
          aria-label="Close"
          title="Close (Esc)"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {step && (
        <p class="count">
          Step {step.index + 1} of {step.count}
        </p>
      )}
      {step && <h2 class="title">{step.title}</h2>}
      {step?.detail && <p class="detail">{step.detail}</p>}
      {fallback && (
        <div class="fallback">
          <p>{fallback.text}</p>
          <a href={fallback.link}>{fallback.linkText}</a>
        </div>
      )}
      {captured && (
        <div class="captured">
          <p>
            {captured.masked.map((m) => (
              <code key={m}>{m}</code>
            ))}{' '}
            is kept in memory for <Countdown until={captured.expiresAt} />.
          </p>
          {captured.next && (
            <a class="primary" href={captured.next.href} target="_blank" rel="noopener noreferrer">
              {captured.next.text}
            </a>
          )}
        </div>
      )}
      <p class={`status ${status.tone}`} role="status">
        {status.text}
      </p>
      {action && (
        <button type="button" class="primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      {link && (
        <a class="secondary" href={link.href}>
          {link.text}
        </a>
      )}
    </section>
  );
}
