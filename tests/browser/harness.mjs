// What the browser tests share: the static server of ./run demo on a free loopback port, Debian's
// Chromium driven by playwright-core with the launch flags this machine needs, a record of every
// console error, page error, failed request and request that left the machine, and screenshots.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = process.env.SAMEN_DEMO_SITE ?? join(ROOT, 'build/js-demo');
export const SCREENSHOTS = process.env.SAMEN_SCREENSHOTS ?? join(ROOT, 'build/screenshots');
const CHROMIUM = process.env.SAMEN_CHROMIUM ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying hosts this closed network
// refuses; the profile is a new empty directory for every run.
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts scripts/demo_server.py on a free port for `directory` (the demo page); answers { url, stop() }. */
export async function startServer(directory = SITE) {
  if (!existsSync(join(directory, 'index.html'))) throw new Error(`no page in ${directory}: run prepare_demo_page (scripts/demo_page.sh) first`);
  const server = spawn('python3', [join(ROOT, 'scripts/demo_server.py'), '--directory', directory, '--port', '0', '--quiet'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`demo server did not start: ${output}`)), 10_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const found = output.match(/on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) {
        clearTimeout(timer);
        resolveUrl(found[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`demo server exited (${code}): ${output}`)));
  });
  return {
    url,
    stop: () => new Promise((done) => {
      if (server.exitCode !== null) return done();
      server.once('exit', done);
      server.kill('SIGTERM');
    }),
  };
}

/**
 * Chromium with a new empty profile and one page. `problems` collects console errors, page
 * errors, failed or refused requests and any request to another host than the server's.
 */
export async function openBrowser(serverUrl) {
  const profile = mkdtempSync(join(tmpdir(), 'samen-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 1000 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const problems = [];
  const origin = new URL(serverUrl).origin;
  // Nothing may come from elsewhere: the page must work without network access.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    problems.push(`request outside the server: ${url}`);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  // Every step is one click on a page that answers at once: fail fast rather than wait 30 s.
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of a page (all of it) or of a locator's element in SCREENSHOTS, and prints where. */
export async function screenshot(target, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await target.screenshot('goto' in target ? { path, fullPage: true } : { path });
  console.log(`screenshot: ${path}`);
  return path;
}
