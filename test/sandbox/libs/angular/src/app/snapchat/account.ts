// The merchant's Snapchat business in the Angular sandbox (snapchat/*.ts) and its pixel, shared
// with the tests: made up. Business Manager's paths carry the organisation's id; the pixel id is
// a UUID, as Snapchat's docs show it.
export const SNAP_ORG = '6b1f0c3e-2a7d-4e59-9c81-0f4d2b7a5e13';
export const SNAP_PIXEL = 'd2c4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f';
