// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  keepClear,
  regionControls,
  submitButtons,
  targetDialogControls,
} from '../../lib/engine/keep-clear';

const byId = (id: string) => document.getElementById(id) as Element;
const ids = (els: Element[]) => els.map((el) => el.id);

describe('what the panel keeps clear', () => {
  it("finds the submit buttons of the fields' form, not those of other forms", () => {
    document.body.innerHTML = `
      <form><input id="name" /><button id="cancel" type="button">Cancel</button>
        <button id="create">Create</button><input id="go" type="submit" /></form>
      <form><button id="search" type="submit">Search</button></form>`;
    expect(ids(submitButtons([byId('name')]))).toEqual(['create', 'go']);
  });

  it("finds a dialog's submit button when the fields are in no form", () => {
    document.body.innerHTML = `<div role="dialog"><input id="name" />
      <button id="close">Close</button><button id="save" type="submit">Save</button></div>`;
    expect(ids(submitButtons([byId('name')]))).toEqual(['save']);
  });

  it('finds the fields and submit around where the key showed', () => {
    document.body.innerHTML = `<input id="search" />
      <dialog open><code id="key">pk_x</code><input id="nick" /><input type="hidden" id="h" />
        <button id="copy" type="button">Copy</button><button id="ok" type="submit">OK</button></dialog>`;
    expect(ids(regionControls([byId('key')]))).toEqual(['nick', 'ok']);
  });

  it("keeps every control of the step's dialog clear (Upstack's picker), none outside a dialog", () => {
    document.body.innerHTML = `<nav><a id="nav" href="/x">Home</a></nav>
      <div role="dialog"><h2>Select a Destination</h2>
        <label id="klaviyo" class="card"><input id="r1" type="radio" />Klaviyo</label>
        <div id="meta" role="radio">Meta</div>
        <button id="next" type="button">Next</button><button id="cancel" type="button">Cancel</button>
      </div>`;
    expect(ids(targetDialogControls(byId('next')))).toEqual([
      'klaviyo',
      'r1',
      'meta',
      'next',
      'cancel',
    ]);
    expect(targetDialogControls(byId('nav'))).toEqual([]);
    expect(targetDialogControls(undefined)).toEqual([]);
  });

  it('lists each element once, skipping what is missing', () => {
    document.body.innerHTML = '<input id="a" /><input id="b" />';
    const [a, b] = [byId('a'), byId('b')];
    expect(keepClear(a, [a, b], undefined, null, false, [b])).toEqual([a, b]);
  });
});
