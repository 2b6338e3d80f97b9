// @vitest-environment happy-dom
// The Upstack loader's pure parts: the key-field labels it looks for (the recipes' own, kept in a
// plain list so the loader carries no recipe), the dashboard origin it reads without zod, and its
// look for a field so labelled.
import { describe, expect, it } from 'vitest';
import { storedDashboardOrigins } from '../../lib/background/dashboard-origin';
import { readSettings } from '../../lib/background/settings';
import { normalize } from '../../lib/dom/anchor';
import { keyFieldShown } from '../../lib/engine/upstack-loader';
import { recipes } from '../../lib/recipes';
import { UPSTACK_FIELD_LABELS } from '../../lib/recipes/upstack-fields';

describe('the Upstack loader', () => {
  it("looks for exactly the recipes' Upstack key-field labels", () => {
    const labels = new Set(
      recipes.flatMap((r) => r.capture.fields.flatMap((f) => f.upstackLabels.map(normalize))),
    );
    expect([...UPSTACK_FIELD_LABELS].sort()).toEqual([...labels].sort());
  });

  it('reads the dashboard origin the background would, and nothing else', () => {
    for (const upstackOrigin of [
      'https://dash.example.com',
      'https://dash.example.com:8443',
      'https://localhost',
      'http://dash.example.com',
      'https://dash.example.com/',
      'https://Dash.example.com',
      '',
      42,
    ]) {
      const background = readSettings({ upstackOrigin }).upstackOrigin;
      expect(storedDashboardOrigins({ upstackOrigin }), String(upstackOrigin)).toEqual(
        background ? [background] : [],
      );
    }
    expect(storedDashboardOrigins(undefined)).toEqual([]);
    expect(storedDashboardOrigins('https://dash.example.com')).toEqual([]);
  });

  it('sees a key field by its label, and nothing in a page without one', () => {
    document.body.innerHTML = '<form><label>Search <input></label><textarea></textarea></form>';
    expect(keyFieldShown()).toBe(false);
    document.body.innerHTML +=
      '<div role="dialog"><label for="k">Private API Key</label><input id="k"></div>';
    expect(keyFieldShown()).toBe(true);
    document.body.innerHTML = '<input aria-label="Conversions API access token">';
    expect(keyFieldShown()).toBe(true);
  });
});
