// "Generate Token" on the Conversions API Tokens tab opens this mat-dialog (a CDK overlay at the
// end of <body>, the app root aria-hidden, focus trapped). Snapchat's docs name no token name, so
// none is asked: the dialog says what the token is for, and its Generate makes one, shown 0.5 s
// later in a read-only matInput (set through the [value] property binding) next to Copy (the CDK
// clipboard). With the `shownKey` option the page shows that value instead.
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
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { copied, late, newToken, options, stampShown, tokens } from './state';

@Component({
  selector: 'snap-token-dialog',
  imports: [
    ClipboardModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
  ],
  template: `@if (token(); as token) {
      <h2 mat-dialog-title>Conversions API Token</h2>
      <mat-dialog-content>
        <p>Copy this token and keep it safe. You will not be able to see it again.</p>
        <mat-form-field appearance="outline" class="full">
          <mat-label>Token</mat-label>
          <input matInput readonly class="secret" autocomplete="off" spellcheck="false"
            [value]="token" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <span class="copied" role="status">{{ done() ? 'Copied' : '' }}</span>
        <button mat-stroked-button type="button" [cdkCopyToClipboard]="token"
          (cdkCopyToClipboardCopied)="copy($event)">Copy</button>
        <button mat-flat-button type="button" mat-dialog-close>Done</button>
      </mat-dialog-actions>
    } @else {
      <h2 mat-dialog-title>Generate Token</h2>
      <mat-dialog-content>
        @if (busy()) {
          <mat-progress-spinner mode="indeterminate" diameter="36" aria-label="Generating" />
        } @else {
          <p>A Conversions API token lets a partner send your website's events to Snapchat for
            every pixel of this business.</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="button" [disabled]="busy()" (click)="generate()">Generate</button>
      </mat-dialog-actions>
    }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TokenDialog {
  private readonly injector = inject(Injector);
  private readonly destroy = inject(DestroyRef);
  protected readonly token = signal('');
  protected readonly busy = signal(false);
  protected readonly done = signal(false);

  protected generate() {
    this.busy.set(true);
    const timer = setTimeout(() => {
      const token = options.shownKey ?? newToken();
      tokens.update((list) => [...list, { end: token.slice(-4) }]);
      this.token.set(token);
      afterNextRender({ write: () => stampShown() }, { injector: this.injector });
    }, late(500));
    this.destroy.onDestroy(() => clearTimeout(timer));
  }

  protected copy(ok: boolean) {
    this.done.set(ok);
    copied.update((n) => n + 1);
  }
}
