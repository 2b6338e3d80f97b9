// Playwright globalSetup: the library sandboxes are built once per run, before any worker starts.
import { buildAll } from './libs/registry';

export default async function globalSetup() {
  await buildAll();
}
