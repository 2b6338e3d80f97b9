// Where the armed capture may find the new key: what opened after the merchant's click (a dialog
// or popover, or a subtree added since), and for a loose shape (no fixed prefix: Optimove, ads
// tokens) the key's own context there: the dialog that opened, or where the recipe's hints point,
// never a list or table (a page's campaign names are ordinary identifiers of the same shape).
// Holds only weak references to the page, forgotten at each arming.
import { closestAcross, isElement, parentAcross } from '../dom/deep';
import { isRendered } from '../dom/visible';

/** Where a dialog or panel that shows a key lives. */
export const REGION = 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [popover]';
/** Lists and tables: where a page shows many values of a kind (names, ids), not one new key. */
const LISTS =
  'ul, ol, table, [role=list], [role=listbox], [role=table], [role=grid], [role=treegrid], [role=rowgroup]';

/** Where a copy button keeps what it copies. */
export function copyAttributes(button: Element): string[] {
  return ['data-clipboard-text', 'data-copy', 'data-value', 'value']
    .map((name) => button.getAttribute(name))
    .filter((value): value is string => !!value);
}

export interface Scope {
  /** A new arming: `pressed` is where the merchant's press landed, `regions` the dialogs and
   * popovers in the page now (none of them opened after the click). */
  arm(pressed: EventTarget | undefined, regions: readonly Element[]): void;
  /** A subtree the page added since the click. */
  added(node: Node): void;
  /** In what opened after the click: a dialog or popover that opened since, or a subtree added
   * since (in a dialog already open at the click, only the one the merchant pressed in). */
  inNewRegion(el: Element): boolean;
  /** Where the new key itself shows: in what opened after the click and, for a loose shape, in
   * a dialog that opened then, or at one of the recipe's hints, never in a list or table. */
  inContext(el: Element, loose: boolean): boolean;
}

export function createScope(hintCss: string | undefined): Scope {
  /** Subtrees added since the click: the dialog or panel that opened. */
  let fresh = new WeakSet<Node>();
  /** Dialogs and popovers already rendered at the click. */
  let oldRegions = new WeakSet<Element>();
  /** The dialog the merchant's press armed the capture in (weak: it may go). */
  let armedIn: WeakRef<Element> | undefined;

  /** The nearest dialog or popover around `el` that opened after the click, if any; `null`
   * when `el` is in none, `false` when its region was there at the click (not pressed in). */
  function openedRegion(el: Element): Element | null | false {
    let added = false;
    for (let at: Element | null = el; at; at = parentAcross(at)) {
      if (fresh.has(at)) added = true;
      if (at.matches(REGION)) {
        const region = at;
        return !oldRegions.has(region) || (added && region === armedIn?.deref()) ? region : false;
      }
    }
    return null;
  }

  function inNewRegion(el: Element): boolean {
    const region = openedRegion(el);
    if (region) return true;
    if (region === false) return false;
    for (let at: Element | null = el; at; at = parentAcross(at)) if (fresh.has(at)) return true;
    return false;
  }

  return {
    arm(pressed, regions) {
      fresh = new WeakSet();
      oldRegions = new WeakSet(regions.filter(isRendered));
      // On the flat tree: a web component's slotted content is inside its dialog part.
      const region = isElement(pressed) ? closestAcross(pressed, REGION) : null;
      armedIn = region ? new WeakRef(region) : undefined;
    },
    added(node) {
      fresh.add(node);
    },
    inNewRegion,
    inContext(el, loose) {
      if (!inNewRegion(el)) return false;
      if (!loose || openedRegion(el)) return true;
      // Added outside any dialog: only where the recipe's hints point, never in a list.
      if (hintCss && el.matches(hintCss)) return true;
      return !closestAcross(el, LISTS) && !!hintCss && !!closestAcross(el, hintCss);
    },
  };
}
