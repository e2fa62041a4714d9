#!/usr/bin/env node
// The README's two commands land here: `npm start` and `npm test`.
// A fresh machine has only Node and npm, so this script brings pnpm, the dependencies and a
// Chromium before handing over to turbo. It uses only Node built-ins.
import {spawn, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import {constants} from 'node:os';
import {delimiter, dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import {tally} from './summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const env = {...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1'};

const log = (message) => console.log(`\n[mwfa] ${message}`);
// As CI services set it; `CI=false` (or 0, or empty) is a local run.
const isCI = !['', '0', 'false'].includes(env.CI ?? '');
const fail = (message) => {
  console.error(`\n[mwfa] ${message}`);
  process.exit(1);
};

function run(command, args, options = {}) {
  return spawnSync(command, args, {cwd: root, env, stdio: 'inherit', ...options}).status ?? 1;
}

/**
 * `run` for turbo, which may run for minutes: stops it (and so its tasks, their servers and
 * browsers) when this script is asked to stop. A terminal's Ctrl-C reaches turbo itself; a signal
 * sent to this script alone (a cancelled CI job, `kill`) used to end it at once and leave turbo
 * and every test running, unwatched. So did stopping `npm test`: npm signals the shell that runs
 * this script, which ends without passing the signal on; an orphaned script stops turbo too.
 * @returns {Promise<{status: number, stoppedBy?: string}>}
 */
function runUntilStopped(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, {cwd: root, env, stdio: 'inherit'});
    const parent = process.ppid;
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    let stoppedBy;
    // pnpm passes SIGTERM on to turbo, which stops its tasks as for Ctrl-C; it ignores SIGINT.
    const stop = (signal) => {
      if (stoppedBy) return;
      stoppedBy = signal;
      child.kill('SIGTERM');
    };
    for (const signal of signals) process.on(signal, stop);
    const orphaned = setInterval(() => process.ppid !== parent && stop('SIGHUP'), 1000);
    const finish = (status) => {
      clearInterval(orphaned);
      for (const signal of signals) process.off(signal, stop);
      done({status, stoppedBy});
    };
    child.on('error', () => finish(1));
    child.on('close', (status) => finish(status ?? 1));
  });
}

function output(command, args) {
  const result = spawnSync(command, args, {cwd: root, env, encoding: 'utf8'});
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old: install Node 20.19 or newer.`);
  }
}

/**
 * Whether `file` is a program the system starts by itself: not text without `#!`. pnpm's package
 * puts its binary (ELF, Mach-O) in place by an install script; installed with npm's
 * `ignore-scripts`, it stays a text stub that a shell still runs (so `pnpm --version` answers) but
 * turbo cannot start.
 */
function startsOnItsOwn(file) {
  if (!file) return false;
  const head = Buffer.alloc(4);
  try {
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const text = head.every(
    (byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127),
  );
  return !text || head.toString('latin1', 0, 2) === '#!';
}

/** pnpm from PATH when it is the pinned version, else a private copy under .cache/. */
function ensurePnpm() {
  const onPath = output('sh', ['-c', 'command -v pnpm']);
  if (output('pnpm', ['--version']) === PNPM_VERSION && startsOnItsOwn(onPath)) return;
  const prefix = join(root, '.cache', 'pnpm');
  const bin = join(prefix, 'node_modules', '.bin');
  const pnpm = join(bin, 'pnpm');
  if (output(pnpm, ['--version']) !== PNPM_VERSION || !startsOnItsOwn(pnpm)) {
    log(`Installing pnpm ${PNPM_VERSION} into .cache/pnpm (nothing global)…`);
    // npm keeps an installed package as it is, stub and all.
    rmSync(join(prefix, 'node_modules'), {recursive: true, force: true});
    mkdirSync(prefix, {recursive: true});
    const status = run('npm', [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      // pnpm's own install script puts its binary in place: a company's ignore-scripts would
      // leave a stub that turbo cannot start ("Exec format error").
      '--ignore-scripts=false',
      `pnpm@${PNPM_VERSION}`,
    ]);
    if (status !== 0)
      fail(
        `Could not install pnpm ${PNPM_VERSION}: run "npm i -g pnpm@${PNPM_VERSION}" and retry.`,
      );
  }
  env.PATH = `${bin}${delimiter}${env.PATH}`;
}

function installDependencies() {
  log('Installing dependencies (pnpm install --frozen-lockfile)…');
  if (run('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only']) !== 0) {
    fail('pnpm install failed (see above).');
  }
}

const BROWSER_CANDIDATES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

function findBrowser() {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    fail(`CHROME_PATH is set to ${env.CHROME_PATH}, which does not exist.`);
  }
  for (const name of BROWSER_CANDIDATES) {
    const path = output('sh', ['-c', `command -v ${name}`]);
    if (path) return path;
  }
  return undefined;
}

/** Chromium for the browser tests: CHROME_PATH, one on PATH, or Debian's package when we may. */
function ensureBrowser() {
  let browser = findBrowser();
  const isRoot = process.getuid?.() === 0;
  if (
    !browser &&
    isRoot &&
    existsSync('/etc/debian_version') &&
    output('sh', ['-c', 'command -v apt-get'])
  ) {
    log('No Chromium found: installing Debian package "chromium" (apt-get)…');
    const quiet = {...env, DEBIAN_FRONTEND: 'noninteractive'};
    run('apt-get', ['update', '-qq'], {env: quiet});
    run(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'],
      {env: quiet},
    );
    browser = findBrowser();
  }
  if (!browser) {
    fail(
      'No Chromium or Chrome found. Install one (Debian/Ubuntu: "sudo apt-get install chromium"),\n' +
        '       or point CHROME_PATH at an existing Chrome/Chromium binary, then run this again.',
    );
  }
  env.CHROME_PATH = browser;
  // In Turborepo's cache key (turbo.json): another browser, or a new version, runs the tests
  // again rather than replaying the last pass (CHROME_PATH is only passed through).
  env.MWFA_BROWSER = `${browser} ${output(browser, ['--version']) ?? ''}`;
}

/** Each test task writes `.reports/*.json`; a stale one must never count for this run. */
function workspaceDirs() {
  return ['apps', 'packages'].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group)).map((name) => join(root, group, name))
      : [],
  );
}

function readTurboSummary() {
  const runs = join(root, '.turbo', 'runs');
  if (!existsSync(runs)) return undefined;
  const latest = readdirSync(runs)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1);
  return latest ? JSON.parse(readFileSync(join(runs, latest), 'utf8')) : undefined;
}

/** The last lines a task printed, from the log file Turborepo keeps of it, without colours. */
function logTail(logFile) {
  const file = logFile && join(root, logFile);
  if (!file || !existsSync(file)) return '    (no log)';
  return stripVTControlCharacters(readFileSync(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-15)
    .map((line) => `    ${line.slice(0, 200)}`)
    .join('\n');
}

function summarise(turboStatus, sourceNote) {
  const reports = workspaceDirs().flatMap((dir) => {
    const folder = join(dir, '.reports');
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => ({
        dir: relative(root, dir),
        file,
        report: JSON.parse(readFileSync(join(folder, file), 'utf8')),
      }));
  });
  const {total, rows, failures, flaky, exitCode} = tally({
    reports,
    tasks: readTurboSummary()?.tasks,
    turboStatus,
    logTail: (task) => logTail(task.logFile),
    root,
  });
  console.log('\n[mwfa] Test summary');
  for (const row of rows) console.log(`  ${row}`);
  const listed = [...flaky, ...failures];
  if (listed.length > 0) console.log(`\n${listed.join('\n')}`);
  if (sourceNote) console.log(`\n${sourceNote}`);
  const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
  const unsteady = flaky.length ? `, ${flaky.length} flaky` : '';
  console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}${unsteady}`);
  return exitCode;
}

/** The files of the report's text that @mwfa/data's tests check every figure and quote against. */
const SOURCE_FILES = ['background-note-1.txt', 'context-series.md'];

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // absent, or a path through a file (ENOTDIR)
  }
}

/**
 * The report's text lives outside the repository: MWFA_SOURCE_DIR (a relative path is read from
 * the repository root, and handed to every task as an absolute one, as each runs in its own
 * package's folder), else shared/source/ beside the clone, where the data tests look too. The
 * hash of what is there is part of the test tasks' cache key, so an edited or missing file never
 * replays an old result. A folder that is given but wrong stops here, before any setup; one that
 * is not found is said now and in the summary (under CI it stops here too), as the data's checks
 * against it are skipped without it.
 * @returns {string | undefined} which checks will be skipped
 */
function locateSourceText() {
  const given = env.MWFA_SOURCE_DIR;
  const dir = given ? resolve(root, given) : resolve(root, '..', 'shared', 'source');
  const missing = SOURCE_FILES.filter((file) => !isFile(join(dir, file)));
  const hash = createHash('sha256');
  for (const file of missing.length < SOURCE_FILES.length ? readdirSync(dir).sort() : []) {
    if (isFile(join(dir, file))) hash.update(file).update(readFileSync(join(dir, file)));
  }
  for (const file of missing) hash.update(`missing ${file}`);
  if (given) env.MWFA_SOURCE_DIR = dir;
  env.MWFA_SOURCE_HASH = hash.digest('hex');
  if (missing.length === 0) return undefined;
  const why = `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not in ${dir}`;
  const fix = 'set MWFA_SOURCE_DIR to the folder that holds background-note-1.txt';
  if (given || isCI) fail(`The report's source text: ${why}: ${fix}.`);
  const note = `@mwfa/data's checks against the report's source text are skipped: ${why} (${fix}).`;
  log(note);
  return note;
}

/** Ends this script as the signal that stopped its command would have ended it. */
function exitStopped(signal) {
  log(`Stopped (${signal}).`);
  process.exit(128 + constants.signals[signal]);
}

async function test(sourceNote) {
  for (const dir of workspaceDirs()) rmSync(join(dir, '.reports'), {recursive: true, force: true});
  rmSync(join(root, '.turbo', 'runs'), {recursive: true, force: true});
  log('Running type-check, lint and every test through turbo…');
  const {status, stoppedBy} = await runUntilStopped('pnpm', [
    'exec',
    'turbo',
    'run',
    'check-types',
    'lint',
    'lint:scripts',
    'test:scripts',
    'test',
    // Not the tests of a package whose build failed: they would pass against its old dist/.
    '--continue=dependencies-successful',
    '--summarize',
    ...(isCI ? ['--output-logs=new-only'] : []),
  ]);
  // Stopped, the tasks that were cut off wrote no report: a sum of the others would mislead.
  if (stoppedBy) exitStopped(stoppedBy);
  process.exit(summarise(status, sourceNote));
}

async function start() {
  const host = env.HOST ?? 'localhost';
  const port = env.PORT ?? '6006';
  log(`Building the packages and starting Storybook on http://${host}:${port} …`);
  const {status, stoppedBy} = await runUntilStopped('pnpm', [
    'exec',
    'turbo',
    'run',
    'dev',
    '--filter=@mwfa/storybook',
  ]);
  if (stoppedBy) exitStopped(stoppedBy);
  process.exit(status);
}

const command = process.argv[2] ?? 'setup';
checkNode();
const sourceNote = command === 'test' ? locateSourceText() : undefined;
ensurePnpm();
installDependencies();
if (command === 'test') {
  ensureBrowser();
  await test(sourceNote);
} else if (command === 'start') {
  await start();
} else if (command === 'setup') {
  ensureBrowser();
  log('Ready.');
} else {
  fail(`Unknown command "${command}": use start, test or setup.`);
}
