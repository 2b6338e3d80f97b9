// The merchant's UET tag in the sandbox (libs/element/microsoft.ts), shared with the tests: a
// Tag ID of digits (Microsoft's are 7 to 9 digits in its help pages), made up; another tag of
// the account beside it, so that reading the right one matters.
export const UET_TAG = '187012345';
export const UET_TAG_NAME = 'Acme Store UET tag';
export const OTHER_TAG = '187099901';
export const MS_ACCOUNT = '51234567';
