// The viewport's corners the panel docks to: their names alone, for the placement
// (position.ts), the merchant's stored dock (panel-dock.ts) and the offer's card (offer-card.ts),
// which carries no placement of its own.

/** A corner of the viewport the panel docks to, when it has no target or no room beside it. */
export type Corner = 'bottom-right' | 'bottom-left' | 'top-left' | 'top-right';
/** Clockwise from the bottom right: the order "move to another corner" cycles through. */
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];
