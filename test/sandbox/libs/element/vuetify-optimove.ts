// Optimove's API Key Management (acme.optimove.net, hash routes) built from Vuetify 3's own
// components (sandbox option `library: 'vuetify'`, a chunk of the Vue app loaded only for this
// page, with Vuetify's stylesheet and no Element Plus one: registry.ts's bundledStyles). What
// Vuetify brings:
// - v-dialog: teleported into Vuetify's .v-overlay-container at the end of <body>, with a
//   scrim, focus kept inside it; its Activate key is a plain button (no <form> on the page);
// - Access Type in a v-select: the combobox is a readonly <input> showing the item's title
//   while the model holds its value (`admin`); a hidden native <select> beside it (for
//   autofill, its options the values, unnamed); its aria-controls names the v-menu, whose content
//   (another overlay in the container) holds the role=listbox v-list; the menu fades out
//   after a choice, its options still rendered while it leaves;
// - the key shown once in a read-only v-text-field.
import { createApp, defineComponent, h, nextTick, onBeforeUnmount, onMounted, ref } from 'vue';
import { createVuetify } from 'vuetify';
import {
  VApp,
  VBtn,
  VCard,
  VCardActions,
  VCardText,
  VCardTitle,
  VDialog,
  VMain,
  VProgressCircular,
  VSelect,
  VTable,
  VTextField,
} from 'vuetify/components';
import { exposeState, late, markShown, options, randomString, where } from './kit';

interface Created {
  nickname: string;
  email: string;
  access: string;
  key: string;
}
const created: Created[] = [];
/** The dialog's fields as the components bound them (v-model), which tests read back. */
const draft = { nickname: '', email: '', access: null as string | null };
exposeState(() => ({ route: location.hash, created, draft: { ...draft } }));

const ACCESS = [
  { value: 'admin', title: 'Admin' },
  { value: 'integrations', title: 'Integrations' },
  { value: 'transactional', title: 'Transactional API User' },
];
const titleOf = (value: string | null) => ACCESS.find((a) => a.value === value)?.title ?? '';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const NewKey = defineComponent({
  emits: ['done', 'cancel'],
  setup(_, { emit }) {
    const nickname = ref('');
    const email = ref('');
    const access = ref<string | null>(null);
    const error = ref('');
    const open = ref(true);
    const sync = () => {
      draft.nickname = nickname.value;
      draft.email = email.value;
      draft.access = access.value;
    };
    sync();
    const activate = () => {
      // The components' model, not the DOM, is what a real app sends to its API.
      if (
        !nickname.value.trim() ||
        !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.value) ||
        !access.value
      ) {
        error.value = 'Fill in the nickname, a valid contact email and the access type.';
        return;
      }
      const entry = {
        nickname: nickname.value,
        email: email.value,
        access: titleOf(access.value),
        key: randomString(48, BASE64URL),
      };
      created.push(entry);
      emit('done', entry);
    };
    const cancel = () => {
      open.value = false;
      emit('cancel');
    };
    return () =>
      h(
        VDialog,
        {
          modelValue: open.value,
          'onUpdate:modelValue': (v: boolean) => !v && cancel(),
          width: 520,
          'aria-labelledby': 'new-key-title',
        },
        () =>
          h(VCard, null, () => [
            h(VCardTitle, { id: 'new-key-title', tag: 'h2' }, () => 'New API Key'),
            h(VCardText, null, () => [
              h(VTextField, {
                label: 'Nickname',
                modelValue: nickname.value,
                'onUpdate:modelValue': (v: string) => {
                  nickname.value = v;
                  sync();
                },
              }),
              h(VTextField, {
                label: 'Contact Email',
                type: 'email',
                modelValue: email.value,
                'onUpdate:modelValue': (v: string) => {
                  email.value = v;
                  sync();
                },
              }),
              h(VSelect, {
                label: 'Access Type',
                items: ACCESS,
                itemTitle: 'title',
                itemValue: 'value',
                autocomplete: 'on',
                name: 'access-type',
                modelValue: access.value,
                'onUpdate:modelValue': (v: string | null) => {
                  access.value = v;
                  sync();
                },
              }),
              error.value ? h('div', { role: 'alert', class: 'text-error' }, error.value) : null,
            ]),
            h(VCardActions, null, () => [
              h(VBtn, { onClick: cancel }, () => 'Cancel'),
              h(
                VBtn,
                { color: 'primary', variant: 'flat', onClick: activate },
                () => 'Activate key',
              ),
            ]),
          ]),
      );
  },
});

const Reveal = defineComponent({
  props: { entry: { type: Object as () => Created, required: true } },
  emits: ['close'],
  setup(props, { emit }) {
    const shown = options.shownKey ?? props.entry.key;
    onMounted(() => nextTick(markShown));
    return () =>
      h(
        VDialog,
        {
          modelValue: true,
          'onUpdate:modelValue': (v: boolean) => !v && emit('close'),
          width: 520,
          'aria-labelledby': 'created-title',
        },
        () =>
          h(VCard, null, () => [
            h(VCardTitle, { id: 'created-title', tag: 'h2' }, () => 'API Key Created'),
            h(VCardText, null, () => [
              h('p', { class: 'mb-4' }, 'Copy the key now. It will not be shown again.'),
              h(VTextField, {
                label: 'API Key',
                readonly: true,
                class: 'secret',
                autocomplete: 'off',
                spellcheck: 'false',
                modelValue: shown,
              }),
            ]),
            h(VCardActions, null, () => [
              h(VBtn, { onClick: () => navigator.clipboard.writeText(shown) }, () => 'Copy'),
              h(VBtn, { color: 'primary', onClick: () => emit('close') }, () => 'Done'),
            ]),
          ]),
      );
  },
});

const KeyManagement = defineComponent({
  setup() {
    const ready = ref(false);
    const mode = ref<'list' | 'form' | Created>('list');
    const timer = setTimeout(() => {
      ready.value = true;
    }, late());
    onBeforeUnmount(() => clearTimeout(timer));
    return () => {
      const rows = [{ nickname: 'Reporting', access: 'Integrations' }, ...created];
      return h('div', { class: 'pa-6' }, [
        h('h1', { class: 'text-h5 mb-4' }, 'API Key Management'),
        ready.value
          ? h(VTable, null, () => [
              h('thead', [h('tr', [h('th', 'Nickname'), h('th', 'Access Type')])]),
              h(
                'tbody',
                rows.map((r) =>
                  h('tr', { key: r.nickname }, [h('td', r.nickname), h('td', r.access)]),
                ),
              ),
            ])
          : h(VProgressCircular, { indeterminate: true, 'aria-label': 'Loading API keys' }),
        ready.value
          ? h(
              VBtn,
              { class: 'mt-4', color: 'primary', onClick: () => (mode.value = 'form') },
              () => '+ New API Key',
            )
          : null,
        mode.value === 'form'
          ? h(NewKey, {
              onDone: (entry: Created) => (mode.value = entry),
              onCancel: () => (mode.value = 'list'),
            })
          : null,
        typeof mode.value === 'object'
          ? h(Reveal, { entry: mode.value, onClose: () => (mode.value = 'list') })
          : null,
      ]);
    };
  },
});

const Page = defineComponent({
  setup() {
    return () => {
      const route = where.value.split('#')[1] ?? '/';
      return h(VApp, null, () =>
        h(VMain, null, () =>
          route.startsWith('/settings/general/api-key-management')
            ? h(KeyManagement)
            : h('div', { class: 'pa-6' }, [
                h('h1', 'Settings'),
                h('a', { href: '/#/settings/general/api-key-management' }, 'API Key Management'),
              ]),
        ),
      );
    };
  },
});

export function mountVuetifyOptimove() {
  const vuetify = createVuetify({ theme: { defaultTheme: 'light' } });
  createApp(Page).use(vuetify).mount('#root');
}
