// The small pieces the Element Plus app shares with the React sandbox (sites/kit.tsx), without
// React: options, a pushState router as a Vue ref, late data, random keys and the exposed state.
import { onBeforeUnmount, onMounted, type Ref, ref } from 'vue';
import { options } from '../../page';

export { exposeState, options, randomString, stampShown as markShown } from '../../page';

const here = () => location.pathname + location.search + location.hash;

/** Where the app is: pathname + search + hash, kept current by navigate() and popstate. */
export const where: Ref<string> = ref(here());
window.addEventListener('popstate', () => {
  where.value = here();
});

/** Single-page navigation: history.pushState, never a reload. */
export function navigate(to: string, replace = false) {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  where.value = here();
}

/** Artificial delay in ms, or 0 when the test asked for `instant`. */
export const late = (min = 300, spread = 500) =>
  options.instant ? 0 : min + Math.random() * spread;

/** True once the page's data has "arrived": 300-800 ms after mount, like a real API call. */
export function lateData(delayMs?: number): Ref<boolean> {
  const ready = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onMounted(() => {
    timer = setTimeout(() => {
      ready.value = true;
    }, delayMs ?? late());
  });
  onBeforeUnmount(() => clearTimeout(timer));
  return ready;
}
