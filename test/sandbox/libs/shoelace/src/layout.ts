// The dashboard chrome both providers' pages share: a dark side navigation and a content column.
import { css } from 'lit';

export const shell = css`
  :host {
    display: block;
    font-family: var(--sl-font-sans);
    color: var(--sl-color-neutral-900);
  }
  .layout {
    display: flex;
    min-height: 100vh;
  }
  nav {
    width: 220px;
    flex: none;
    padding: var(--sl-spacing-medium);
    background: #1f1f3a;
    display: flex;
    flex-direction: column;
    gap: var(--sl-spacing-2x-small);
  }
  nav a {
    color: #fff;
    text-decoration: none;
    padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
    border-radius: var(--sl-border-radius-medium);
  }
  nav a:hover,
  nav a[aria-current='page'] {
    background: rgb(255 255 255 / 0.12);
  }
  nav .brand {
    color: #fff;
    font-weight: var(--sl-font-weight-bold);
    font-size: var(--sl-font-size-large);
    margin-bottom: var(--sl-spacing-medium);
  }
  nav .bottom {
    margin-top: auto;
  }
  main {
    flex: 1;
    padding: var(--sl-spacing-x-large) var(--sl-spacing-2x-large);
    max-width: 900px;
    background: var(--sl-color-neutral-50);
  }
  h1 {
    font-size: var(--sl-font-size-2x-large);
    font-weight: var(--sl-font-weight-semibold);
    margin: 0 0 var(--sl-spacing-large);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--sl-color-neutral-0);
    border: 1px solid var(--sl-color-neutral-200);
    border-radius: var(--sl-border-radius-medium);
    margin: var(--sl-spacing-medium) 0;
  }
  th,
  td {
    text-align: left;
    padding: var(--sl-spacing-small) var(--sl-spacing-medium);
    border-bottom: 1px solid var(--sl-color-neutral-200);
  }
  th {
    font-weight: var(--sl-font-weight-semibold);
    color: var(--sl-color-neutral-600);
    font-size: var(--sl-font-size-small);
  }
  .loading {
    display: flex;
    gap: var(--sl-spacing-small);
    align-items: center;
    padding: var(--sl-spacing-large) 0;
    color: var(--sl-color-neutral-600);
  }
  form {
    display: grid;
    gap: var(--sl-spacing-medium);
  }
`;
