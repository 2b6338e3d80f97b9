// The merchant's Pinterest ad account in the sandbox (libs/mui/pinterest.tsx) and its Pinterest
// Tag, shared with the tests: ids of Pinterest's shapes (12 and 13 digits), made up.
export const AD_ACCOUNT = '549755885175';
export const TAG_ID = '2612345678901';
