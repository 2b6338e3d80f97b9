// Microsoft Advertising built from Element Plus components, at https://ui.ads.microsoft.com.
// As Upstack's Bing destination and third-party sources describe it (unverified): Tools >
// Conversion tracking > UET tag (an el-table of the account's tags with their Tag IDs) > the
// tag's "Set up tagging", which opens an el-dialog (teleported to <body>, modal, focus-trapped)
// naming the tag and its Tag ID, with "Use Conversions API": pressed, the same dialog shows the
// token a moment later in a read-only el-input, with a Copy button and the note that a new token
// can take up to 15 minutes to activate. No token name is asked for.
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
  ElTag,
} from 'element-plus';
import { defineComponent, h, nextTick, ref } from 'vue';
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
import { MS_ACCOUNT, OTHER_TAG, UET_TAG, UET_TAG_NAME } from './microsoft-tag';

const UET = '/campaign/vnext/uettag';
const query = `?aid=${MS_ACCOUNT}`;

/** What tests read back: the end of each token generated, and Copy presses. */
const tokens: { end: string }[] = [];
let copied = 0;

interface UetTag {
  name: string;
  id: string;
}
const TAGS: UetTag[] = [
  { name: UET_TAG_NAME, id: UET_TAG },
  { name: 'Old site tag', id: OTHER_TAG },
];

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

/** "Set up tagging" for one tag: the ways to tag, then the Conversions API token once made. */
const SetUpDialog = defineComponent({
  props: {
    tag: { type: Object as () => UetTag, required: true },
    onClose: { type: Function, required: true },
  },
  setup(props) {
    const token = ref<string>();
    const value = ref('');
    const generate = () => {
      const made = options.shownKey ?? `${randomString(48)}.${randomString(40)}`;
      tokens.push({ end: made.slice(-4) });
      token.value = made;
      setTimeout(
        async () => {
          value.value = made;
          await nextTick();
          markShown();
        },
        late(200, 400),
      );
    };
    return () =>
      h(
        ElDialog,
        {
          modelValue: true,
          'onUpdate:modelValue': (open: boolean) => {
            if (!open) props.onClose();
          },
          title: 'Set up tagging',
          width: 560,
          appendToBody: true,
          closeOnClickModal: false,
        },
        {
          default: () => [
            h('p', { class: 'muted' }, [
              `UET tag: ${props.tag.name} · Tag ID: `,
              h('span', { class: 'tag-id' }, props.tag.id),
            ]),
            token.value === undefined
              ? [
                  h('p', 'Choose how to send conversions for this tag.'),
                  h('div', { class: 'settings-list' }, [
                    h(ElButton, { plain: true }, () => 'Install the tag yourself'),
                    h(
                      ElButton,
                      { type: 'primary', onClick: generate },
                      () => 'Use Conversions API',
                    ),
                  ]),
                ]
              : h('section', { 'aria-labelledby': 'capi-token-title' }, [
                  h('h3', { id: 'capi-token-title' }, 'Conversions API token'),
                  h(
                    'p',
                    { class: 'key-note' },
                    'Copy this token now. Allow up to 15 minutes for a newly generated token to activate.',
                  ),
                  h(ElInput, {
                    class: 'key-field',
                    modelValue: value.value,
                    readonly: true,
                    ariaLabel: 'Conversions API token',
                    placeholder: 'Generating…',
                  }),
                ]),
          ],
          footer: () => [
            token.value === undefined
              ? null
              : h(
                  ElButton,
                  {
                    type: 'primary',
                    onClick: async () => {
                      await navigator.clipboard.writeText(token.value ?? '');
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

const UetTags = defineComponent({
  setup() {
    const ready = lateData();
    const open = ref<UetTag>();
    return () => [
      h('div', { class: 'page-head' }, [
        h('div', [
          h('h1', 'UET tag'),
          h('p', { class: 'muted' }, 'Universal Event Tracking tags of this account.'),
        ]),
      ]),
      h(ElCard, { shadow: 'never' }, () =>
        ready.value
          ? h(ElTable, { data: TAGS, rowKey: 'id' }, () => [
              h(ElTableColumn, { prop: 'name', label: 'Name' }),
              h(ElTableColumn, { prop: 'id', label: 'Tag ID', width: 140 }),
              h(ElTableColumn, { label: 'Status', width: 110 }, () =>
                h(ElTag, { type: 'success' }, () => 'Active'),
              ),
              h(
                ElTableColumn,
                { label: 'Actions', width: 170 },
                {
                  default: ({ row }: { row: UetTag }) =>
                    h(
                      ElButton,
                      {
                        link: true,
                        type: 'primary',
                        'aria-label':
                          row.id === UET_TAG ? 'Set up tagging' : `Set up tagging for ${row.name}`,
                        onClick: () => {
                          open.value = row;
                        },
                      },
                      () => 'Set up tagging',
                    ),
                },
              ),
            ])
          : h(ElSkeleton, { rows: 3, animated: true }),
      ),
      open.value === undefined
        ? null
        : h(SetUpDialog, {
            key: open.value.id,
            tag: open.value,
            onClose: () => {
              open.value = undefined;
            },
          }),
    ];
  },
});

const Page = defineComponent({
  props: { path: { type: String, required: true } },
  setup(props) {
    return () => {
      const path = props.path;
      if (path.startsWith(UET)) return h(UetTags);
      if (path.startsWith('/campaign/vnext/campaigns')) return h('h1', 'Campaigns');
      return h('h1', 'Overview');
    };
  },
});

export const MicrosoftApp = defineComponent({
  setup() {
    exposeState(() => ({ route: location.pathname, tokens, copied }));
    if (location.pathname === '/') navigate(`/campaign/vnext/overview${query}`, true);
    return () =>
      h(ElContainer, { class: 'layout' }, () => [
        h(ElAside, { width: '220px', class: 'side' }, () =>
          h('nav', { 'aria-label': 'Microsoft Advertising', class: 'nav' }, [
            h('div', { class: 'brand' }, 'Microsoft Advertising'),
            h(AppLink, { to: `/campaign/vnext/overview${query}` }, () => 'Overview'),
            h(AppLink, { to: `/campaign/vnext/campaigns${query}` }, () => 'Campaigns'),
            h(AppLink, { to: `${UET}${query}` }, () => 'UET tag'),
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
