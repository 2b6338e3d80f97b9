// The Vue app: picks the provider page by host (Element Plus: Omnisend, TikTok, Microsoft
// Advertising, and Klaviyo's create page with a library select), or Optimove's Vuetify page
// with `library: 'vuetify'`. Each library is a chunk of its own, loaded only for its pages.
import { options } from '../../page';

const mount =
  options.library === 'vuetify'
    ? import('./vuetify-optimove').then((m) => m.mountVuetifyOptimove())
    : import('./element-app').then((m) => m.mountElement());
mount.catch((error: unknown) => console.error(error));
