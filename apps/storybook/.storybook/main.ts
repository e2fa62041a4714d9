import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {StorybookConfig} from '@storybook/web-components-vite';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataFiles = join(app, 'node_modules/@mwfa/data/dist');
const cdnBundles = join(app, 'node_modules/@mwfa/elements/dist/cdn');

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // Storybook's own "Get started" checklist (in the sidebar and the menu of `npm start`) speaks
  // to whoever set Storybook up ("Publish your Storybook for feedback"), not to our readers.
  features: {sidebarOnboardingChecklist: false, menuOnboardingChecklist: false},
  // Served with the site, so nothing is fetched from elsewhere: the data package's CSV/JSON files
  // (linked from the Data pages), the script-tag bundles, and a plain HTML page that embeds them
  // exactly as the Introduction's snippet does (public/examples/).
  staticDirs: ['../public', {from: dataFiles, to: '/data'}, {from: cdnBundles, to: '/cdn'}],
  // A story or docs page opened on its own (iframe.html) names Storybook's icon, as the manager
  // does: the browser's request for /favicon.ico was a 404 in the console.
  previewHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
};

export default config;
