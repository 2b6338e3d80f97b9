// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { accessibleName, find, findAll } from '../../lib/dom/anchor';
import { fakeLayout } from './layout';

fakeLayout();

beforeEach(() => {
  document.body.innerHTML = `
    <nav><button id="nav-create">Create</button><a id="settings" href="/settings">Settings</a></nav>
    <main>
      <form>
        <label for="name">Private API Key Name</label><input id="name" name="Private API Key Name" />
        <input id="placeholder-only" placeholder="Name your key" />
        <label id="full-card"><input type="radio" name="a" id="full" /><span>Full Access Key</span><small>Read and write everything</small></label>
        <button id="hidden-create" type="submit" hidden>Create</button>
        <button id="form-create" type="submit">Create</button>
      </form>
      <div id="text-only"><span>Create Private API Key</span></div>
      <button aria-label="Copy key" id="copy">📋</button>
    </main>`;
});

describe('find', () => {
  it('finds by role and accessible name, within a scope', () => {
    expect(find({ role: 'button', name: ['Create'], scope: 'form' })?.id).toBe('form-create');
    expect(find({ role: 'button', name: ['Create'] })?.id).toBe('nav-create');
    expect(find({ role: 'link', name: ['settings'] })?.id).toBe('settings');
    expect(find({ role: 'button', name: ['copy key'] })?.id).toBe('copy');
  });

  it('names text fields by label, then placeholder', () => {
    expect(find({ role: 'textbox', name: ['Private API Key Name'] })?.id).toBe('name');
    expect(find({ role: 'textbox', name: ['Name your key'] })?.id).toBe('placeholder-only');
  });

  it('matches a card whose name starts with the wanted words', () => {
    expect(find({ role: 'radio', name: ['Full Access Key'] })?.id).toBe('full');
    expect(accessibleName(document.getElementById('full')!)).toBe(
      'full access key read and write everything',
    );
  });

  it('falls back to visible text, then CSS', () => {
    const byText = find({
      role: 'link',
      name: ['Create Private API Key'],
      text: ['Create Private API Key'],
    });
    expect(byText?.parentElement?.id).toBe('text-only');
    expect(find({ role: 'link', name: ['Nope'], css: '#copy' })?.id).toBe('copy');
  });

  it('skips hidden elements and reports nothing when no strategy finds one', () => {
    expect(findAll({ role: 'button', name: ['Create'], scope: 'form' }).map((e) => e.id)).toEqual([
      'form-create',
    ]);
    expect(
      find({ role: 'button', name: ['Continue'], text: ['Continue'], css: '.missing' }),
    ).toBeUndefined();
  });
});

describe('a button named by its <label for> (Radix, shadcn)', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <label for="trigger">Access level</label>
      <button id="trigger" type="button" role="combobox"><span>Choose one</span></button>
      <button id="box" type="button" role="checkbox" aria-checked="false"></button>
      <label for="box">Orders</label>
      <button id="plain" type="button">Create</button>`;
  });

  it('takes the label before its content', () => {
    expect(accessibleName(document.getElementById('trigger') as Element)).toBe('access level');
    expect(accessibleName(document.getElementById('box') as Element)).toBe('orders');
    expect(accessibleName(document.getElementById('plain') as Element)).toBe('create');
  });

  it('is found by the role and the label', () => {
    expect(find({ role: 'combobox', name: ['Access level'] })?.id).toBe('trigger');
    expect(find({ role: 'checkbox', name: ['Orders'] })?.id).toBe('box');
  });
});
