// TikTok Events Manager built from Element Plus components, at https://ads.tiktok.com. As TikTok's
// help and Upstack's guide describe it: Events Manager > Data sources (an el-table of pixels) >
// the pixel's page (/i18n/events_manager/datasource/pixel/detail/<pixel id>, its id under its
// name) > an el-tabs "Settings" tab > the "Events API" section > "Generate access token", which
// opens an el-dialog (teleported to <body>, modal, focus-trapped) showing the token once in a
// read-only el-input, with a Copy button. No token name is asked for.
import {
  ElAside,
  ElButton,
  ElCard,
  ElContainer,
  ElDialog,
  ElHeader,
  ElInput,
  ElLink,
  ElMain,
  ElMessage,
  ElSkeleton,
  ElTable,
  ElTableColumn,
  ElTabPane,
  ElTabs,
  ElTag,
} from 'element-plus';
import { defineComponent, h, nextTick, onMounted, ref } from 'vue';
import {
  exposeState,
  late,
  lateData,
  markShown,
  navigate,
  options,
  randomString,
  where,
} from './kit';
import { PIXEL_ID, PIXEL_NAME } from './tiktok-pixel';

const EVENTS_MANAGER = '/i18n/events_manager/';

/** What tests read back: the end of each token generated, and Copy presses (exposed once the
 * app mounts: the bundle holds Omnisend's app too, which exposes its own). */
const tokens: string[] = [];
let copied = 0;

/** An el-link that navigates with pushState. */
const AppLink = defineComponent({
  props: { to: { type: String, required: true } },
  setup(props, { slots }) {
    return () =>
      h(
        ElLink,
        {
          href: props.to,
          underline: 'never',
          onClick: (event: MouseEvent) => {
            event.preventDefault();
            navigate(props.to);
          },
        },
        slots,
      );
  },
});

/** The one-time view of the token: an el-dialog, the token in a read-only el-input that Vue
 * fills a moment after the dialog opens. */
const TokenDialog = defineComponent({
  props: {
    token: { type: String, required: true },
    onClose: { type: Function, required: true },
  },
  setup(props) {
    const value = ref('');
    onMounted(() => {
      setTimeout(
        async () => {
          value.value = props.token;
          await nextTick();
          markShown();
        },
        late(200, 400),
      );
    });
    return () =>
      h(
        ElDialog,
        {
          modelValue: true,
          'onUpdate:modelValue': (open: boolean) => {
            if (!open) props.onClose();
          },
          title: 'Access token',
          width: 520,
          appendToBody: true,
          closeOnClickModal: false,
        },
        {
          default: () => [
            h(
              'p',
              { class: 'key-note' },
              'Copy and keep your access token now. For your security, it will not be shown again.',
            ),
            h(ElInput, {
              class: 'key-field',
              modelValue: value.value,
              readonly: true,
              ariaLabel: 'Access token',
              placeholder: 'Generating…',
            }),
          ],
          footer: () => [
            h(
              ElButton,
              {
                type: 'primary',
                onClick: async () => {
                  await navigator.clipboard.writeText(props.token);
                  copied++;
                  ElMessage.success('Copied');
                },
              },
              () => 'Copy',
            ),
            h(ElButton, { onClick: () => props.onClose() }, () => 'Done'),
          ],
        },
      );
  },
});

const EventsApi = defineComponent({
  setup() {
    const shown = ref<string>();
    return () => [
      h(ElCard, { shadow: 'never', class: 'section' }, () => [
        h('h3', 'Events API'),
        h(
          'p',
          { class: 'muted' },
          'Send web events from your server. Generating a new access token keeps the existing ones working.',
        ),
        h(
          ElButton,
          {
            type: 'primary',
            onClick: () => {
              const token = options.shownKey ?? randomString(40, '0123456789abcdef');
              tokens.push(token.slice(-4));
              shown.value = token;
            },
          },
          () => 'Generate access token',
        ),
      ]),
      shown.value === undefined
        ? null
        : h(TokenDialog, {
            key: tokens.length,
            token: shown.value,
            onClose: () => {
              shown.value = undefined;
            },
          }),
    ];
  },
});

const PixelPage = defineComponent({
  setup() {
    const ready = lateData();
    const tab = ref('overview');
    return () =>
      ready.value
        ? [
            h('div', { class: 'page-head' }, [
              h('div', [
                h('h1', PIXEL_NAME),
                h('p', { class: 'muted' }, [
                  'Pixel ID: ',
                  h('span', { class: 'pixel-id' }, PIXEL_ID),
                ]),
              ]),
              h(ElTag, { type: 'success' }, () => 'Active'),
            ]),
            h(
              ElTabs,
              {
                modelValue: tab.value,
                'onUpdate:modelValue': (name: string | number) => {
                  tab.value = String(name);
                },
              },
              () => [
                h(ElTabPane, { label: 'Overview', name: 'overview' }, () => h('h2', 'Overview')),
                h(ElTabPane, { label: 'Diagnostics', name: 'diagnostics' }, () =>
                  h('h2', 'Diagnostics'),
                ),
                h(ElTabPane, { label: 'Settings', name: 'settings', lazy: true }, () => [
                  h(ElCard, { shadow: 'never', class: 'section' }, () => [
                    h('h3', 'Basic information'),
                    h('p', { class: 'muted' }, `Name: ${PIXEL_NAME}`),
                  ]),
                  h(EventsApi),
                ]),
              ],
            ),
          ]
        : h(ElSkeleton, { rows: 4, animated: true });
  },
});

const DataSources = defineComponent({
  setup() {
    const ready = lateData();
    return () => [
      h('div', { class: 'page-head' }, [
        h('div', [
          h('h1', 'Events Manager'),
          h('p', { class: 'muted' }, 'Data sources connected to your ad account.'),
        ]),
      ]),
      h(ElCard, { shadow: 'never' }, () =>
        ready.value
          ? h(ElTable, { data: [{ name: PIXEL_NAME, id: PIXEL_ID }], rowKey: 'id' }, () => [
              h(
                ElTableColumn,
                { label: 'Data source' },
                {
                  default: ({ row }: { row: { name: string; id: string } }) =>
                    h(
                      AppLink,
                      { to: `${EVENTS_MANAGER}datasource/pixel/detail/${row.id}` },
                      () => row.name,
                    ),
                },
              ),
              h(ElTableColumn, { prop: 'id', label: 'ID', width: 240 }),
              h(ElTableColumn, { label: 'Status', width: 110 }, () =>
                h(ElTag, { type: 'success' }, () => 'Active'),
              ),
            ])
          : h(ElSkeleton, { rows: 3, animated: true }),
      ),
    ];
  },
});

const Page = defineComponent({
  props: { path: { type: String, required: true } },
  setup(props) {
    return () => {
      const path = props.path;
      if (/^\/i18n\/events_manager\/(?:datasource\/)?pixel\/detail/.test(path)) return h(PixelPage);
      if (path.startsWith(EVENTS_MANAGER)) return h(DataSources);
      if (path.startsWith('/i18n/manage/campaign')) return h('h1', 'Campaigns');
      if (path.startsWith('/i18n/login')) return h('h1', 'Log in to TikTok Ads Manager');
      return h('h1', 'Dashboard');
    };
  },
});

export const TikTokApp = defineComponent({
  setup() {
    exposeState(() => ({ route: location.pathname, tokens, copied }));
    return () =>
      h(ElContainer, { class: 'layout' }, () => [
        h(ElAside, { width: '220px', class: 'side' }, () =>
          h('nav', { 'aria-label': 'Ads Manager', class: 'nav' }, [
            h('div', { class: 'brand' }, 'TikTok Ads'),
            h(AppLink, { to: '/i18n/dashboard' }, () => 'Dashboard'),
            h(AppLink, { to: '/i18n/manage/campaign' }, () => 'Campaigns'),
            h(AppLink, { to: EVENTS_MANAGER }, () => 'Events Manager'),
          ]),
        ),
        h(ElContainer, () => [
          h(ElHeader, { class: 'top' }, () => [
            h('span', 'Acme Store'),
            h('span', 'owner@acme.test'),
          ]),
          h(ElMain, () => {
            const path = where.value.split(/[?#]/)[0] ?? '/';
            return h(Page, { key: path, path });
          }),
        ]),
      ]);
  },
});
