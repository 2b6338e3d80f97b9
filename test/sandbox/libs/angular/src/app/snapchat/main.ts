// Snapchat Business Manager with Angular Material (business.snapchat.com, path routes under the
// organisation's id).
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { SnapApp, snapRoutes } from './app';
import { exposeSnapchat } from './state';

export function mountSnapchat() {
  document.getElementById('root')?.append(document.createElement('snap-app'));
  exposeSnapchat();
  return bootstrapApplication(SnapApp, {
    providers: [provideZonelessChangeDetection(), provideRouter(snapRoutes)],
  });
}
