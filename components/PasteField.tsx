// The field the merchant pastes the key into when the capture cannot take it itself ("too many"
// to ask about, or a key shown with a part no one can read). The value comes from the paste
// event, the merchant's own gesture (the clipboard is never read otherwise), and never enters
// the field: the panel's DOM, open to page scripts, never holds it. What is typed or dropped is
// not taken. The engine has it checked by the background like a capture; a refusal is said here.
import { Component, createRef } from 'preact';
import { t } from '../lib/ui/i18n';

export interface Paste {
  label: string;
  /** The pasted text: undefined once taken, else why not (nothing changed). */
  onPaste: (value: string) => Promise<string | undefined>;
}

interface State {
  error?: string;
}

export class PasteField extends Component<{ paste: Paste }, State> {
  private field = createRef<HTMLInputElement>();
  private onPaste = (event: ClipboardEvent) => {
    event.preventDefault();
    if (!event.isTrusted) return;
    const value = event.clipboardData?.getData('text/plain') ?? '';
    this.setState({ error: undefined });
    void this.props.paste.onPaste(value).then((error) => this.setState({ error }));
  };
  private refuse = (event: Event) => {
    event.preventDefault();
    if (event.isTrusted) this.setState({ error: t('pasteOnly') });
  };
  override componentDidMount() {
    const field = this.field.current;
    field?.addEventListener('paste', this.onPaste);
    field?.addEventListener('beforeinput', this.refuse);
    field?.addEventListener('drop', this.refuse);
  }
  override componentWillUnmount() {
    const field = this.field.current;
    field?.removeEventListener('paste', this.onPaste);
    field?.removeEventListener('beforeinput', this.refuse);
    field?.removeEventListener('drop', this.refuse);
  }
  override render() {
    const { error } = this.state;
    return (
      <div class="paste">
        <label>
          {this.props.paste.label}
          <input
            ref={this.field}
            type="text"
            autocomplete="off"
            spellcheck={false}
            aria-invalid={error ? 'true' : undefined}
          />
        </label>
        {error && (
          <p class="status error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }
}
