// Klaviyo's API-key pages built from PrimeNG's own components (sandbox option `library:
// 'primeng'`, a lazy chunk of the Angular app: PrimeNG loads only on this page, Angular Material
// only on Optimove's and Snapchat's). Path routes, as www.klaviyo.com has. What PrimeNG brings:
// - p-dialog appended to <body> (a modal mask, focus trapped), its title naming it;
// - the access level in a p-select: its combobox is a <span role=combobox> named by
//   aria-labelledby, whose text is the chosen label; its listbox is in a p-overlay appended to
//   <body> only while open, and the overlay fades out (a CSS leave transition) once an option
//   is chosen;
// - Create a p-button in the dialog's footer, with no <form> on the page;
// - the key shown once in a read-only pInputText, beside a Copy p-button.
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  inject,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, Router, RouterLink, RouterOutlet, type Routes } from '@angular/router';
import Aura from '@primeuix/themes/aura';
import { Button } from 'primeng/button';
import { providePrimeNG } from 'primeng/config';
import { Dialog } from 'primeng/dialog';
import { InputText } from 'primeng/inputtext';
import { Select } from 'primeng/select';
import { exposeState, options, randomString, stampShown } from '../../../../../page';

interface Created {
  name: string;
  access: string;
  key: string;
}

const API_KEYS = '/settings/account/api-keys';
const ACCESS = [
  { value: 'custom', title: 'Custom Key' },
  { value: 'read-only', title: 'Read-Only Key' },
  { value: 'full', title: 'Full Access Key' },
];

/** The app's own model, which tests read instead of the DOM: the keys made, and the create
 * form's fields as the components bound them (ngModel), not as the page shows them. */
const created = signal<Created[]>([]);
const draft = signal<{ name: string; access: string | null }>({ name: '', access: null });
exposeState(() => ({ route: location.pathname, created: created(), draft: draft() }));

@Component({
  selector: 'kl-settings',
  imports: [RouterLink],
  template: `<h1>Settings</h1>
    <a routerLink="${API_KEYS}">API keys</a>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Settings {}

@Component({
  selector: 'kl-api-keys',
  imports: [RouterLink],
  template: `<h1>API keys</h1>
    <table aria-label="Private API keys">
      <tbody>
        @for (key of created(); track key.key) {
          <tr><td>{{ key.name }}</td><td>pk_****{{ key.key.slice(-4) }}</td></tr>
        }
      </tbody>
    </table>
    <a routerLink="/create-private-api-key">Create Private API Key</a>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class ApiKeys {
  protected readonly created = created;
}

@Component({
  selector: 'kl-create',
  imports: [Button, Dialog, FormsModule, InputText, Select],
  template: `@if (ready()) {
      <p-dialog
        [visible]="true"
        [modal]="true"
        [draggable]="false"
        [resizable]="false"
        appendTo="body"
        [style]="{ width: 'min(32rem, 92vw)' }"
        [header]="entry() ? 'Your new private API key' : 'New private API key'"
        (visibleChange)="$event || close()"
      >
        @if (entry(); as entry) {
          <p>Copy this key now. You won't be able to see it again.</p>
          <div class="field">
            <label for="private-key">Private API key</label>
            <input pInputText id="private-key" class="secret" readonly autocomplete="off"
              spellcheck="false" [value]="shown(entry)" />
          </div>
        } @else {
          <div class="field">
            <label for="key-name">Private API Key Name</label>
            <input pInputText id="key-name" placeholder="Name your key" autocomplete="off"
              [ngModel]="draft().name" (ngModelChange)="setName($event)" />
          </div>
          <div class="field">
            <label id="access-label" for="access-level">Access level</label>
            <p-select inputId="access-level" ariaLabelledBy="access-label" appendTo="body"
              placeholder="Choose an access level" [options]="access" optionLabel="title"
              optionValue="value" [ngModel]="draft().access" (ngModelChange)="setAccess($event)" />
          </div>
          @if (error()) {
            <p role="alert">{{ error() }}</p>
          }
        }
        <ng-template #footer>
          @if (entry(); as entry) {
            <p-button label="Copy" severity="secondary" (onClick)="copy(entry)" />
            <p-button label="Done" (onClick)="close()" />
          } @else {
            <p-button label="Cancel" severity="secondary" (onClick)="close()" />
            <p-button label="Create" (onClick)="create()" />
          }
        </ng-template>
      </p-dialog>
    } @else {
      <p>Loading…</p>
    }`,
  styles: `.field { display: grid; gap: 6px; margin-bottom: 14px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Create {
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly access = ACCESS;
  protected readonly draft = draft;
  protected readonly ready = signal(false);
  protected readonly entry = signal<Created | undefined>(undefined);
  protected readonly error = signal('');

  constructor() {
    draft.set({ name: '', access: null });
    // The page's data arrives 300-800 ms late, like a real API call.
    const timer = setTimeout(
      () => this.ready.set(true),
      options.instant ? 0 : 300 + Math.random() * 500,
    );
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  protected setName(name: string) {
    draft.update((d) => ({ ...d, name }));
  }

  protected setAccess(access: string | null) {
    draft.update((d) => ({ ...d, access }));
  }

  protected shown(entry: Created) {
    return options.shownKey ?? entry.key;
  }

  protected create() {
    // The components' model, not the DOM, is what a real app sends to its API.
    const { name, access } = draft();
    if (!name.trim() || !access) return this.error.set('Enter a name and choose an access level.');
    const next = { name, access, key: `pk_${randomString(34)}` };
    created.update((all) => [...all, next]);
    this.entry.set(next);
    afterNextRender(() => stampShown(), { injector: this.injector });
  }

  protected copy(entry: Created) {
    void navigator.clipboard.writeText(this.shown(entry));
  }

  protected close() {
    void this.router.navigateByUrl(API_KEYS);
  }
}

@Component({
  selector: 'kl-app',
  imports: [RouterOutlet, RouterLink],
  template: `<header class="kl-top"><a routerLink="/dashboard">Home</a> <a routerLink="/settings">Settings</a></header>
    <main class="kl-main"><router-outlet /></main>`,
  styles: `.kl-top { display: flex; gap: 16px; padding: 10px 16px; background: #232426; }
    .kl-top a { color: #fff; } .kl-main { padding: 16px 24px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class KlaviyoApp {}

@Component({
  selector: 'kl-home',
  template: `<h1>Home</h1>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Home {}

const routes: Routes = [
  { path: 'create-private-api-key', component: Create },
  { path: 'settings/account/api-keys', component: ApiKeys },
  { path: 'settings', component: Settings },
  { path: '**', component: Home },
];

export function mountPrimeKlaviyo() {
  document.getElementById('root')?.append(document.createElement('kl-app'));
  return bootstrapApplication(KlaviyoApp, {
    providers: [
      provideZonelessChangeDetection(),
      provideRouter(routes),
      // Styled mode: the Aura preset's tokens, injected as <style> elements at run time.
      providePrimeNG({ theme: { preset: Aura, options: { darkModeSelector: false } } }),
    ],
  });
}
