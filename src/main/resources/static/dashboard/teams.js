// The Teams JS SDK, loaded from Microsoft's CDN only when the page runs as a Teams tab.
const SDK = 'https://res.cdn.office.net/teams-js/2.x/js/MicrosoftTeams.min.js';

/** True when Teams opened the page: the manifest's tab URLs carry ?inTeams=1. */
export function inTeams() {
  return new URLSearchParams(window.location.search).get('inTeams') === '1';
}

/** Loads and initialises the SDK; resolves to the global microsoftTeams object. */
export function loadTeams() {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = SDK;
    script.onload = () => window.microsoftTeams.app.initialize().then(() => resolve(window.microsoftTeams), reject);
    script.onerror = () => reject(new Error('The Teams SDK could not be loaded.'));
    document.head.appendChild(script);
  });
}

/** Teams' theme names map onto the page's: default is light, dark, contrast is high contrast. */
export function applyTheme(theme) {
  document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
}

/** Outside Teams the system's light or dark preference decides, and changes with it. */
export function followSystemTheme() {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  applyTheme(dark.matches ? 'dark' : 'default');
  dark.addEventListener('change', (e) => applyTheme(e.matches ? 'dark' : 'default'));
}
