import { defineConfig } from 'wxt';

// Host access is limited to the two sites we read; the reasons for every permission are in the README.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // `npm run dev` opens Chrome/Chromium with the extension loaded, on the site it is for.
  webExt: {
    startUrls: ['https://www.amazon.science/'],
    // Chromium refuses to start as root without this (containers, CI boxes).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  manifest: {
    name: 'Science Clipper',
    description:
      'Clip Amazon Science articles, researcher profiles and job postings; read them offline and track applications.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    // https only: an address of ours over http is never clipped, saved or fetched.
    host_permissions: [
      'https://amazon.science/*',
      'https://www.amazon.science/*',
      'https://amazon.jobs/*',
      'https://www.amazon.jobs/*',
      'https://cdn.amazon.science/*',
      'https://assets.amazon.science/*',
    ],
    omnibox: { keyword: 'sc' },
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this page to Science Clipper',
      },
    },
  },
});
