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

/** `focus: false`: the value only (the Upstack fill leaves focus where the merchant has it, so
 * that keys typed next never land after the key). */
export function setValue(field: TextField, value: string, { focus = true } = {}): void {
  const win = field.ownerDocument.defaultView as Window & typeof globalThis;
  const proto =
    field instanceof win.HTMLTextAreaElement ? win.HTMLTextAreaElement : win.HTMLInputElement;
  if (focus) field.focus({ preventScroll: true });
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(field, value);
  // Composed, as the browser's own are: a web component may listen outside its shadow root.
  field.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
}

/** Whether a radio card, label, checkbox, switch, segment or option is selected. */
export function isSelected(el: Element): boolean {
  const control =
    el.localName === 'label'
      ? (el as HTMLLabelElement).control
      : (el.querySelector('input[type=radio], input[type=checkbox]') ?? el);
  if (control && 'checked' in control && typeof control.checked === 'boolean')
    return (control as HTMLInputElement).checked;
  return ['aria-checked', 'aria-selected', 'aria-pressed'].some(
    (name) => el.getAttribute(name) === 'true' || control?.getAttribute(name) === 'true',
  );
}

/**
 * Presses an element with the event sequence component libraries listen for: pointer and mouse
 * down and up, then click (MUI opens a Select on mousedown, Radix on pointerdown, Angular
 * Material and Element Plus on click).
 */
export function press(el: Element): void {
  const win = el.ownerDocument.defaultView as Window & typeof globalThis;
  // No coordinates: reading them would force a layout, and the libraries read the target.
  const at = { bubbles: true, cancelable: true, composed: true, button: 0, view: win };
  const Pointer = win.PointerEvent ?? win.MouseEvent;
  const pointer = { ...at, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  el.dispatchEvent(new Pointer('pointerdown', { ...pointer, buttons: 1 }));
  el.dispatchEvent(new win.MouseEvent('mousedown', { ...at, buttons: 1 }));
  el.dispatchEvent(new Pointer('pointerup', pointer));
  el.dispatchEvent(new win.MouseEvent('mouseup', at));
  (el as HTMLElement).click();
}

/** A native `<select>`: picks the option whose text is one of `names`; false when none is. */
export function selectNative(select: HTMLSelectElement, names: string[]): boolean {
  const wanted = names.map((n) => n.trim().toLowerCase());
  const option = Array.from(select.options).find((o) =>
    wanted.includes(o.text.trim().toLowerCase()),
  );
  if (!option) return false;
  if (select.value !== option.value) {
    select.value = option.value;
    const win = select.ownerDocument.defaultView as Window & typeof globalThis;
    select.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
  }
  return true;
}
