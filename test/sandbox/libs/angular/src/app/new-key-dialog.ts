// "+ New API Key" opens this mat-dialog (a CDK overlay at the end of <body>): Nickname, Contact
// Email and Access Type (a mat-select: its listbox is another overlay), then "Activate key".
// The same dialog then shows the key masked in a read-only input; the eye button reveals it
// through the [value] property binding, and Copy uses the CDK clipboard.

import { ClipboardModule } from '@angular/cdk/clipboard';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { type Created, created, late, markShown, newKey, options } from './kit';

const ACCESS = [
  { title: 'Admin', text: 'Full access to every API.' },
  {
    title: 'Integrations',
    text: 'For third-party tools; calls, attributes and channels can be limited.',
  },
  { title: 'Transactional API User', text: 'Every endpoint, the transactional ones included.' },
];
const MASK = '••••••••';

@Component({
  selector: 'opt-new-key-dialog',
  imports: [
    ClipboardModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  template: `@if (entry(); as entry) {
      <h2 mat-dialog-title>API Key Created</h2>
      <mat-dialog-content>
        <p>Copy the key now. It will not be shown again.</p>
        <mat-form-field appearance="outline" class="full">
          <mat-label>API Key</mat-label>
          <input matInput readonly class="secret" autocomplete="off" spellcheck="false"
            [value]="revealed() ? shown(entry) : mask" />
          <button mat-icon-button matSuffix type="button" (click)="toggle()"
            [attr.aria-label]="revealed() ? 'Hide key' : 'Show key'" [attr.aria-pressed]="revealed()">
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="currentColor">
              @if (revealed()) {
                <path d="M12 7a5 5 0 0 1 5 5c0 .65-.13 1.26-.36 1.83l2.92 2.92A11.8 11.8 0 0 0 23 12c-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7ZM2 4.27l2.28 2.28.46.46A11.8 11.8 0 0 0 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27Zm5.53 5.53 1.55 1.55A2.8 2.8 0 0 0 9 12a3 3 0 0 0 3 3c.22 0 .44-.03.65-.08l1.55 1.55A5 5 0 0 1 7 12c0-.79.2-1.53.53-2.2Zm4.31-.78 3.15 3.15.02-.16a3 3 0 0 0-3-3l-.17.01Z" />
              } @else {
                <path d="M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5ZM12 17a5 5 0 1 1 0-10 5 5 0 0 1 0 10Zm0-8a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z" />
              }
            </svg>
          </button>
          <mat-hint>{{ revealed() ? 'Anyone with this key can call the API.' : 'Press the eye to see the key.' }}</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <span class="copied" role="status">{{ copied() ? 'Copied' : '' }}</span>
        <button mat-stroked-button type="button" [cdkCopyToClipboard]="shown(entry)"
          (cdkCopyToClipboardCopied)="copied.set($event)">Copy</button>
        <button mat-flat-button type="button" mat-dialog-close>Close</button>
      </mat-dialog-actions>
    } @else if (ready()) {
      <h2 mat-dialog-title>New API Key</h2>
      <form [formGroup]="form" (ngSubmit)="activate()" novalidate>
        <mat-dialog-content class="fields">
          <mat-form-field appearance="outline">
            <mat-label>Nickname</mat-label>
            <input matInput formControlName="nickname" autocomplete="off" />
            @if (form.controls.nickname.invalid) { <mat-error>Enter a nickname.</mat-error> }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Contact Email</mat-label>
            <input matInput type="email" formControlName="email" required autocomplete="email" />
            @if (form.controls.email.invalid) { <mat-error>Enter a valid email.</mat-error> }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Access Type</mat-label>
            <mat-select formControlName="access">
              @for (a of access; track a.title) {
                <mat-option [value]="a.title">{{ a.title }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ hint() }}</mat-hint>
            @if (form.controls.access.invalid) { <mat-error>Choose an access type.</mat-error> }
          </mat-form-field>
          @if (error()) { <p role="alert" class="error">{{ error() }}</p> }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>Cancel</button>
          <button mat-flat-button type="submit">Activate key</button>
        </mat-dialog-actions>
      </form>
    } @else {
      <mat-dialog-content class="loading">
        <mat-progress-spinner mode="indeterminate" diameter="36" aria-label="Loading" />
      </mat-dialog-content>
    }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewKeyDialog {
  private readonly injector = inject(Injector);
  protected readonly access = ACCESS;
  protected readonly mask = MASK;
  /** The form "loads" 2 s late in the `late-form` variant. */
  protected readonly ready = signal(options.variant !== 'late-form');
  protected readonly entry = signal<Created | undefined>(undefined);
  protected readonly revealed = signal(false);
  protected readonly copied = signal(false);
  protected readonly error = signal('');
  protected readonly hint = signal('Who may call which APIs with this key.');
  protected readonly form = new FormGroup({
    nickname: new FormControl('', { nonNullable: true, validators: Validators.required }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    access: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });

  constructor() {
    if (!this.ready()) {
      const timer = setTimeout(() => this.ready.set(true), late(2000));
      inject(DestroyRef).onDestroy(() => clearTimeout(timer));
    }
    this.form.controls.access.valueChanges.subscribe((title) => {
      this.hint.set(ACCESS.find((a) => a.title === title)?.text ?? '');
    });
  }

  protected shown(entry: Created): string {
    return options.shownKey ?? entry.key;
  }

  protected activate() {
    const { nickname, email, access } = this.form.getRawValue();
    if (this.form.invalid || !nickname.trim()) {
      this.form.markAllAsTouched();
      this.error.set('Fill in the nickname, a valid contact email and the access type.');
      return;
    }
    const entry = { nickname, email, access, key: newKey() };
    created.update((list) => [...list, entry]);
    this.entry.set(entry);
  }

  protected toggle() {
    this.revealed.update((shown) => !shown);
    if (this.revealed()) afterNextRender({ write: () => markShown() }, { injector: this.injector });
  }
}
