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
