// The help article's button: opens the provider's API keys page in a new tab, guide on.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../components/card.css?inline';
import overlayCss from '../../components/overlay.css?inline';
import { mountShadowHost } from '../dom/shadow-host';
import { messages } from '../protocol/client';
import type { Recipe } from '../recipes/schema';
import { t } from './i18n';

export function mountStartButton(ctx: ContentScriptContext, recipe: Recipe) {
  const start = async (event: MouseEvent) => {
    // The background opens the provider's page with its guide shown again.
    if (event.isTrusted) await messages.start(recipe.id);
  };
  const anchor = document.querySelector('h1');
  if (!anchor) return;
  const { container } = mountShadowHost(ctx, cardCss + overlayCss, anchor);
  render(
    <p class="start">
      <button type="button" class="primary" onClick={(e) => void start(e)}>
        {t('docsStart')}
      </button>{' '}
      <span class="detail">{t('docsStartHelp', recipe.name)}</span>
    </p>,
    container,
  );
}
