// The Element Plus pages, picked by host (Omnisend, TikTok, Microsoft Advertising, and
// Klaviyo's create page with a library select).
import { createApp, h } from 'vue';
import { KlaviyoApp } from './klaviyo';
import { MicrosoftApp } from './microsoft';
import { OmnisendApp } from './omnisend';
import { TikTokApp } from './tiktok';

const pages: Record<string, typeof OmnisendApp> = {
  'app.omnisend.com': OmnisendApp,
  'ads.tiktok.com': TikTokApp,
  'ui.ads.microsoft.com': MicrosoftApp,
  'www.klaviyo.com': KlaviyoApp,
};

export function mountElement() {
  const page = pages[location.host];
  createApp({
    render: () => (page ? h(page) : h('p', `No Element Plus page for ${location.host}`)),
  }).mount('#root');
}
