// Route changes of a single-page app, cheaply: the Navigation API's event after the URL changed
// (pushState, hash and history moves included), else a look at location.href once a second.
// (WXT's own location watcher dispatches an event the page can see; this one does not.)
export function onRouteChange(signal: AbortSignal, onChange: () => void) {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', onChange, { signal });
    return;
  }
  let last = location.href;
  const timer = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  }, 1000);
  signal.addEventListener('abort', () => clearInterval(timer));
}
