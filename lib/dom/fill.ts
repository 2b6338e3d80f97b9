// Puts values into a page the way a person would, so that React, Angular or Vue take them:
// the native value setter (bypassing a framework's own property), then bubbling input/change.

type TextField = HTMLInputElement | HTMLTextAreaElement;

const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'image',
  'hidden',
]);

/** An input or textarea that takes typed text (a readonly one still counts: its value can be read). */
export function isTextField(el: Element): el is TextField {
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && !NOT_TEXT.has((el as HTMLInputElement).type);
}

export function setValue(field: TextField, value: string): void {
  const win = field.ownerDocument.defaultView as Window & typeof globalThis;
  const proto =
    field instanceof win.HTMLTextAreaElement ? win.HTMLTextAreaElement : win.HTMLInputElement;
  field.focus({ preventScroll: true });
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new win.Event('input', { bubbles: true }));
  field.dispatchEvent(new win.Event('change', { bubbles: true }));
}

/** The control a card, label or option stands for, and whether it is already selected. */
function isSelected(el: Element): boolean {
  const control =
    el.localName === 'label'
      ? (el as HTMLLabelElement).control
      : (el.querySelector('input[type=radio], input[type=checkbox]') ?? el);
  if (control && 'checked' in control) return Boolean((control as HTMLInputElement).checked);
  return (
    el.getAttribute('aria-checked') === 'true' ||
    el.getAttribute('aria-selected') === 'true' ||
    el.getAttribute('aria-pressed') === 'true'
  );
}

/** Selects a radio card, checkbox or option by clicking it, unless it is selected already. */
export function choose(el: Element): void {
  if (isSelected(el)) return;
  (el as HTMLElement).click();
}
