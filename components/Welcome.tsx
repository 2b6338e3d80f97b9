// The first-run page, opened once on install: what the extension does, which sites it reads,
// what it keeps (README "Sites" and "Permissions", PRIVACY.md), and a Start per provider.
import { browser } from 'wxt/browser';
import { HELP_URL } from '../lib/help';
import { recipes } from '../lib/recipes';
import { t } from '../utils/i18n';
import { messages } from '../utils/messaging';
import { Mark } from './Mark';

const UPSTACK = 'https://app.upstackdata.com';

export function Welcome() {
  // The popup's Start: the provider's API keys page opens in a new tab with the guide running.
  const start = (provider: string) => () => void messages.start(provider);
  return (
    <main class="welcome">
      <header class="brand">
        <Mark size={48} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="intro">{t('welcomeIntro')}</p>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">{t('welcomeStartHeading')}</h2>
        <p>{t('welcomeStartHint')}</p>
        <ul class="starts">
          {recipes.map((recipe) => (
            <li key={recipe.id}>
              <button type="button" class="primary" onClick={start(recipe.id)}>
                {t('popupStartProvider', recipe.name)}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="reads-heading">
        <h2 id="reads-heading">{t('welcomeReadsHeading')}</h2>
        <ul class="facts">
          <li>{t('welcomeReadsProviders', recipes.map((r) => r.name).join(', '))}</li>
          <li>{t('welcomeReadsUpstack', UPSTACK)}</li>
          <li>{t('welcomeReadsDocs')}</li>
          <li>{t('welcomeReadsNothingElse')}</li>
        </ul>
      </section>

      <section aria-labelledby="keeps-heading">
        <h2 id="keeps-heading">{t('welcomeKeepsHeading')}</h2>
        <ul class="facts">
          <li>{t('welcomeKeepsKey')}</li>
          <li>{t('welcomeKeepsSettings')}</li>
          <li>{t('welcomeBadge')}</li>
        </ul>
      </section>

      <footer class="links">
        <a href={HELP_URL} target="_blank" rel="noreferrer">
          {t('popupHelp')}
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popupOptions')}
        </a>
      </footer>
    </main>
  );
}
