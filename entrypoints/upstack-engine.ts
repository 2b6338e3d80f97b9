// The Upstack engine (lib/engine/upstack.ts), built apart from the Upstack loader
// (lib/engine/upstack-loader.ts), which imports it only once a key is held or a destination form
// shows.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runUpstackAssist } from '../lib/engine/upstack';
import { registerUpstackEngine } from '../lib/engine/upstack-handle';

export default defineUnlistedScript(() => registerUpstackEngine(runUpstackAssist));
