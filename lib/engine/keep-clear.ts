// What the panel must leave visible on a provider page besides its target: the step's fields,
// where the key showed, the page's Copy button, the submit button of the form they are in, and
// the buttons and fields of the page's open dialogs (Show, Copy, Done, a masked key: before the
// key shows too).
import { closestAcross, deepQueryAll, OWN_HOST } from '../dom/deep';
import { isRendered } from '../dom/visible';

const SUBMIT = 'button[type=submit], input[type=submit], button:not([type])';
const CONTROLS = `input:not([type=hidden]), select, textarea, [type=submit]`;

/** The submit buttons of the forms (or, without one, the dialogs) the elements are in. */
export function submitButtons(elements: Element[]): Element[] {
  const regions = new Set<Element>();
  for (const el of elements) {
    const region = closestAcross(el, 'form') ?? closestAcross(el, 'dialog, [role=dialog]');
    if (region) regions.add(region);
  }
  const buttons = new Set<Element>();
  for (const region of regions) {
    const inside = region.localName === 'form' ? SUBMIT : '[type=submit]';
    for (const button of region.querySelectorAll(inside)) buttons.add(button);
  }
  return [...buttons];
}

/** The form controls (and submit buttons) of the form or dialog each element is in: where the
 * key showed, the fields around it. */
export function regionControls(elements: Element[]): Element[] {
  const controls = new Set<Element>();
  for (const el of elements) {
    const region = closestAcross(el, 'form, dialog, [role=dialog]');
    if (!region) continue;
    for (const control of region.querySelectorAll(CONTROLS)) controls.add(control);
  }
  return [...controls];
}

/** The buttons and fields of the page's open dialogs, in their shadow roots and same-origin
 * frames too; a web component's dialog part (in its shadow root) holds what is slotted into its
 * host. */
export function dialogControls(doc: Document = document): Element[] {
  return deepQueryAll(doc, 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]')
    .filter((dialog) => isRendered(dialog) && !closestAcross(dialog, OWN_HOST))
    .flatMap((dialog) => {
      const root = dialog.getRootNode() as ShadowRoot;
      return deepQueryAll(
        root.host ?? dialog,
        'button, [role=button], input:not([type=hidden]), textarea, code, pre',
      );
    })
    .filter(isRendered);
}

/** Everything to keep clear, once each. */
export function keepClear(...groups: (Element | null | undefined | false | Element[])[]) {
  const all = new Set<Element>();
  for (const group of groups) {
    if (Array.isArray(group)) for (const el of group) all.add(el);
    else if (group) all.add(group);
  }
  return [...all];
}

const DIALOG_CONTROLS =
  'button, a[href], input:not([type=hidden]), select, textarea, label, [role=button], [role=radio], [role=option], [role=tab], [role=checkbox]';

/** Every control of the dialog the step's target is in (Upstack's platform picker: its cards,
 * Next and Cancel); none outside a dialog. */
export function targetDialogControls(target: Element | undefined): Element[] {
  const dialog = target && closestAcross(target, 'dialog, [role=dialog]');
  return dialog ? [...dialog.querySelectorAll(DIALOG_CONTROLS)] : [];
}
