// A big dashboard page for the bench (served by bench/pages.ts at /__bench/big?nodes=N on a
// provider origin, outside its API-keys pages): a header with the main navigation (its Settings
// link is where a running guide's ring goes), then report sections of nested lists, text, links
// and buttons, exactly `nodes` elements in <body>, and a live metric in the header whose text the
// page rewrites every 200 ms, as a dashboard's clock or visitor count does.

/** How often the live metric changes, ms (5 times a second). */
export const COUNTER_EVERY_MS = 200;

const NAV = ['Home', 'Campaigns', 'Flows', 'Sign-up forms', 'Audience', 'Content', 'Analytics'];
const STATES = ['Sent', 'Draft', 'Scheduled', 'Sending'];

/** Elements in a chunk of the generated markup (every opening tag is one). */
const elements = (html: string) => html.match(/<[a-z]/g)?.length ?? 0;

function header(): string {
  const links = NAV.map((name) => `<li><a href="/${name.toLowerCase()}">${name}</a></li>`).join('');
  return `<header class="top"><nav aria-label="Main"><ul>${links}<li><a href="/settings">Settings</a></li></ul></nav><p class="live">Active on site now: <span id="live">1,204</span></p></header>`;
}

/** One campaign row: a link, its figures, a button, and a nested list of its variants. */
function item(section: number, row: number): string {
  const rate = ((section * 7 + row * 13) % 500) / 10;
  return `<li><a href="/campaign/${section}-${row}">Campaign ${section}.${row}: spring newsletter</a> <span class="badge">${STATES[row % STATES.length]}</span> <span>Open rate ${rate}%</span> <span>Clicks ${(row * 37) % 900}</span> <button type="button">View report</button><ul><li><span>Variant A</span> <span>${rate}%</span></li><li><span>Variant B</span> <span>${(rate * 0.9).toFixed(1)}%</span></li></ul></li>`;
}

const ROWS = 10;
function section(index: number): string {
  const rows = Array.from({ length: ROWS }, (_, row) => item(index, row)).join('');
  return `<section><h2>Campaign group ${index}</h2><p>Sent to <strong>${(index * 1379) % 90_000}</strong> profiles this week, <em>${index % 60}%</em> more than last week.</p><ul class="list">${rows}</ul></section>`;
}

// `window.__live(false)` stops the metric and `__live(true)` starts it again (the bench keeps it
// running only in the browser it measures).
const SCRIPT = `addEventListener('DOMContentLoaded', () => {
  const live = document.getElementById('live');
  let visitors = 1204;
  let timer = 0;
  const tick = () => {
    visitors += (visitors * 7) % 11 - 5;
    live.textContent = visitors.toLocaleString('en-US');
  };
  window.__live = (on) => {
    clearInterval(timer);
    timer = on ? setInterval(tick, ${COUNTER_EVERY_MS}) : 0;
  };
  window.__live(true);
});`;

const STYLE = `body { margin: 0; font: 14px/1.4 system-ui, sans-serif; }
.top { display: flex; justify-content: space-between; padding: 8px 16px; background: #1f1f3a; color: #fff; }
.top ul { display: flex; gap: 12px; list-style: none; margin: 0; padding: 0; }
.top a { color: #fff; }
main { padding: 16px; }
.badge { padding: 0 6px; border-radius: 4px; background: #eef; }`;

/** The whole document: `nodes` elements in <body> (the page's script and style in <head>). */
export function bigPage(nodes: number): string {
  const top = header();
  const opening =
    '<main><h1>Dashboard</h1><div class="toolbar"><button type="button">Export</button> <button type="button">Create campaign</button></div>';
  const parts = [top, opening];
  let count = elements(top) + elements(opening);
  const perSection = elements(section(0));
  for (let index = 1; count + perSection <= nodes; index++) {
    parts.push(section(index));
    count += perSection;
  }
  // The rest: rows of a last list, then single spans, to the exact count.
  const perItem = elements(item(0, 0));
  if (count + 1 + perItem <= nodes) {
    parts.push('<ul class="list">');
    count += 1;
    for (let row = 0; count + perItem <= nodes; row++) {
      parts.push(item(0, row));
      count += perItem;
    }
    parts.push('</ul>');
  }
  for (; count < nodes; count++) parts.push('<span> </span>');
  parts.push('</main>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Klaviyo</title><style>${STYLE}</style><script>${SCRIPT}</script></head><body>${parts.join('')}</body></html>`;
}
