// The first-run page's three pictures of the flow, drawn inline (they follow the page's colours,
// light and dark): the guide points at a button on the provider's dashboard, the key is kept in
// memory, then filled into the Upstack form. Decorative: each sentence under it says the same.
import type { JSX } from 'preact';
import { type MessageKey, t } from '../lib/ui/i18n';

const Window = ({ children }: { children: JSX.Element | JSX.Element[] }) => (
  <svg class="picture" viewBox="0 0 160 100" width="160" height="100" aria-hidden="true">
    <rect class="pic-window" x="1" y="1" width="158" height="98" rx="8" />
    <path class="pic-line" d="M1 16h158" />
    <circle class="pic-dot" cx="10" cy="8.5" r="2.5" />
    <circle class="pic-dot" cx="18" cy="8.5" r="2.5" />
    <circle class="pic-dot" cx="26" cy="8.5" r="2.5" />
    {children}
  </svg>
);

/** 1. A dashboard, its button ringed by the guide, a pointer on it. */
const Guide = () => (
  <Window>
    <rect class="pic-bar" x="12" y="26" width="70" height="7" rx="3" />
    <rect class="pic-bar" x="12" y="40" width="100" height="5" rx="2.5" />
    <rect class="pic-bar" x="12" y="50" width="86" height="5" rx="2.5" />
    <rect class="pic-brand" x="12" y="66" width="52" height="16" rx="5" />
    <rect class="pic-ring" x="8" y="62" width="60" height="24" rx="8" />
    <path class="pic-pointer" d="M58 76l0 16l4-4l4 7l3-2l-4-6l6 0z" />
    <rect class="pic-panel" x="104" y="26" width="46" height="48" rx="6" />
    <rect class="pic-brand" x="110" y="34" width="20" height="4" rx="2" />
    <rect class="pic-bar" x="110" y="44" width="34" height="4" rx="2" />
    <rect class="pic-bar" x="110" y="52" width="28" height="4" rx="2" />
  </Window>
);

/** 2. The new key, taken into memory with a clock: kept for minutes only. */
const Capture = () => (
  <Window>
    <rect class="pic-bar" x="12" y="28" width="60" height="6" rx="3" />
    <rect class="pic-field" x="12" y="42" width="86" height="16" rx="4" />
    <text class="pic-text" x="18" y="53.5">
      pk_••••••••
    </text>
    <path class="pic-arrow" d="M104 50h18m-6-6l6 6l-6 6" />
    <circle class="pic-brand" cx="138" cy="50" r="14" />
    <path class="pic-on-brand" d="M138 42v8l5 4" />
    <rect class="pic-bar" x="12" y="70" width="110" height="5" rx="2.5" />
  </Window>
);

/** 3. The Upstack form: the key filled into its field, the Fill button pressed. */
const Fill = () => (
  <Window>
    <rect class="pic-bar" x="12" y="26" width="54" height="6" rx="3" />
    <rect class="pic-bar" x="12" y="40" width="40" height="4" rx="2" />
    <rect class="pic-field filled" x="12" y="48" width="96" height="16" rx="4" />
    <path class="pic-check" d="M94 56l4 4l7-8" />
    <rect class="pic-brand" x="12" y="72" width="58" height="16" rx="5" />
    <rect class="pic-bar on-brand" x="20" y="78" width="42" height="4" rx="2" />
    <rect class="pic-panel" x="116" y="26" width="34" height="62" rx="6" />
    <rect class="pic-brand" x="122" y="34" width="22" height="4" rx="2" />
  </Window>
);

const STEPS: { picture: () => JSX.Element; text: MessageKey }[] = [
  { picture: Guide, text: 'welcomeHowGuide' },
  { picture: Capture, text: 'welcomeHowCapture' },
  { picture: Fill, text: 'welcomeHowFill' },
];

export function FlowPictures() {
  return (
    <ol class="pictures">
      {STEPS.map(({ picture: Picture, text }) => (
        <li key={text}>
          <Picture />
          <p>{t(text, t('fillApiKey'))}</p>
        </li>
      ))}
    </ol>
  );
}
