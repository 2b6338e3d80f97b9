// Where the merchant finds Upstack's own help about these keys (the articles whose pages get the
// "Start guided setup" button: README, "Sites").
export const HELP_URL = 'https://docs.upstackdata.com/guides/';
