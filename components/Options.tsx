// The options page: settings in storage.sync (never a secret) and each provider's own host.
// A bad value gets a message next to its field and is not saved; the old value stays.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings } from '../lib/background/preferences';
import { checkSetting, type Settings, type SettingsField } from '../lib/background/settings';
import { recipes } from '../lib/recipes';
import { type OptionChoices, optionValues, readChoices } from '../lib/recipes/options';
import { type MessageKey, t } from '../lib/ui/i18n';

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
/** A setting only one provider's recipe uses, shown in that provider's group. */
const PROVIDER_FIELDS: Partial<Record<string, TextField[]>> = {
  optimove: [
    { field: 'contactEmail', label: 'optContactEmail', help: 'optContactEmailHelp', type: 'email' },
  ],
};
/** Providers with settings of their own: fields above, or options their recipe declares. */
const OWN = recipes.filter((recipe) => recipe.options?.length || PROVIDER_FIELDS[recipe.id]);

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
  const [choices, setChoices] = useState<OptionChoices>({});
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then((settings) => {
      setSaved(settings);
      setDraft(toDraft(settings));
      setDisabled(settings.disabled);
      setChoices(settings.options);
    });
  }, []);
  if (!saved || !draft) return null;

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
    const firstProblem = Object.values(problems)[0];
    setStatus(firstProblem ? t('optNotSaved', firstProblem) : t('optSaved'));
  };

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
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={save} noValidate>
        {GENERAL_FIELDS.map(textField)}
        {OWN.map((recipe) => (
          <fieldset key={recipe.id}>
            <legend>{recipe.name}</legend>
            {PROVIDER_FIELDS[recipe.id]?.map(textField)}
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
        ))}
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
        <button type="submit">{t('optSave')}</button>
        <p role="status">{status}</p>
      </form>
    </main>
  );
}
