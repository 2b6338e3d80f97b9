// The Element Plus sandbox app: picks the provider page by host (only Omnisend here).
import { createApp, h } from 'vue';
import { OmnisendApp } from './omnisend';

const pages: Record<string, typeof OmnisendApp> = { 'app.omnisend.com': OmnisendApp };
const page = pages[location.host];
createApp({
  render: () => (page ? h(page) : h('p', `No Element Plus page for ${location.host}`)),
}).mount('#root');
