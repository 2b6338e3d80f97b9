// The first-run page: what the extension does, in three pictures; the popup's provider grid to
// start one; which sites it reads and what it keeps.
import { messages } from '../lib/protocol/client';
import { recipes } from '../lib/recipes';
import { t } from '../lib/ui/i18n';
import { FlowPictures } from './FlowPictures';
import { Mark } from './Mark';
import { PageLinks } from './PageLinks';
import { ProviderGrid } from './ProviderGrid';

const UPSTACK = 'https://app.upstackdata.com';

export function Welcome() {
  // The popup's Start: the provider's API keys page opens in a new tab with the guide running.
  const start = (provider: string) => messages.start(provider);
  return (
    <main class="welcome">
      <header class="brand">
        <Mark size={48} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="intro">{t('welcomeIntro')}</p>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('welcomeHowHeading')}</h2>
        <FlowPictures />
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">{t('welcomeStartHeading')}</h2>
        <p>{t('welcomeStartHint')}</p>
        <ProviderGrid providers={recipes} onStart={(recipe) => start(recipe.id)} />
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

      <PageLinks />
    </main>
  );
}
