// The Angular app, one page per host, compiled ahead of time and zoneless: the Optimove tenant
// (acme.optimove.net, hash routes) and Snapchat Business Manager (business.snapchat.com, path
// routes under the organisation's id) with Angular Material, and Klaviyo (www.klaviyo.com, with
// `library: 'primeng'`) with PrimeNG. Each page is a lazy chunk, so a library loads only on its
// own pages. The serve.ts shell holds <div id="root">: the app's element goes inside it.
import { options } from '../../../page';

const mount = (): Promise<unknown> => {
  if (options.library === 'primeng')
    return import('./app/primeng/klaviyo').then((m) => m.mountPrimeKlaviyo());
  if (location.host === 'business.snapchat.com')
    return import('./app/snapchat/main').then((m) => m.mountSnapchat());
  return import('./app/main').then((m) => m.mountOptimove());
};
mount().catch((error: unknown) => console.error(error));
