// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardsFor, healthOf, watchHealth } from '../../lib/engine/destination-health';
import { recipeById } from '../../lib/recipes';
import type { Recipe } from '../../lib/recipes/schema';

const klaviyo = recipeById('klaviyo') as Recipe;
const ctx = {
  onInvalidated: () => () => {},
  setTimeout: (handler: () => void, ms?: number) => window.setTimeout(handler, ms),
};
/** Two frames: the watch looks once a frame, after the page's mutations. */
const frame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('the destination card’s health', () => {
  it.each([
    ['Klaviyo Healthy', 'healthy'],
    ['Klaviyo · healthy · edited now', 'healthy'],
    ['Klaviyo Unhealthy', 'unhealthy'],
    ['Klaviyo Not   healthy', 'unhealthy'],
    ['Klaviyo — connection failing', 'unhealthy'],
    ['Klaviyo Checking…', undefined],
    ['Klaviyo Healthyish', undefined],
    ['Klaviyo', undefined],
  ])('reads “%s” as %s', (text, health) => {
    expect(healthOf(text)).toBe(health);
  });

  it('takes the innermost card that names the platform, not its list nor another platform’s', () => {
    document.body.innerHTML = `<ul id="list"><li id="k">Klaviyo <span>Healthy</span></li>
      <li id="o">Omnisend <span>Unhealthy</span></li></ul>`;
    expect(cardsFor(klaviyo, document).map((el) => el.id)).toEqual(['k']);
  });

  it('after the save: unhealthy, then Healthy once Upstack shows it; an older card does not count', async () => {
    document.body.innerHTML = `<ul><li id="old">Klaviyo <span>Unhealthy</span></li></ul>`;
    const heard: string[] = [];
    watchHealth(ctx, klaviyo, (health) => heard.push(health));
    const card = document.createElement('li');
    card.innerHTML = 'Klaviyo <span>Checking…</span>';
    document.querySelector('ul')?.append(card);
    await frame();
    expect(heard).toEqual([]);
    (card.querySelector('span') as HTMLElement).textContent = 'Unhealthy';
    await frame();
    (card.querySelector('span') as HTMLElement).textContent = 'Healthy';
    await frame();
    expect(heard).toEqual(['unhealthy', 'healthy']);
  });

  it('stops watching once Healthy is read', async () => {
    document.body.innerHTML = '<ul></ul>';
    const heard: string[] = [];
    watchHealth(ctx, klaviyo, (health) => heard.push(health));
    document.querySelector('ul')?.insertAdjacentHTML('beforeend', '<li>Klaviyo Healthy</li>');
    await frame();
    document.querySelector('ul')?.insertAdjacentHTML('beforeend', '<li>Klaviyo Unhealthy</li>');
    await frame();
    expect(heard).toEqual(['healthy']);
  });
});
