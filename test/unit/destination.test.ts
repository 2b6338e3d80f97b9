// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findDestination } from '../../lib/dom/destination';
import { recipes } from '../../lib/recipes';
import { fakeLayout } from './layout';

fakeLayout();

const found = () => {
  const d = findDestination(recipes);
  return (
    d && { id: d.recipe.id, fields: Object.fromEntries([...d.fields].map(([k, el]) => [k, el.id])) }
  );
};

describe('findDestination', () => {
  it('reads the form of a page of its own by its heading (the older route)', () => {
    document.body.innerHTML = `<main><form><h1>Connect Klaviyo</h1>
      <label for="k">Private API key</label><input id="k" type="password" /></form></main>`;
    expect(found()).toEqual({ id: 'klaviyo', fields: { apiKey: 'k' } });
  });

  it('reads a wizard step in a dialog whose heading is the platform name alone', () => {
    document.body.innerHTML = `<main><h1>Events Destination</h1>
      <div role="dialog" aria-modal="true" aria-labelledby="t"><form><h2 id="t">Omnisend</h2>
      <label for="n">Destination name</label><input id="n" />
      <label for="o">API key</label><input id="o" type="password" /></form></div></main>`;
    expect(found()).toEqual({ id: 'omnisend', fields: { apiKey: 'o' } });
  });

  it('reads a Flows settings card under a page heading that names no platform', () => {
    document.body.innerHTML = `<main><h1>Flows settings</h1>
      <section aria-labelledby="s"><h2 id="s">Schedule</h2><p>Every 15 minutes</p></section>
      <section aria-labelledby="c"><h2 id="c">Optimove connection</h2><form>
      <label for="o">API key</label><input id="o" type="password" /></form></section></main>`;
    expect(found()).toEqual({ id: 'optimove', fields: { apiKey: 'o' } });
  });

  it('gives each card its own platform when one page shows several', () => {
    document.body.innerHTML = `<main><h1>Klaviyo and Omnisend</h1>
      <section aria-label="Omnisend"><label for="o">API key</label><input id="o" /></section>
      <section aria-label="Dotdigital"><label for="u">API user</label><input id="u" />
      <label for="p">Password</label><input id="p" type="password" /></section></main>`;
    // Klaviyo is named by the page heading only, and its "API key" field is Omnisend's card.
    expect(found()).toEqual({ id: 'omnisend', fields: { apiKey: 'o' } });
    document.getElementById('o')?.closest('section')?.remove();
    expect(found()).toEqual({ id: 'dotdigital', fields: { apiUser: 'u', password: 'p' } });
  });

  it('does not decide where the nearest region names several platforms, or none does', () => {
    document.body.innerHTML = `<main><h1>Destinations</h1><form><h2>Klaviyo or Omnisend</h2>
      <label for="k">API key</label><input id="k" /></form></main>`;
    expect(found()).toBeUndefined();
    document.body.innerHTML = `<main><h1>Destinations</h1><form>
      <label for="k">API key</label><input id="k" /></form></main>`;
    expect(found()).toBeUndefined();
  });

  it('does not take the platform picker, which names every platform but has no key field', () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Select a Destination"><fieldset>
      <legend>Platform</legend><label><input type="radio" name="p" />Klaviyo</label>
      <label><input type="radio" name="p" />Omnisend</label></fieldset><button>Next</button></div>`;
    expect(found()).toBeUndefined();
  });
});
