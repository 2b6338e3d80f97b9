// The merchant's Reddit ad account in the Shoelace sandbox (reddit.ts) and its pixel, shared with
// the tests: made up, of the shapes Reddit's snippets show (a2_… / t2_…).
export const REDDIT_ACCOUNT = 'a2_kq3h7x9w2m';
export const REDDIT_PIXEL = 't2_8fz4nq2w';
