// The merchant's TikTok pixel in the sandbox (made up): its id is 20 upper-case letters and
// digits, shown under the pixel's name in Events Manager and typed by the merchant in Upstack.
export const PIXEL_ID = 'C4K7QJ2M9PB3XR5T8WDA';
export const PIXEL_NAME = 'Acme Store pixel';
