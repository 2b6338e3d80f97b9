// What the panel shows on a provider page once a guide ended, and the merchant's next action.
// Builds PanelView only (the step's views: guide-view.ts; the offer is no panel view: it is
// drawn without the panel, lib/ui/offer-card.ts).
import type { PanelView } from '../../components/Panel';
import type { EndReason } from '../protocol/messages';
import type { Recipe } from '../recipes/schema';
import { t } from '../ui/i18n';
import { linkFor } from './plan';

/** How the guide ended, and the merchant's next action. */
export function endView(
  recipe: Recipe,
  reason: EndReason,
  keyName: string,
  anew: (event: MouseEvent) => void,
): PanelView {
  const name = recipe.name;
  const view: PanelView = { provider: name, status: { text: '', tone: 'info' } };
  switch (reason) {
    case 'done':
      return { ...view, status: { text: t('endDone', name), tone: 'ok' } };
    case 'closed':
      return { ...view, compact: true, status: { text: t('endClosed'), tone: 'info' } };
    case 'forgotten':
    case 'expired':
      // The unused key stays in the provider: the link is where to revoke it.
      return {
        ...view,
        status: {
          text: t(reason === 'expired' ? 'endExpired' : 'endForgotten', name, keyName),
          tone: 'info',
        },
        action: { label: t('createNewKey'), onClick: anew },
        link: {
          href: linkFor(recipe, recipe.links.apiKeys, location.origin),
          text: t('openApiKeys', name),
        },
      };
  }
}
