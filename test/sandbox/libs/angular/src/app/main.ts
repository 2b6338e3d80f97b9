// Optimove's tenant with Angular Material (acme.optimove.net, hash routes).
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, withHashLocation } from '@angular/router';
import { App, routes } from './app';

export function mountOptimove() {
  document.getElementById('root')?.append(document.createElement('opt-app'));
  return bootstrapApplication(App, {
    providers: [provideZonelessChangeDetection(), provideRouter(routes, withHashLocation())],
  });
}
