// @vitest-environment happy-dom
// happy-dom computes no styles: alteredStyle's judging is tested here on styles given to it, and
// on the browsers' own computed styles by the attack specs (test/e2e/security/fill-*.spec.ts).
import { describe, expect, it } from 'vitest';
import { alteredStyle, flatTreePath, isRootFilter, type StyleOf } from '../../lib/dom/intact';

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

describe('alteredStyle: a filter on the page’s root is judged last', () => {
  /** What a browser computes for an element painted as it is. */
  const PLAIN: Record<string, string> = {
    opacity: '1',
    visibility: 'visible',
    transform: 'none',
    zoom: '1',
    filter: 'none',
    clip: 'auto',
    'outline-style': 'none',
    'mix-blend-mode': 'normal',
    'content-visibility': 'visible',
  };

  /** The frame inside our host, under <html>; each element's computed style as given. */
  function page(styles: Map<Element, Record<string, string>>) {
    document.body.innerHTML = '';
    const host = document.createElement('upstack-key-assist');
    const root = host.attachShadow({ mode: 'open' });
    const frame = document.createElement('iframe');
    root.append(frame);
    document.documentElement.append(host);
    const styleOf: StyleOf = (node, pseudo) => ({
      getPropertyValue: (property: string) =>
        pseudo ? 'none' : (styles.get(node)?.[property] ?? PLAIN[property] ?? ''),
    });
    return { frame, host, styleOf };
  }

  it('names a filter on <html> alone as the root filter', () => {
    const styles = new Map<Element, Record<string, string>>();
    const { frame, styleOf } = page(styles);
    styles.set(document.documentElement, { filter: 'invert(1) hue-rotate(180deg)' });
    const reason = alteredStyle(frame, [frame], styleOf);
    expect(reason).toBe('root filter: html filter: invert(1) hue-rotate(180deg)');
    expect(isRootFilter(reason)).toBe(true);
  });

  it('names a filter on <body> as the root filter when the host sits in the body', () => {
    const styles = new Map<Element, Record<string, string>>();
    const { frame, host, styleOf } = page(styles);
    document.body.append(host);
    styles.set(document.body, { filter: 'invert(0.9)' });
    expect(isRootFilter(alteredStyle(frame, [frame], styleOf))).toBe(true);
  });

  it('gives any other reason first, even one found on an element nearer the root', () => {
    const styles = new Map<Element, Record<string, string>>();
    const { frame, host, styleOf } = page(styles);
    styles.set(document.documentElement, { filter: 'invert(1)', opacity: '0.5' });
    expect(alteredStyle(frame, [frame], styleOf)).toBe('html opacity: 0.5');
    styles.set(document.documentElement, { filter: 'invert(1)' });
    styles.set(host, { transform: 'matrix(1, 0, 0, 1, 4, 0)' });
    const reason = alteredStyle(frame, [frame], styleOf);
    expect(reason).toBe('upstack-key-assist transform: matrix(1, 0, 0, 1, 4, 0)');
    expect(isRootFilter(reason)).toBe(false);
  });

  it('does not take a filter on any other element, or the frame’s own, for the root’s', () => {
    const styles = new Map<Element, Record<string, string>>();
    const { frame, host, styleOf } = page(styles);
    styles.set(host, { filter: 'invert(1)' });
    expect(alteredStyle(frame, [frame], styleOf)).toBe('upstack-key-assist filter: invert(1)');
    styles.clear();
    styles.set(frame, { filter: 'opacity(0.1)' });
    expect(isRootFilter(alteredStyle(frame, [frame], styleOf))).toBe(false);
    // A second <body> of the page's own, around our host, is not the document's body.
    styles.clear();
    const fake = document.createElement('body');
    document.documentElement.append(fake);
    fake.append(host);
    styles.set(fake, { filter: 'invert(1)' });
    expect(alteredStyle(frame, [frame], styleOf)).toBe('body filter: invert(1)');
  });

  it('finds nothing where nothing is altered', () => {
    const { frame, styleOf } = page(new Map());
    expect(alteredStyle(frame, [frame], styleOf)).toBeUndefined();
    expect(isRootFilter(undefined)).toBe(false);
    expect(isRootFilter('html opacity: 0.5')).toBe(false);
  });
});
