// The overlay's panel: a non-modal dialog that shows one step, the capture state and, on the
// Upstack form, the Fill button. A function of its props; the engine decides them. Classes, not
// hooks: the provider pages' content scripts carry no preact/hooks.
import { Component, createRef, type Ref } from 'preact';
import { t } from '../lib/ui/i18n';
import { Captured } from './Captured';
import { Checklist } from './Checklist';
import { Chip } from './Chip';
import { type Paste, PasteField } from './PasteField';

export interface PanelView {
  provider: string;
  /** A small card: an offer, or a short note. */
  compact?: boolean;
  /** `index` (0-based) of `count`: the merchant's path, numbered from where it started. */
  step?: {
    index: number;
    count: number;
    title: string;
    detail?: string;
    /** Something the page shows that changes the step (a key of the same name exists). */
    note?: string;
    /** Every step: ticked when done (those before the path unnumbered), the current one marked. */
    checklist?: ChecklistLine[];
  };
  /** Plain instructions mode: the anchors could not be found. The provider's page for the step
   * (`link`), when it is not this page; a help article (`help`). */
  fallback?: {
    text: string;
    link?: string;
    linkText?: string;
    help?: { href: string; text: string };
  };
  status: { text: string; tone: 'info' | 'ok' | 'error' };
  captured?: {
    masked: string[];
    expiresAt: number;
    check?: string;
    /** Said already: one line (the key, its time left) that expands to the rest. */
    brief?: boolean;
    next?: { href: string; text: string };
  };
  action?: {
    label: string;
    /** What the button does, where its label does not say it all (its accessible description). */
    hint?: string;
    onClick: (event: MouseEvent) => void;
    /** The Fill frame watches its button (IntersectionObserver v2, focus). */
    ref?: Ref<HTMLButtonElement>;
    /** Not counted yet (the Fill frame waits until its button has settled): aria-disabled. */
    waiting?: boolean;
  };
  /** Several values of the key's shape: one button each, masked, for the merchant to pick. */
  choices?: { label: string; onClick: (event: MouseEvent) => void }[];
  /** No value to offer: the merchant pastes the key they created, checked like a capture. */
  paste?: Paste;
  /** A link shown under the text, e.g. to start on the provider's page. */
  link?: { href: string; text: string };
}

/** Shows a `popover` element in the browser's top layer (where the Popover API exists). */
export function showInTopLayer(el: HTMLElement | null) {
  if (el?.isConnected && typeof el.showPopover === 'function' && !el.matches(':popover-open'))
    el.showPopover();
}

export interface ChecklistLine {
  title: string;
  state: 'done' | 'current' | 'pending';
  /** Its number on the merchant's path; none for a step they did not need. */
  number?: number;
}

export interface PanelProps {
  view: PanelView;
  onClose: () => void;
  /** The whole document is the panel (the Fill frame): not a popover of its own. */
  embedded?: boolean;
  /** Shown as a small chip (a button that expands it), the status still spoken. */
  collapsed?: boolean;
  /** The panel's own controls to collapse, expand and move it (not in the Fill frame). */
  dock?: { expand: () => void; collapse: () => void; move: () => void };
}

export class Panel extends Component<PanelProps> {
  private panel = createRef<HTMLElement>();
  private onKey = (event: KeyboardEvent) => {
    // Only the merchant's own key press or click: page scripts can reach an open shadow root.
    if (event.key === 'Escape' && event.isTrusted) this.props.onClose();
  };
  override componentDidMount() {
    // The top layer: above any z-index or full-screen layer the page may have.
    if (!this.props.embedded) showInTopLayer(this.panel.current);
    this.panel.current?.addEventListener('keydown', this.onKey);
  }
  override componentWillUnmount() {
    this.panel.current?.removeEventListener('keydown', this.onKey);
  }
  override render() {
    return this.draw(this.props);
  }
  private draw({ view, onClose, embedded, collapsed, dock }: PanelProps) {
    const { step, fallback, status, captured, action, choices, paste, link } = view;
    // Only the merchant's own click: page scripts can reach an open shadow root.
    const trusted = (run: () => void) => (event: MouseEvent) => event.isTrusted && run();
    if (collapsed && dock)
      return (
        <section
          ref={this.panel}
          class="panel collapsed"
          role="dialog"
          aria-label="Upstack Key Assist"
          tabIndex={-1}
          popover={embedded ? undefined : 'manual'}
        >
          <Chip view={view} onClick={trusted(dock.expand)} />
          <p class={`status ${status.tone} hidden-text`} role="status">
            {status.text}
          </p>
        </section>
      );
    return (
      <section
        ref={this.panel}
        class={view.compact ? 'panel compact' : 'panel'}
        role="dialog"
        aria-label="Upstack Key Assist"
        tabIndex={-1}
        popover={embedded ? undefined : 'manual'}
      >
        <header class="bar">
          <span class="brand">Upstack Key Assist · {view.provider}</span>
          {dock && (
            <button
              type="button"
              class="icon"
              aria-label={t('movePanel')}
              title={t('movePanel')}
              onClick={trusted(dock.move)}
            >
              ⤡
            </button>
          )}
          {dock && (
            <button
              type="button"
              class="icon"
              aria-label={t('collapsePanel')}
              aria-expanded="true"
              title={t('collapsePanel')}
              onClick={trusted(dock.collapse)}
            >
              −
            </button>
          )}
          <button
            type="button"
            class="close"
            aria-label={t('close')}
            title={t('closeHint')}
            onClick={(event) => event.isTrusted && onClose()}
          >
            ×
          </button>
        </header>
        {step && <p class="count">{t('stepOf', step.index + 1, step.count)}</p>}
        {step && <h2 class="title">{step.title}</h2>}
        {step?.detail && <p class="detail">{step.detail}</p>}
        {step?.note && <p class="note">{step.note}</p>}
        {fallback && (
          <div class="fallback">
            <p>{fallback.text}</p>
            {/* In the Fill frame the page to open is the dashboard's own: the tab, not the frame. */}
            {fallback.link && (
              <a href={fallback.link} target={embedded ? '_top' : undefined}>
                {fallback.linkText}
              </a>
            )}
            {fallback.help && (
              <a href={fallback.help.href} target="_blank" rel="noopener noreferrer">
                {fallback.help.text}
              </a>
            )}
          </div>
        )}
        {captured && <Captured captured={captured} />}
        <p class={`status ${status.tone}`} role="status">
          {status.text}
        </p>
        {choices && (
          <div class="choices">
            {choices.map((choice) => (
              <button type="button" class="secondary" key={choice.label} onClick={choice.onClick}>
                {choice.label}
              </button>
            ))}
          </div>
        )}
        {paste && <PasteField paste={paste} />}
        {action && (
          <button
            type="button"
            class="primary"
            title={action.hint}
            ref={action.ref}
            aria-disabled={action.waiting ? 'true' : undefined}
            onClick={action.onClick}
          >
            {action.label}
          </button>
        )}
        {link && (
          <a
            class="secondary"
            href={link.href}
            {...(embedded ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {link.text}
          </a>
        )}
        {step?.checklist && <Checklist lines={step.checklist} />}
      </section>
    );
  }
}
