// The engine (lib/engine/guide.ts), built apart from the provider pages' loader (lib/engine/loader.ts),
// which imports it only for a running guide or on an API-keys page.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerEngine } from '../lib/engine/engine-handle';
import { runGuide } from '../lib/engine/guide';

export default defineUnlistedScript(() => registerEngine(runGuide));
