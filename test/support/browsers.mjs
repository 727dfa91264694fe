// The three engines the unit suite runs in, and the processes WebKit needs. ENGINES (a comma-separated
// subset of chromium,firefox,webkit) selects; all three by default.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';

export const allEngines = ['chromium', 'firefox', 'webkit'];

/** The engines ENGINES names (all three by default); unknown names are an error. */
export function selectedEngines(value = process.env.ENGINES) {
  const engines = (value ?? allEngines.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = engines.filter((name) => !allEngines.includes(name));
  if (unknown.length || !engines.length)
    throw new Error(`ENGINES must name some of ${allEngines.join(', ')}; got "${value}"`);
  return allEngines.filter((name) => engines.includes(name));
}

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** Processes this run started (Xvfb, WebKitWebDriver), stopped by PID when the run ends. */
const children = [];

export function stopChildren() {
  for (const child of children.splice(0).reverse()) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}
process.on('exit', stopChildren);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(command, args, env = process.env) {
  if (!existsSync(command))
    throw new Error(`${command} is missing: apt-get install -y webkit2gtk-driver xvfb (or run .ci/run)`);
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  child.on('exit', (code, signal) => {
    if (children.includes(child) && code) console.error(`${command} exited (${code ?? signal}): ${stderr}`);
  });
  // Never what keeps Node running (the e2e files end on their own): stopped on exit, below.
  child.unref();
  child.stderr.unref();
  children.push(child);
  return child;
}

async function waitFor(what, ready, timeout = 20000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} was not ready after ${timeout / 1000} s`);
}

/**
 * An X display for MiniBrowser, which has no headless mode: $DISPLAY if there is one, else an Xvfb
 * started here on a free display number.
 */
let displayPromise;
function display() {
  displayPromise ??= startDisplay();
  return displayPromise;
}

async function startDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  let number = 90 + (process.pid % 400);
  while (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) number += 1;
  const xvfb = start(process.env.XVFB_PATH ?? '/usr/bin/Xvfb', [
    `:${number}`,
    '-screen',
    '0',
    '1280x1024x24',
    '-nolisten',
    'tcp',
  ]);
  await waitFor('Xvfb', async () => {
    if (xvfb.exitCode !== null) throw new Error('Xvfb exited');
    return existsSync(`/tmp/.X11-unix/X${number}`);
  });
  return `:${number}`;
}

/**
 * WebKitWebDriver on a free port (or WEBKIT_DRIVER_PORT, if CI started one), ready for sessions, and
 * how to stop it (a running driver keeps Node's event loop alive). A driver holds one session at a
 * time: `fresh` starts another even when WEBKIT_DRIVER_PORT is set.
 */
export async function webkitDriver({ fresh = false } = {}) {
  if (process.env.WEBKIT_DRIVER_PORT && !fresh) return { port: Number(process.env.WEBKIT_DRIVER_PORT), stop() {} };
  const env = { ...process.env, DISPLAY: await display() };
  const port = await freePort();
  const driver = start(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], env);
  await waitFor('WebKitWebDriver', async () => {
    if (driver.exitCode !== null) throw new Error('WebKitWebDriver exited');
    const response = await fetch(`http://127.0.0.1:${port}/status`);
    return response.ok && (await response.json()).value?.ready !== false;
  });
  return {
    port,
    stop() {
      children.splice(children.indexOf(driver), 1);
      driver.kill('SIGTERM');
    },
  };
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A Web Test Runner launcher for each engine. */
/**
 * webdriverio's options for a MiniBrowser session (with `args`) on the WebKitWebDriver at `port`:
 * WebDriver classic, since webdriverio 9 would ask for BiDi, which WebKitGTK's driver refuses
 * ("Failed to match capabilities").
 */
export function miniBrowserSession(port, args) {
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath, args },
    },
  };
}

export async function launchers(engines) {
  const result = [];
  if (engines.includes('chromium')) {
    // System Chromium (Debian's package) or CHROME_PATH; as root it needs --no-sandbox, and this
    // machine has no internet, so background networking is off.
    result.push(chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }));
  }
  if (engines.includes('firefox')) {
    // Firefox ESR (153 or later: puppeteer-core 24 needs its BiDi emulation commands), over WebDriver BiDi.
    result.push(
      chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }),
    );
  }
  if (engines.includes('webkit')) {
    // WebKitGTK's MiniBrowser under WebKitWebDriver (WebDriver classic: the driver has no BiDi).
    const { port } = await webkitDriver();
    result.push(
      webdriverLauncher({
        ...miniBrowserSession(port, ['--automation']),
      }),
    );
  }
  return result;
}
