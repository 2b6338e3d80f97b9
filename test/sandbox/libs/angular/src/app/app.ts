// The tenant's shell (toolbar, side navigation) and its pages, on hash routes like the real
// dashboard: /#/settings/general/api-key-management.
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatListModule } from '@angular/material/list';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet, type Routes } from '@angular/router';
import { type Created, created, late } from './kit';
import { NewKeyDialog } from './new-key-dialog';

@Component({
  selector: 'opt-home',
  template: `<h1 class="mat-headline-small">Customer Model</h1>
    <p>Segments, attributes and lifecycle stages of your customers.</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Home {}

@Component({
  selector: 'opt-settings',
  imports: [MatTabsModule, MatListModule, RouterLink],
  template: `<h1 class="mat-headline-small">Settings</h1>
    <mat-tab-group>
      <mat-tab label="General">
        <mat-nav-list>
          <a mat-list-item routerLink="/settings/general/api-key-management">API Key Management</a>
          <a mat-list-item routerLink="/settings/general">Time Zone</a>
        </mat-nav-list>
      </mat-tab>
      <mat-tab label="Users"><p>Invite teammates and set their roles.</p></mat-tab>
    </mat-tab-group>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Settings {}

const REPORTING: Created = {
  nickname: 'Reporting',
  email: 'bi@acme.test',
  access: 'Integrations',
  key: '',
};

/** Settings > General > API Key Management: its data arrives 2 s late behind a spinner. */
@Component({
  selector: 'opt-key-management',
  imports: [MatButtonModule, MatCardModule, MatProgressSpinnerModule, MatTableModule, RouterLink],
  template: `<nav class="crumbs" aria-label="Breadcrumb">
      <a routerLink="/settings/general">Settings</a> › General › API Key Management
    </nav>
    <h1 class="mat-headline-small">API Key Management</h1>
    <p class="lead">Keys let your systems and partners call the Optimove APIs.</p>
    <mat-card appearance="outlined">
      @if (ready()) {
        <mat-card-header>
          <mat-card-title>Keys</mat-card-title>
          <span class="spacer"></span>
          <button mat-flat-button type="button" (click)="newKey()">+ New API Key</button>
        </mat-card-header>
        <table mat-table [dataSource]="rows()">
          <ng-container matColumnDef="nickname">
            <th mat-header-cell *matHeaderCellDef>Nickname</th>
            <td mat-cell *matCellDef="let row">{{ row.nickname }}</td>
          </ng-container>
          <ng-container matColumnDef="access">
            <th mat-header-cell *matHeaderCellDef>Access Type</th>
            <td mat-cell *matCellDef="let row">{{ row.access }}</td>
          </ng-container>
          <ng-container matColumnDef="email">
            <th mat-header-cell *matHeaderCellDef>Contact Email</th>
            <td mat-cell *matCellDef="let row">{{ row.email }}</td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>Status</th>
            <td mat-cell *matCellDef="let row">Active</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      } @else {
        <mat-card-content class="loading">
          <mat-progress-spinner mode="indeterminate" diameter="40" aria-label="Loading API keys" />
        </mat-card-content>
      }
    </mat-card>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KeyManagement {
  private readonly dialog = inject(MatDialog);
  protected readonly ready = signal(false);
  protected readonly columns = ['nickname', 'access', 'email', 'status'];
  protected readonly rows = computed(() => [REPORTING, ...created()]);

  constructor() {
    const timer = setTimeout(() => this.ready.set(true), late(2000));
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  protected newKey() {
    this.dialog.open(NewKeyDialog, { width: '520px', maxWidth: '92vw' });
  }
}

export const routes: Routes = [
  { path: '', component: Home },
  { path: 'settings/general/api-key-management', component: KeyManagement },
  { path: 'settings', redirectTo: 'settings/general' },
  { path: 'settings/general', component: Settings },
  { path: '**', component: Home },
];

@Component({
  selector: 'opt-app',
  imports: [
    MatButtonModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  template: `<mat-toolbar class="top">
      <span class="brand">optimove</span>
      <span class="spacer"></span>
      <span class="tenant">acme</span>
    </mat-toolbar>
    <mat-sidenav-container class="layout">
      <mat-sidenav mode="side" opened class="side">
        <nav aria-label="Main">
          <mat-nav-list>
            <a mat-list-item routerLink="/" routerLinkActive #home="routerLinkActive"
              [routerLinkActiveOptions]="{ exact: true }" [activated]="home.isActive">Home</a>
            <a mat-list-item routerLink="/settings/general" routerLinkActive
              #settings="routerLinkActive" [activated]="settings.isActive">Settings</a>
          </mat-nav-list>
        </nav>
      </mat-sidenav>
      <mat-sidenav-content><main><router-outlet /></main></mat-sidenav-content>
    </mat-sidenav-container>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
