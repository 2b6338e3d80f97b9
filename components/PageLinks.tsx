// The extension pages' footer: Upstack's help articles and the options page.
import { browser } from 'wxt/browser';
import { HELP_URL } from '../lib/ui/help';
import { t } from '../lib/ui/i18n';

export function PageLinks() {
  return (
    <footer class="links">
      <a href={HELP_URL} target="_blank" rel="noreferrer">
        {t('popupHelp')}
      </a>
      <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
        {t('popupOptions')}
      </a>
    </footer>
  );
}
