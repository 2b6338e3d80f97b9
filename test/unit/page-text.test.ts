// @vitest-environment happy-dom
// What the capture reads from a page (lib/engine/page-text.ts): texts, field values and open shadow
// roots in one walk, never what is not shown.
import { describe, expect, it } from 'vitest';
import { pageText, type Sighting } from '../../lib/engine/page-text';

function read(root: Node, left = 1000) {
  const met: Node[] = [];
  const out: Sighting[] = [];
  const budget = { left };
  pageText((r) => met.push(r)).collect(root, out, budget);
  return { texts: out.map((s) => s.text.trim()).filter(Boolean), met, budget };
}

describe('collect', () => {
  it('reads texts and fields, open shadow roots included, and hands each root on', () => {
    document.body.innerHTML = `
      <main><p>Your API key</p><input id="f" value="field-value"><code>in-code-1</code></main>
      <key-card id="host"></key-card>`;
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>in-shadow</span><textarea>in-textarea</textarea>';
    const { texts, met } = read(document.body);
    expect(texts).toEqual(
      expect.arrayContaining(['Your API key', 'field-value', 'in-code-1', 'in-shadow']),
    );
    expect(texts).toContain('in-textarea');
    expect(met).toContain(root);
  });

  it('skips what is never shown, with all it holds, and texts too short for a key', () => {
    document.body.innerHTML = `
      <script>var secret1 = "not-shown-1";</script>
      <style>.x{content:"not-shown-2"}</style>
      <noscript><p>not-shown-3</p></noscript>
      <upstack-key-assist><p>not-shown-4</p></upstack-key-assist>
      <p>short</p><p>shown-after-all</p>`;
    const { texts } = read(document.body);
    expect(texts).toEqual(['shown-after-all']);
  });

  it('stops at its node budget', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>text-number-${i}</p>`).join(
      '',
    );
    const { texts, budget } = read(document.body, 20);
    expect(texts.length).toBeLessThan(20);
    expect(budget.left).toBeLessThan(0);
  });

  it('reads a changed text node alone', () => {
    document.body.innerHTML = '<code>before-change</code>';
    const text = document.querySelector('code')!.firstChild!;
    expect(read(text).texts).toEqual(['before-change']);
  });
});

describe('a key split across inline elements', () => {
  it('reads the block joined beside each piece, once per block, and each inline part left out', () => {
    document.body.innerHTML =
      '<div id="d"><p id="p"><code><b>6</b>40abcdef-rest</code> <i>and more</i></p></div><p>plain-text-only</p>';
    const out: Sighting[] = [];
    pageText(() => {}).collect(document.body, out, { left: 1000 });
    const joined = out.filter((s) => s.joined);
    expect(joined.every((s) => s.el.id === 'p')).toBe(true);
    const texts = joined.map((s) => s.text);
    expect(texts[0]).toBe('640abcdef-rest and more');
    // With the <b> left out (a piece the page may hide), with the <i> left out.
    expect(texts).toEqual(expect.arrayContaining(['40abcdef-rest and more', '640abcdef-rest ']));
    expect(out.some((s) => s.text === '40abcdef-rest' && s.el.localName === 'code')).toBe(true);
    expect(out.some((s) => s.text === 'plain-text-only' && !s.joined)).toBe(true);
  });

  it('reads a changed piece with its block; a <br> parts the pieces', () => {
    document.body.innerHTML = '<p><b>6</b>40abcdef-rest</p>';
    const text = document.querySelector('p')!.lastChild!;
    expect(read(text).texts).toEqual(['40abcdef-rest', '640abcdef-rest', '40abcdef-rest']);
    document.body.innerHTML = '<p><code>first-key-1</code><br><code>second-key-2</code></p>';
    const first = document.querySelector('code')!.firstChild!;
    const texts = read(first).texts;
    expect(texts.some((t) => /^first-key-1\s+second-key-2$/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('first-key-1second'))).toBe(false);
  });
});
