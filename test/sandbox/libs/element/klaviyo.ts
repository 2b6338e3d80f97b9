// Klaviyo's create page built from Element Plus components, at
// https://www.klaviyo.com/create-private-api-key: the access level is a library select instead
// of radio cards. Patterns it covers:
// - el-select: the combobox is a readonly <input role=combobox> inside .el-select__wrapper,
//   named by its el-form-item label; the chosen label is shown in a sibling <span>, never in the
//   input's value. The options (li role=option, their text in a child <span>) live in a popper
//   teleported to <body>, rendered only once the select was first opened (click on the wrapper;
//   ArrowDown/Enter on the focused input).
// - variant `virtual-select`: el-select-v2, whose option list is virtualised: of its 26 access
//   levels only those in the popper's scroll window are in the DOM, and "Full Access Key" is the
//   last one, so it exists only once the list is scrolled to its end.
// After Create an el-dialog (teleported, modal) "Your new private API key" shows the key as
// text, with Copy and Done.
import {
  ElButton,
  ElDialog,
  ElForm,
  ElFormItem,
  ElInput,
  ElMain,
  ElMessage,
  ElOption,
  ElSelect,
  ElSelectV2,
} from 'element-plus';
import { defineComponent, h, reactive, ref, toRaw } from 'vue';
import { exposeState, markShown, navigate, options, randomString, where } from './kit';

interface Created {
  name: string;
  access: string;
  key: string;
}
const created = reactive<Created[]>([]);

const virtual = options.variant === 'virtual-select';
const SCOPES = [
  'Accounts',
  'Campaigns',
  'Catalogs',
  'Coupons',
  'Data Privacy',
  'Events',
  'Flows',
  'Images',
  'Lists',
  'Metrics',
  'Profiles',
  'Push Tokens',
  'Segments',
  'Subscriptions',
  'Tags',
  'Templates',
  'Webhooks',
  'Reviews',
  'Forms',
  'Reports',
  'Conversations',
  'Tracking Settings',
];
const ACCESS = [
  { value: 'custom', label: 'Custom Key' },
  { value: 'read-only', label: 'Read-Only Key' },
  ...(virtual
    ? SCOPES.map((scope) => ({
        value: `read-${scope.toLowerCase().replace(/ /g, '-')}`,
        label: `Read-Only ${scope}`,
      }))
    : []),
  { value: 'full', label: 'Full Access Key' },
];

const CreatePage = defineComponent({
  setup() {
    const form = reactive({ name: '', access: '' });
    const problem = ref('');
    const shown = ref<Created | undefined>();

    function submit() {
      if (!form.name.trim()) problem.value = 'Enter a name for the key.';
      else if (!form.access) problem.value = 'Please choose an access level.';
      else {
        problem.value = '';
        const entry = { name: form.name, access: form.access, key: `pk_${randomString(34)}` };
        created.push(entry);
        shown.value = entry;
        requestAnimationFrame(() => markShown());
      }
    }

    const select = () => {
      const common = {
        modelValue: form.access,
        'onUpdate:modelValue': (value: string) => {
          form.access = value;
        },
        placeholder: 'Select',
        style: 'width: 280px',
      };
      if (virtual) return h(ElSelectV2, { ...common, options: ACCESS });
      return h(ElSelect, common, () =>
        ACCESS.map((a) => h(ElOption, { key: a.value, value: a.value, label: a.label })),
      );
    };

    return () => [
      h('h1', 'New private API key'),
      h(
        ElForm,
        {
          model: form,
          labelPosition: 'top',
          class: 'key-form',
          onSubmit: (event: Event) => {
            event.preventDefault();
            submit();
          },
        },
        () => [
          h(ElFormItem, { label: 'Private API Key Name' }, () =>
            h(ElInput, {
              modelValue: form.name,
              'onUpdate:modelValue': (value: string) => {
                form.name = value;
              },
              placeholder: 'Name your key',
              name: 'Private API Key Name',
            }),
          ),
          h(ElFormItem, { label: 'Access level' }, select),
          problem.value ? h('p', { role: 'alert', class: 'problem' }, problem.value) : null,
          h(ElButton, { type: 'primary', nativeType: 'submit' }, () => 'Create'),
        ],
      ),
      h(
        ElDialog,
        {
          modelValue: !!shown.value,
          title: 'Your new private API key',
          width: 520,
          appendToBody: true,
          closeOnClickModal: false,
          showClose: false,
        },
        {
          default: () =>
            shown.value
              ? [
                  h('p', 'Copy it now: you will not see it again.'),
                  h('p', { class: 'secret' }, shown.value.key),
                ]
              : null,
          footer: () => [
            h(
              ElButton,
              {
                type: 'primary',
                onClick: async () => {
                  await navigator.clipboard.writeText(shown.value?.key ?? '');
                  ElMessage.success('Copied');
                },
              },
              () => 'Copy',
            ),
            h(
              ElButton,
              {
                onClick: () => {
                  shown.value = undefined;
                  navigate('/settings/account/api-keys');
                },
              },
              () => 'Done',
            ),
          ],
        },
      ),
    ];
  },
});

export const KlaviyoApp = defineComponent({
  setup() {
    exposeState(() => ({
      route: location.pathname,
      created: toRaw(created).map((c) => ({ ...c })),
    }));
    return () =>
      h(ElMain, () =>
        where.value.startsWith('/create-private-api-key') ? h(CreatePage) : h('h1', 'API keys'),
      );
  },
});
