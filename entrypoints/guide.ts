// The engine (utils/guide.ts), built apart from the provider pages' loader (utils/wake.ts),
// which imports it only for a running guide or on an API-keys page.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerEngine } from '../utils/engine-handle';
import { runGuide } from '../utils/guide';

export default defineUnlistedScript(() => registerEngine(runGuide));
