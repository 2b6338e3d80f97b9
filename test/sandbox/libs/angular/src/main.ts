// One Angular Material app per host, compiled ahead of time and zoneless: the Optimove tenant
// (acme.optimove.net, hash routes) and Snapchat Business Manager (business.snapchat.com, path
// routes under the organisation's id). The serve.ts shell holds <div id="root">: the app's
// element goes inside it.
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, withHashLocation } from '@angular/router';
import { App, routes } from './app/app';
import { SnapApp, snapRoutes } from './app/snapchat/app';
import { exposeSnapchat } from './app/snapchat/state';

const snapchat = location.host === 'business.snapchat.com';
document.getElementById('root')?.append(document.createElement(snapchat ? 'snap-app' : 'opt-app'));
if (snapchat) exposeSnapchat();

(snapchat
  ? bootstrapApplication(SnapApp, {
      providers: [provideZonelessChangeDetection(), provideRouter(snapRoutes)],
    })
  : bootstrapApplication(App, {
      providers: [provideZonelessChangeDetection(), provideRouter(routes, withHashLocation())],
    })
).catch((error: unknown) => console.error(error));
