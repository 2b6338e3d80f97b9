import { describe, expect, it } from 'vitest';
import { localize, pageLanguages } from '../../lib/engine/labels';
import { recipes } from '../../lib/recipes';
import { dotdigital } from '../../lib/recipes/dotdigital';
import { klaviyo } from '../../lib/recipes/klaviyo';
import { Recipe } from '../../lib/recipes/schema';

describe('the dashboard’s language', () => {
  it('is the page’s lang first, then the browser’s, English always kept', () => {
    expect(pageLanguages('de-DE', ['en-US'])).toEqual(['de']);
    expect(pageLanguages('', ['fr-CA', 'es', 'fr'])).toEqual(['fr', 'es']);
    expect(pageLanguages('es', ['de'])).toEqual(['es', 'de']);
    expect(pageLanguages('en', ['en-GB', 'ja'])).toEqual([]);
  });

  it('puts the page’s labels before the English ones in every anchor, option and heading', () => {
    const de = localize(dotdigital, ['de']);
    const save = de.steps.find((s) => s.id === 'save');
    expect(save?.target?.name).toEqual(['Speichern', 'Save']);
    const status = save?.prefill?.[3];
    expect(status?.kind === 'choose' && status.field.name).toEqual(['Aktiviert', 'Enabled']);
    expect(de.capture.arm.name).toEqual(['Speichern', 'Save']);
    expect(de.keyPages.heading).toEqual(['API-Benutzer', 'API users']);
    // A value shape stays a RegExp; the Upstack dashboard's words stay English.
    expect(de.capture.fields[0]?.pattern).toBeInstanceOf(RegExp);
    expect(de.upstack).toEqual(dotdigital.upstack);
    expect(() => Recipe.parse(de)).not.toThrow();
    const kl = localize(klaviyo, ['fr', 'de']);
    const access = kl.steps.find((s) => s.id === 'name-and-create')?.prefill?.[1];
    expect(access?.kind === 'choose' && access.option).toEqual([
      'Clé d’accès complet',
      'Clé à accès complet',
      'Accès complet',
      'Schlüssel mit Vollzugriff',
      'Vollzugriffsschlüssel',
      'Vollzugriff',
      'Full Access Key',
      'Full Access',
    ]);
  });

  it('leaves the recipe as it is in English', () => {
    expect(localize(klaviyo, [])).toBe(klaviyo);
  });

  it('names only words the recipe uses, in every language a recipe carries', () => {
    for (const recipe of recipes) {
      const used = JSON.stringify([recipe.steps, recipe.capture, recipe.keyPages]);
      for (const labels of Object.values(recipe.labels ?? {}))
        for (const english of Object.keys(labels ?? {}))
          expect(used.includes(JSON.stringify(english)), `${recipe.id}: ${english}`).toBe(true);
    }
  });
});
