// Forget, on a provider's card in the popup (components/ProviderCard.tsx), asked once more before
// the key goes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Recipe } from '../lib/recipes/schema';
import { t } from '../lib/ui/i18n';

/** Forget, asked once more: the key cannot come back, and the guide ends in every tab. */
export function Forget({ recipe, onForget }: { recipe: Recipe; onForget: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const forget = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // Focus follows the question: on the safe answer when it opens, back on Forget when kept.
    if (asking) keep.current?.focus();
    else if (asked.current) forget.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button type="button" class="forget" ref={forget} onClick={() => setAsking(true)}>
        {t('popupForgetProvider', recipe.name)}
      </button>
    );
  return (
    <fieldset class="confirm">
      <legend>{t('popupForgetQuestion', recipe.name)}</legend>
      <div class="actions">
        <button type="button" class="danger" onClick={() => void onForget()}>
          {t('popupForgetConfirm', recipe.name)}
        </button>
        <button type="button" ref={keep} onClick={() => setAsking(false)}>
          {t('popupForgetCancel', recipe.name)}
        </button>
      </div>
    </fieldset>
  );
}
