// @vitest-environment happy-dom
// alteredStyle reads computed styles, which happy-dom does not compute: the attack specs
// (test/e2e/security/fill-*.spec.ts) test it in Chromium.
import { expect, it } from 'vitest';
import { flatTreePath } from '../../lib/dom/intact';

it('walks the flat tree out of shadow roots, to the page’s own elements', () => {
  document.body.innerHTML = '';
  const host = document.createElement('upstack-key-assist');
  const root = host.attachShadow({ mode: 'open' });
  const dock = document.createElement('div');
  const frame = document.createElement('iframe');
  dock.append(frame);
  root.append(dock);
  // The page moved our host into a component of its own.
  const outer = document.createElement('page-card');
  outer.attachShadow({ mode: 'closed' }).append(host);
  document.body.append(outer);
  expect(flatTreePath(frame)).toEqual([
    frame,
    dock,
    host,
    outer,
    document.body,
    document.documentElement,
  ]);
});
