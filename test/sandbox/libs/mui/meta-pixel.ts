// The merchant's Meta pixel in the sandbox (libs/mui/meta.tsx), shared with the tests: a Pixel ID
// of Meta's shape (16 digits), made up.
export const META_PIXEL = '4827361950284716';
export const META_PIXEL_NAME = 'Acme Store Pixel';
export const META_BUSINESS = '1029384756';
