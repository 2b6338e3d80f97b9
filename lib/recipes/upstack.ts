// The guide on the Upstack dashboard, as Upstack's guides document a new destination: Events
// Destination > "+ New Destination" > the platform > Next > the platform's form > its own save
// button ("Create Configuration"). Data only, run by lib/engine/upstack.ts with the same planning and
// prefill as a provider recipe. Where Upstack's labels are not documented, each anchor names
// role and name first, visible text next, CSS last, so that a renamed button costs a fallback
// (plain instructions and a link) rather than a dead end.
// Source: Upstack's Snapchat and TikTok destination guides (../shared/providers.md).
import { UPSTACK_ORIGIN } from './pages';
import type { Recipe, Step, UpstackGuide } from './schema';
import { mayType, type Typing } from './typed';

/** Upstack's documented entry page for a new destination. */
export const UPSTACK_ENTRY = `${UPSTACK_ORIGIN}/pixel/event-destinations`;

export const upstackGuide: UpstackGuide = {
  steps: [
    {
      id: 'events-destination',
      title: 'upstackStepOpenTitle',
      detail: 'upstackStepOpenDetail',
      target: {
        role: 'link|tab|button',
        name: ['Events Destination', 'Event Destinations', 'Events Destinations'],
        text: ['Events Destination'],
        css: 'a[href*="event-destinations"]',
      },
      link: UPSTACK_ENTRY,
    },
    {
      id: 'new-destination',
      title: 'upstackStepNewTitle',
      detail: 'upstackStepNewDetail',
      when: { path: ['/pixel/event-destinations*'] },
      target: {
        role: 'button|link',
        name: ['+ New Destination', 'New Destination', 'Add Destination', 'New destination'],
        text: ['New Destination'],
      },
      link: UPSTACK_ENTRY,
    },
    {
      id: 'pick',
      title: 'upstackStepPickTitle',
      detail: 'upstackStepPickDetail',
      when: {
        present: {
          role: 'dialog|heading',
          name: ['Select a Destination', 'Select Destination', 'New Destination'],
        },
      },
      // The platform card, chosen for the merchant and read back from its checked state.
      prefill: [
        {
          kind: 'choose',
          field: {
            role: 'radio|option|tab',
            name: ['{platform}'],
            text: ['{platform}'],
          },
        },
      ],
      target: { role: 'button', name: ['Next', 'Continue'], text: ['Next'] },
      link: UPSTACK_ENTRY,
    },
    {
      id: 'fill',
      title: 'upstackStepFillTitle',
      detail: 'upstackStepFillDetail',
      // The ring: the form's key field.
      when: { form: 'shown' },
    },
    {
      // Only for a recipe with fields the merchant types (`upstack.typed`): the ring on the
      // first one left empty once the key is filled.
      id: 'type',
      title: 'upstackStepTypeTitle',
      detail: 'upstackStepTypeDetail',
      when: { form: 'typing' },
    },
    {
      // Only for a recipe with a control the merchant ticks (`upstack.enable`): the ring on it
      // while it is off, once the key is filled and the typed fields are in.
      id: 'enable',
      title: 'upstackStepEnableTitle',
      detail: 'upstackStepEnableDetail',
      when: { form: 'enabling' },
    },
    {
      id: 'save',
      title: 'upstackStepSaveTitle',
      detail: 'upstackStepSaveDetail',
      when: { form: 'filled' },
      target: {
        role: 'button',
        name: ['Create Configuration', 'Save', 'Save destination', 'Connect', 'Create', 'Update'],
        css: 'button[type=submit], input[type=submit]',
      },
    },
  ],
};

/** The guide's steps for this provider: the typing step only where the merchant may type a field
 * (lib/recipes/typed.ts),
 * the enabling step only where the form has a control to tick. */
export function upstackSteps(recipe: Typing & Pick<Recipe, 'upstack'>): { steps: Step[] } {
  const own = { typing: mayType(recipe), enabling: !!recipe.upstack.enable };
  return {
    steps: upstackGuide.steps.filter((s) => {
      const form = s.when?.form;
      return !(form === 'typing' || form === 'enabling') || own[form];
    }),
  };
}

/** After the merchant saves the form, Upstack shows the destination on a card among the
 * destinations, "Healthy" once it works, unhealthy otherwise (../shared/providers.md). Tolerant
 * text matches: whole words, case aside, in an element of `card` that names the platform. */
export interface UpstackHealth {
  card: string;
  healthy: string[];
  /** Looked for first: "Unhealthy" and "Not healthy" hold the healthy word too. */
  unhealthy: string[];
  /** How long after the save the card is watched. */
  watchMs: number;
}

export const upstackHealth: UpstackHealth = {
  card: 'li, [role=listitem], [role=row], tr, article, [class*=card], [class*=Card], [class*=destination]',
  healthy: ['Healthy'],
  unhealthy: ['Unhealthy', 'Not healthy', 'Failing', 'Disconnected'],
  watchMs: 120_000,
};
