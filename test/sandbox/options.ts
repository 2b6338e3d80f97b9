/** How a test bends the sandbox. Every option is off by default: the pages then behave as the real ones. */
export interface SandboxOptions {
  /** `no-anchors`: a redesign where no expected label exists; `late-form`: the create form renders 2 s late. */
  variant?: 'default' | 'no-anchors' | 'late-form';
  /** Show this instead of the generated key after Create (bad-input cases). Dotdigital judges
   * this password on Save instead of the typed one, to have Save refused. */
  shownKey?: string;
  /** Show the key masked; only the Copy button carries the full key. */
  keyOnlyInCopy?: boolean;
}
