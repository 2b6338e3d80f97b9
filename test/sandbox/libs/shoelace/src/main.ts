// The Shoelace sandbox: one bundle holding the Dotdigital, Klaviyo, Omnisend and Reddit pages, picked by host.
// Only the components used are imported (each registers its own sl-* element).
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/dropdown/dropdown.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/menu/menu.js';
import '@shoelace-style/shoelace/dist/components/menu-item/menu-item.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/radio-button/radio-button.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import '@shoelace-style/shoelace/dist/components/tab/tab.js';
import '@shoelace-style/shoelace/dist/components/tab-group/tab-group.js';
import '@shoelace-style/shoelace/dist/components/tab-panel/tab-panel.js';
import { registerIconLibrary } from '@shoelace-style/shoelace/dist/utilities/icon-library.js';
import './dotdigital';
import './klaviyo';
import './omnisend';
import './reddit';

// No network and no CDN base path: the default icon library would fetch
// `<basePath>/assets/icons/<name>.svg`. Every icon resolves to inline data instead (the
// components' own "system" icons, close and chevrons, are inline data URLs already).
registerIconLibrary('default', {
  resolver: () =>
    `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="3" fill="currentColor"/></svg>')}`,
});

const root = document.getElementById('root') as HTMLElement;
document.documentElement.classList.add('sl-theme-light');
const apps: Record<string, string> = {
  'www.klaviyo.com': 'kl-app',
  'app.omnisend.com': 'om-app',
  'ads.reddit.com': 'rd-app',
};
root.append(document.createElement(apps[location.host] ?? 'dd-app'));
