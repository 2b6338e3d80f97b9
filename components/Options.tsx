// The options page: settings in storage.sync (never a secret) and each provider's own host.
// A bad value gets a message next to its field (and a red border) and is not saved; the old
// value stays. A summary at the top names every problem and takes the focus; each of its links
// leads to its field. A provider's own settings show only once the merchant uses or started
// that provider (lib/ui/provider-settings.ts), the others behind a "Show … settings" button.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings } from '../lib/background/preferences';
import { checkSetting, type Settings, type SettingsField } from '../lib/background/settings';
import { messages } from '../lib/protocol/client';
import type { Overview } from '../lib/protocol/messages';
import { recipes } from '../lib/recipes';
import { type OptionChoices, optionValues, readChoices } from '../lib/recipes/options';
import type { Recipe } from '../lib/recipes/schema';
import { type MessageKey, t } from '../lib/ui/i18n';
import { hasOwnSettings, providerFields, providerInUse } from '../lib/ui/provider-settings';
import { Mark } from './Mark';

type Draft = Record<'keyName' | 'ttlMinutes' | 'contactEmail' | 'upstackOrigin', string>;
type TextField = {
  field: keyof Draft;
  label: MessageKey;
  help: MessageKey;
  type: 'text' | 'number' | 'email' | 'url';
};
/** Settings for every provider, then each provider's own, one group per provider. */
const GENERAL_FIELDS: TextField[] = [
  { field: 'keyName', label: 'optKeyName', help: 'optKeyNameHelp', type: 'text' },
  { field: 'ttlMinutes', label: 'optTtl', help: 'optTtlHelp', type: 'number' },
  { field: 'upstackOrigin', label: 'optUpstackOrigin', help: 'optUpstackOriginHelp', type: 'url' },
];
/** The general settings only one provider uses (lib/ui/provider-settings.ts), as fields. */
const OWN_FIELDS: TextField[] = [
  { field: 'contactEmail', label: 'optContactEmail', help: 'optContactEmailHelp', type: 'email' },
];
const fieldsOf = (recipe: Recipe) =>
  OWN_FIELDS.filter(({ field }) => providerFields(recipe.id).includes(field));
/** Providers with settings of their own, in the popup's order. */
const OWN = recipes.filter((recipe) => hasOwnSettings(recipe.id));

function toDraft(settings: Settings): Draft {
  return {
    keyName: settings.keyName,
    ttlMinutes: String(settings.ttlMinutes),
    contactEmail: settings.contactEmail,
    upstackOrigin: settings.upstackOrigin,
  };
}

export function Options() {
  const [saved, setSaved] = useState<Settings>();
  const [draft, setDraft] = useState<Draft>();
  const [disabled, setDisabled] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [status, setStatus] = useState('');
  const [overview, setOverview] = useState<Overview>();
  const [choices, setChoices] = useState<OptionChoices>({});
  /** Providers whose own settings the merchant asked to see. */
  const [revealed, setRevealed] = useState<string[]>([]);
  const summary = useRef<HTMLElement>(null);
  // Each save with problems moves the focus to the summary, which names them all.
  const [saves, setSaves] = useState(0);

  useEffect(() => {
    void loadSettings().then((settings) => {
      setSaved(settings);
      setDraft(toDraft(settings));
      setDisabled(settings.disabled);
      setChoices(settings.options);
    });
    // What the background knows of this session (guides started, keys held): never a secret.
    void messages.overview().then(setOverview, () => undefined);
  }, []);
  useEffect(() => {
    if (saves) summary.current?.focus();
  }, [saves]);
  if (!saved || !draft) return null;
  const shown = (recipe: Recipe) =>
    revealed.includes(recipe.id) ||
    providerInUse(recipe.id, overview, saved) ||
    fieldsOf(recipe).some(({ field }) => errors[field]);

  const save = async (event: Event) => {
    event.preventDefault();
    // A new dashboard origin needs its host permission, asked within this click.
    const origin = checkSetting('upstackOrigin', draft.upstackOrigin.trim());
    const newOrigin =
      origin.ok && origin.value && origin.value !== saved.upstackOrigin ? origin.value : '';
    const granted = newOrigin ? browser.permissions.request({ origins: [`${newOrigin}/*`] }) : true;
    const next: Partial<Settings> = { disabled, options: readChoices(choices) };
    const problems: Partial<Record<SettingsField, string>> = {};
    for (const [field, raw] of Object.entries(draft) as [keyof Draft, string][]) {
      const checked = checkSetting(
        field,
        field === 'ttlMinutes' ? (raw.trim() ? Number(raw) : Number.NaN) : raw,
      );
      if (checked.ok) Object.assign(next, { [field]: checked.value });
      else problems[field] = t(checked.message);
    }
    if (newOrigin && !(await granted)) {
      next.upstackOrigin = saved.upstackOrigin;
      problems.upstackOrigin = t('optPermissionDenied', newOrigin);
    }
    const merged = { ...saved, ...next };
    await saveSettings(merged);
    setSaved(merged);
    setErrors(problems);
    const count = Object.keys(problems).length;
    setStatus(count ? '' : t('optSaved'));
    if (count) setSaves(saves + 1);
  };
  // The summary lists the problems in the form's order, each with its field's label.
  const problems = [...GENERAL_FIELDS, ...OWN_FIELDS]
    .filter(({ field }) => errors[field])
    .map(({ field, label }) => ({ field, text: `${t(label)}: ${errors[field]}` }));

  const textField = ({ field, label, help, type }: TextField) => (
    <p key={field} class="field">
      <label for={field}>{t(label)}</label>
      <input
        id={field}
        // One field type per row; Preact's input typings want a single literal here.
        type={type as 'text'}
        value={draft[field]}
        aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={`${field}-help${errors[field] ? ` ${field}-error` : ''}`}
        onInput={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
      />
      <span id={`${field}-help`} class="help">
        {t(help)}
      </span>
      {errors[field] && (
        <strong id={`${field}-error`} class="error">
          {errors[field]}
        </strong>
      )}
    </p>
  );

  return (
    <main class="options">
      <header class="brand">
        <Mark size={40} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      {problems.length > 0 && (
        <section class="summary" aria-labelledby="summary-heading" tabIndex={-1} ref={summary}>
          <h2 id="summary-heading">{t('optProblemsHeading')}</h2>
          <ul>
            {problems.map(({ field, text }) => (
              <li key={field}>
                <a
                  href={`#${field}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(field)?.focus();
                  }}
                >
                  {text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form onSubmit={save} noValidate>
        {GENERAL_FIELDS.map(textField)}
        {OWN.map((recipe) =>
          shown(recipe) ? (
            <fieldset key={recipe.id}>
              <legend>{recipe.name}</legend>
              {fieldsOf(recipe).map(textField)}
              {recipe.options?.map((option) => {
                const chosen = optionValues(recipe, choices)[option.id];
                const choose = (value: string) =>
                  setChoices({
                    ...choices,
                    [recipe.id]: { ...choices[recipe.id], [option.id]: value },
                  });
                return (
                  <fieldset key={option.id}>
                    <legend>{t(option.label)}</legend>
                    {option.choices.map(({ value, label }) => (
                      <label key={value} class="choice">
                        <input
                          type="radio"
                          name={`${recipe.id}-${option.id}`}
                          checked={chosen === value}
                          onChange={() => choose(value)}
                        />{' '}
                        {t(label)}
                      </label>
                    ))}
                  </fieldset>
                );
              })}
            </fieldset>
          ) : (
            <p class="more" key={recipe.id}>
              <button
                type="button"
                aria-expanded="false"
                onClick={() => setRevealed([...revealed, recipe.id])}
              >
                {t('optShowProvider', recipe.name)}
              </button>
            </p>
          ),
        )}
        <fieldset>
          <legend>{t('optProviders')}</legend>
          {recipes.map((recipe) => (
            <label key={recipe.id} class="choice">
              <input
                type="checkbox"
                checked={!disabled.includes(recipe.id)}
                onChange={(e) =>
                  setDisabled(
                    e.currentTarget.checked
                      ? disabled.filter((id) => id !== recipe.id)
                      : [...disabled, recipe.id],
                  )
                }
              />{' '}
              {t('optProviderOn', recipe.name)}
            </label>
          ))}
        </fieldset>
        <div class="save-bar">
          <button type="submit" class="primary">
            {t('optSave')}
          </button>
          <p role="status">{status}</p>
        </div>
      </form>
    </main>
  );
}
