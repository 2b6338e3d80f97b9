// Snapchat Business Manager (business.snapchat.com) in Angular Material: a shell with the
// business's menu, pages under the organisation's id (/<org id>/…), and Business Details whose
// "Conversions API Tokens" tab (a mat-tab, rendered only once selected) lists the tokens and
// offers "Generate Token" (snapchat/token-dialog.ts), beside the business's pixel and its id
// (not with the `idHidden` option). Path routes, as the real dashboard's.
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatTabsModule } from '@angular/material/tabs';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet, type Routes } from '@angular/router';
import { SNAP_ORG, SNAP_PIXEL } from './account';
import { options, tokens } from './state';
import { TokenDialog } from './token-dialog';

const BASE = `/${SNAP_ORG}`;

@Component({
  selector: 'snap-home',
  template: `<h1 class="mat-headline-small">Business Overview</h1>
    <p>Your ad accounts, public profiles and members at a glance.</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SnapHome {}

@Component({
  selector: 'snap-members',
  template: `<h1 class="mat-headline-small">Members</h1>
    <p>Invite people to this business and choose their roles.</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SnapMembers {}

@Component({
  selector: 'snap-ad-accounts',
  template: `<h1 class="mat-headline-small">Ad Accounts</h1>
    <p>The ad accounts of this business and their billing.</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SnapAdAccounts {}

/** Business Details: the business's facts, and its Conversions API tokens in a second tab. */
@Component({
  selector: 'snap-business-details',
  imports: [MatButtonModule, MatCardModule, MatListModule, MatTabsModule],
  template: `<h1 class="mat-headline-small">Business Details</h1>
    <mat-tab-group>
      <mat-tab label="General">
        <p>Business name: Acme Store. Country: United States.</p>
      </mat-tab>
      <mat-tab label="Conversions API Tokens">
        <ng-template matTabContent>
          <mat-card appearance="outlined">
            <mat-card-header>
              <mat-card-title>Conversions API Tokens</mat-card-title>
              <span class="spacer"></span>
              <button mat-flat-button type="button" (click)="generate()">Generate Token</button>
            </mat-card-header>
            <mat-card-content>
              <p>Tokens let partners send web events to Snapchat through the Conversions API.</p>
              @if (pixelShown) {
                <h3 class="mat-title-small">Pixels of this business</h3>
                <p class="pixel">Acme Store Pixel · Pixel ID: {{ pixel }}</p>
              }
              <mat-list aria-label="Tokens">
                @for (token of rows(); track $index) {
                  <mat-list-item>Token ending {{ token.end }}</mat-list-item>
                } @empty {
                  <mat-list-item>No tokens yet.</mat-list-item>
                }
              </mat-list>
            </mat-card-content>
          </mat-card>
        </ng-template>
      </mat-tab>
    </mat-tab-group>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SnapBusinessDetails {
  private readonly dialog = inject(MatDialog);
  /** The business's pixel, beside its tokens; not shown with `idHidden` (as where Business
   * Manager lists no pixel: it is in Ads Manager's Events Manager). */
  protected readonly pixel = SNAP_PIXEL;
  protected readonly pixelShown = !options.idHidden;
  protected readonly rows = computed(() => tokens());

  protected generate() {
    this.dialog.open(TokenDialog, { width: '560px', maxWidth: '92vw' });
  }
}

export const snapRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: SNAP_ORG.toString() },
  { path: `${SNAP_ORG}`, component: SnapHome },
  { path: `${SNAP_ORG}/settings/business-details`, component: SnapBusinessDetails },
  { path: `${SNAP_ORG}/settings/members`, component: SnapMembers },
  { path: `${SNAP_ORG}/settings/ad-accounts`, component: SnapAdAccounts },
  { path: '**', component: SnapHome },
];

@Component({
  selector: 'snap-app',
  imports: [
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  template: `<mat-toolbar class="top">
      <span class="brand">Snapchat Business Manager</span>
      <span class="spacer"></span>
      <span class="tenant">Acme Store</span>
    </mat-toolbar>
    <mat-sidenav-container class="layout">
      <mat-sidenav mode="side" opened class="side">
        <nav aria-label="Business">
          <mat-nav-list>
            @for (item of menu; track item.path) {
              <a mat-list-item [routerLink]="item.path" routerLinkActive #active="routerLinkActive"
                [routerLinkActiveOptions]="{ exact: true }" [activated]="active.isActive">{{ item.label }}</a>
            }
          </mat-nav-list>
        </nav>
      </mat-sidenav>
      <mat-sidenav-content><main><router-outlet /></main></mat-sidenav-content>
    </mat-sidenav-container>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SnapApp {
  protected readonly menu = [
    { label: 'Home', path: BASE },
    { label: 'Business Details', path: `${BASE}/settings/business-details` },
    { label: 'Members', path: `${BASE}/settings/members` },
    { label: 'Ad Accounts', path: `${BASE}/settings/ad-accounts` },
  ];
}
