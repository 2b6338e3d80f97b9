// The first-run page opens once, when the extension is installed: never on an update of the
// extension or of the browser, nor when the browser starts.
export const FIRST_RUN_PAGE = '/welcome.html';

/** `reason`: runtime.onInstalled's ('install', 'update', 'chrome_update', …). */
export const opensFirstRun = (reason: string) => reason === 'install';
