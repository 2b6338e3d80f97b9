// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { closestAcross, containsAcross, deepQueryAll } from '../../lib/dom/deep';
import { isOnScreen, isRendered } from '../../lib/dom/visible';
import { fakeLayout } from './layout';

beforeAll(fakeLayout);

describe('isRendered', () => {
  it('ignores aria-hidden, which modal libraries put on the app behind a dialog', () => {
    document.body.innerHTML =
      '<div id="root" aria-hidden="true"><button id="b">Create</button></div>';
    expect(isRendered(document.getElementById('b')!)).toBe(true);
  });

  it('is false under inert, hidden, opacity 0 or visibility hidden', () => {
    document.body.innerHTML = `
      <div inert><p id="inert">x</p></div>
      <div hidden><p id="hidden">x</p></div>
      <div style="opacity: 0"><p id="transparent">x</p></div>
      <p id="invisible" style="visibility: hidden">x</p>`;
    for (const id of ['inert', 'hidden', 'transparent', 'invisible'])
      expect(isRendered(document.getElementById(id)!), id).toBe(false);
  });
});

describe('isOnScreen', () => {
  it('needs the box inside the viewport', () => {
    document.body.innerHTML = `<p id="in" data-box="10,10,100,20"></p><p id="below" data-box="0,2000,100,20"></p>`;
    expect(isOnScreen(document.getElementById('in')!)).toBe(true);
    expect(isOnScreen(document.getElementById('below')!)).toBe(false);
  });
});

describe('across open shadow roots', () => {
  it('queries, finds ancestors and containment through them', () => {
    document.body.innerHTML = '<div role="dialog" id="d"><key-reveal id="host"></key-reveal></div>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<code id="key">pk_x</code>';
    const code = deepQueryAll(document, 'code')[0]!;
    expect(code.id).toBe('key');
    expect(closestAcross(code, '[role=dialog]')?.id).toBe('d');
    expect(containsAcross(document.getElementById('d')!, code)).toBe(true);
    expect(inert(code)).toBe(false);
    host.parentElement!.setAttribute('inert', '');
    expect(inert(code)).toBe(true);
  });
});

const inert = (el: Element) => !isRendered(el);
