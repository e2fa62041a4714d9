// How every test and script of the repository launches Chromium: CHROME_PATH (set by the setup
// script) or Debian's, headless. Running as root needs --no-sandbox; the network flags stop it
// from trying hosts this machine cannot reach.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Options for playwright-core's `chromium.launch()`. */
export const launchOptions = {executablePath, headless: true, args: chromiumArgs};
