// Optimove tenant (acme.optimove.net) built with Angular Material, compiled ahead of time and
// zoneless. The serve.ts shell holds <div id="root">: the app's element goes inside it.
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, withHashLocation } from '@angular/router';
import { App, routes } from './app/app';

document.getElementById('root')?.append(document.createElement('opt-app'));

bootstrapApplication(App, {
  providers: [provideZonelessChangeDetection(), provideRouter(routes, withHashLocation())],
}).catch((error: unknown) => console.error(error));
