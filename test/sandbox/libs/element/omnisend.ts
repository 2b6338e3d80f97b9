// Omnisend's API keys page built from Element Plus components, mirroring sites/omnisend.tsx:
// Store settings > API keys > "+ Create API key" opens an el-dialog (teleported to body, modal,
// focus-trapped) holding an el-form: a Name el-input and an el-checkbox-group of permissions.
// After Create the dialog turns into "Your API key" with a read-only el-input whose value Vue
// sets as a DOM property 0.5-2 s later, as if the key were still on its way from the API.
import {
  type CheckboxGroupValueType,
  ElAside,
  ElButton,
  ElCard,
  ElCheckbox,
  ElCheckboxGroup,
  ElContainer,
  ElDialog,
  ElForm,
  ElFormItem,
  ElHeader,
  ElInput,
  ElLink,
  ElMain,
  ElMessage,
  ElSkeleton,
  ElTable,
  ElTableColumn,
  ElTag,
  type FormInstance,
  type FormRules,
} from 'element-plus';
import {
  computed,
  defineComponent,
  h,
  nextTick,
  onBeforeUnmount,
  onMounted,
  type PropType,
  reactive,
  ref,
  toRaw,
} from 'vue';
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

interface Created {
  name: string;
  permissions: string[];
  key: string;
}
const created = reactive<Created[]>([]);
exposeState(() => ({
  route: location.pathname + location.hash,
  created: toRaw(created).map((c) => ({ ...c, permissions: [...c.permissions] })),
}));

const PERMISSIONS = ['Campaigns', 'Contacts', 'Orders', 'Products', 'Carts', 'Events'];
const KNOWN_APPS = ['zapier', 'shopify', 'woocommerce'];
const redesign = options.variant === 'no-anchors';

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

/** The key, once created: an empty read-only el-input until the key "arrives" 0.5-2 s later. */
const KeyField = defineComponent({
  props: { shown: { type: String, required: true } },
  setup(props) {
    const value = ref('');
    let timer: ReturnType<typeof setTimeout> | undefined;
    onMounted(() => {
      timer = setTimeout(
        async () => {
          value.value = props.shown;
          await nextTick();
          markShown();
        },
        late(500, 1500),
      );
    });
    onBeforeUnmount(() => clearTimeout(timer));
    return () => [
      h('p', { class: 'key-note' }, 'Copy it now: you will not see it again.'),
      h(ElInput, {
        class: 'key-field',
        modelValue: value.value,
        readonly: true,
        ariaLabel: 'API key',
        placeholder: 'Generating your key…',
      }),
    ];
  },
});

type Step = { kind: 'form' } | { kind: 'key'; entry: Created } | { kind: 'wizard'; app: string };

const CreateDialog = defineComponent({
  props: {
    open: { type: Boolean, required: true },
    onClose: { type: Function as PropType<() => void>, required: true },
  },
  setup(props) {
    const formReady = lateData(options.variant === 'late-form' ? 2000 : 0);
    const step = ref<Step>({ kind: 'form' });
    const form = reactive({ name: '', permissions: [] as string[] });
    const formRef = ref<FormInstance>();
    const rules: FormRules = {
      name: [{ required: true, whitespace: true, message: 'Enter a name for the key' }],
      permissions: [
        { type: 'array', required: true, min: 1, message: 'Choose at least one permission' },
      ],
    };

    async function submit() {
      const known = KNOWN_APPS.find((app) => form.name.trim().toLowerCase() === app);
      if (known) {
        step.value = { kind: 'wizard', app: known[0]?.toUpperCase() + known.slice(1) };
        return;
      }
      const valid = await formRef.value?.validate().catch(() => false);
      if (!valid) return;
      const entry: Created = {
        name: form.name,
        permissions: [...form.permissions],
        key: `${randomString(64)}-${randomString(10)}`,
      };
      created.push(entry);
      step.value = { kind: 'key', entry };
    }

    const title = computed(() => {
      const now = step.value;
      if (now.kind === 'wizard') return `${now.app} setup`;
      if (now.kind === 'key') return 'Your API key';
      return redesign ? 'New credentials' : 'Create API key';
    });

    const nameInput = () =>
      h(ElInput, {
        modelValue: form.name,
        'onUpdate:modelValue': (value: string) => {
          form.name = value;
        },
        placeholder: redesign ? undefined : 'e.g. My integration',
      });

    const formBody = () => {
      if (!formReady.value) return h(ElSkeleton, { rows: 4, animated: true });
      return h(
        ElForm,
        {
          ref: formRef,
          model: form,
          rules,
          labelPosition: 'top',
          onSubmit: (event: Event) => {
            event.preventDefault();
            void submit();
          },
        },
        () =>
          redesign
            ? [h(ElFormItem, { prop: 'name' }, nameInput)]
            : [
                h(ElFormItem, { label: 'Name', prop: 'name' }, nameInput),
                h(ElFormItem, { label: 'Permissions', prop: 'permissions' }, () =>
                  h(
                    ElCheckboxGroup,
                    {
                      modelValue: form.permissions,
                      'onUpdate:modelValue': (value: CheckboxGroupValueType) => {
                        form.permissions = value as string[];
                      },
                      ariaLabel: 'Permissions',
                      class: 'permissions',
                    },
                    () => PERMISSIONS.map((p) => h(ElCheckbox, { key: p, value: p }, () => p)),
                  ),
                ),
              ],
      );
    };

    const body = () => {
      const now = step.value;
      if (now.kind === 'wizard')
        return [
          h('h2', `Connect ${now.app}`),
          h('p', `Follow the ${now.app} setup wizard instead.`),
        ];
      if (now.kind === 'key') return h(KeyField, { shown: options.shownKey ?? now.entry.key });
      return formBody();
    };

    // Each step's buttons are keyed, as the branches of a compiled v-if/v-else template are:
    // pressing Create replaces the buttons instead of relabelling them in place.
    const footer = () => {
      const now = step.value;
      if (now.kind === 'wizard')
        return h(ElButton, { key: 'close', onClick: props.onClose }, () => 'Close');
      if (now.kind === 'key') {
        const shown = options.shownKey ?? now.entry.key;
        return [
          h(
            ElButton,
            {
              key: 'copy',
              type: 'primary',
              onClick: async () => {
                await navigator.clipboard.writeText(shown);
                ElMessage.success('API key copied');
              },
            },
            () => 'Copy API key',
          ),
          h(ElButton, { key: 'done', onClick: props.onClose }, () => 'Done'),
        ];
      }
      return [
        h(ElButton, { key: 'cancel', onClick: props.onClose }, () => 'Cancel'),
        h(ElButton, { key: 'create', type: 'primary', onClick: () => void submit() }, () =>
          redesign ? 'Continue' : 'Create API key',
        ),
      ];
    };

    return () =>
      h(
        ElDialog,
        {
          modelValue: props.open,
          'onUpdate:modelValue': (open: boolean) => {
            if (!open) props.onClose();
          },
          title: title.value,
          width: 520,
          appendToBody: true,
          destroyOnClose: true,
          closeOnClickModal: false,
        },
        { default: body, footer },
      );
  },
});

const ApiKeys = defineComponent({
  setup() {
    const ready = lateData();
    const open = ref(false);
    const session = ref(0);
    const rows = computed(() => [
      ...created.map((c) => ({
        name: c.name,
        key: `${c.key.slice(0, 4)}…`,
        permissions: c.permissions.join(', '),
      })),
      { name: 'Zapier', key: 'a1b2…', permissions: 'Contacts, Orders, Events' },
    ]);
    const openDialog = () => {
      session.value += 1;
      open.value = true;
    };
    return () => [
      h('div', { class: 'page-head' }, [
        h('div', [
          h('h1', 'API keys'),
          h('p', { class: 'muted' }, 'Connect custom integrations to your Omnisend store.'),
        ]),
        redesign
          ? h(ElButton, { type: 'primary' }, () => 'Generate')
          : h(ElButton, { type: 'primary', onClick: openDialog }, () => '+ Create API key'),
      ]),
      h(ElCard, { shadow: 'never' }, () =>
        ready.value
          ? h(ElTable, { data: rows.value, rowKey: 'key' }, () => [
              h(ElTableColumn, { prop: 'name', label: 'Name' }),
              h(ElTableColumn, { prop: 'key', label: 'API key', width: 140 }),
              h(ElTableColumn, { prop: 'permissions', label: 'Permissions' }),
              h(ElTableColumn, { label: 'Status', width: 110 }, () =>
                h(ElTag, { type: 'success' }, () => 'Active'),
              ),
            ])
          : h(ElSkeleton, { rows: 3, animated: true }),
      ),
      session.value
        ? h(CreateDialog, {
            key: session.value,
            open: open.value,
            onClose: () => {
              open.value = false;
            },
          })
        : null,
    ];
  },
});

const Page = defineComponent({
  props: { route: { type: String, required: true } },
  setup(props) {
    return () => {
      const route = props.route;
      if (route.includes('/integrations/api-keys')) return h(ApiKeys);
      if (route.startsWith('/login')) return h('h1', 'Log in to Omnisend');
      if (route.startsWith('/settings'))
        return [
          h('h1', 'Store settings'),
          h(ElCard, { shadow: 'never' }, () =>
            h('ul', { class: 'settings-list' }, [
              h(
                'li',
                h(AppLink, { to: '/settings/store' }, () => 'Store details'),
              ),
              h(
                'li',
                h(AppLink, { to: '/integrations/api-keys' }, () => 'API keys'),
              ),
            ]),
          ),
        ];
      return h('h1', 'Dashboard');
    };
  },
});

export const OmnisendApp = defineComponent({
  setup() {
    return () =>
      h(ElContainer, { class: 'layout' }, () => [
        h(ElAside, { width: '220px', class: 'side' }, () =>
          h('nav', { 'aria-label': 'Main', class: 'nav' }, [
            h('div', { class: 'brand' }, 'omnisend'),
            h(AppLink, { to: '/' }, () => 'Dashboard'),
            h(AppLink, { to: '/campaigns' }, () => 'Campaigns'),
            h(AppLink, { to: '/settings/store' }, () => 'Store settings'),
          ]),
        ),
        h(ElContainer, () => [
          h(ElHeader, { class: 'top' }, () => [
            h('span', 'Acme Store'),
            h('span', 'owner@acme.test'),
          ]),
          h(ElMain, () => h(Page, { key: where.value, route: where.value.replace(/^\/#/, '') })),
        ]),
      ]);
  },
});
