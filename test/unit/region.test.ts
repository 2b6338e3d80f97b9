// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { find, findAll } from '../../lib/dom/anchor';
import { inNavigation, pageFields } from '../../lib/dom/region';
import { fakeLayout } from './layout';

fakeLayout();

const CREATE = { role: 'button', name: ['Create'], region: true, css: '[type="submit"]' };

describe('region anchors', () => {
  it('find the button beside the fields with no form, never the navigation one', () => {
    document.body.innerHTML = `
      <header><input id="search" placeholder="Search" /><button id="head-create">Create</button></header>
      <nav><button id="nav-create">Create</button></nav>
      <main>
        <div class="toolbar"><button id="other">Create report</button></div>
        <div class="card">
          <h2>New key</h2>
          <div><label for="n">Name</label><input id="n" /></div>
          <div class="actions"><button type="button" id="cancel">Cancel</button>
            <button type="button" id="card-create">Create</button></div>
        </div>
      </main>`;
    expect(find(CREATE)?.id).toBe('card-create');
    // The nearest to the fields first; the navigation's and the banner's never.
    const all = findAll(CREATE).map((el) => el.id);
    expect(all[0]).toBe('card-create');
    expect(all).not.toContain('nav-create');
    expect(all).not.toContain('head-create');
  });

  it('prefer the form of the fields over a Create elsewhere on the page', () => {
    document.body.innerHTML = `
      <main>
        <section><div role="toolbar"><span><button id="far">Create</button></span></div></section>
        <section><form><input id="n" /><button id="own">Create</button></form></section>
      </main>`;
    expect(find(CREATE)?.id).toBe('own');
  });

  it('take a role=button and an input of any type, and the dialog first while one is open', () => {
    document.body.innerHTML = `
      <main><input id="filter" /><span role="button" id="page">Create</span></main>
      <div role="dialog" aria-modal="true"><input id="n" /><input type="button" id="dlg" value="Create" /></div>`;
    expect(find(CREATE)?.id).toBe('dlg');
  });

  it('without a field on the page, only what a form or a dialog holds', () => {
    document.body.innerHTML = `<main><button id="loose">Create</button></main>`;
    expect(find(CREATE)).toBeUndefined();
    document.body.innerHTML = `<main><div role="dialog"><button id="in">Create</button></div></main>`;
    expect(find(CREATE)?.id).toBe('in');
  });

  it('tell the navigation from a header that heads a region', () => {
    document.body.innerHTML = `
      <header id="banner"><a id="a" href="/">Home</a></header>
      <div role="tablist"><button role="tab" id="tab">Keys</button></div>
      <section><header><button id="save">Save</button></header><input id="f" /></section>`;
    const el = (id: string) => document.getElementById(id) as Element;
    expect(inNavigation(el('a'))).toBe(true);
    expect(inNavigation(el('tab'))).toBe(true);
    expect(inNavigation(el('save'))).toBe(false);
    expect(pageFields().map((f) => f.id)).toEqual(['f']);
  });

  it('find fields of the region by their names, never a search box of the banner', () => {
    document.body.innerHTML = `
      <header><label>Email <input id="search" /></label></header>
      <main><div><label>Email <input id="own" /></label><button type="button">Save</button></div></main>`;
    expect(find({ role: 'textbox', name: ['Email'], region: true })?.id).toBe('own');
  });
});
