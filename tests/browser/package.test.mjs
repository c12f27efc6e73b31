// Issue 9, the browser half: the npm package of wasm/ (`npm pack`) installed in an empty project
// as node_modules/@samen/engine, imported by its name through an import map from a tiny page in
// Chromium, evaluates a command there. The Node half is tests/wasm/package.test.mjs.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { installPackedEngine } from '../wasm/pack.mjs';
import { openBrowser, startServer } from './harness.mjs';

// The page resolves '@samen/engine' to the entry the package's own manifest names.
const page = (entry) => `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>@samen/engine</title>
<script type="importmap">{ "imports": { "@samen/engine": "./node_modules/@samen/engine/${entry}" } }</script>
<script type="module">
import { createEngine } from '@samen/engine';
const engine = await createEngine({ taal: 'en' });
engine.load({ organisaties: [{ id: 'g-ede', naam: 'Gemeente Ede', type: 'Gemeente', status: 'Actief' },
  { id: 'sw-fv', naam: 'Samenwerking Food Valley', type: 'Samenwerking', status: 'Actief' }] });
const command = (lid) => ({ opdracht: 'lidmaatschap.aangeven', actor: { organisatie: 'g-ede', rollen: ['gebruik-beheerder'] },
  tijdstip: '2026-11-22T10:00:00Z', gegevens: { id: 'l-1', samenwerking: 'sw-fv', lid } });
window.answers = [engine.check(command('g-ede')), engine.check(command('sw-fv'))];
engine.free();
</script></head><body></body></html>`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let project;
let server;
let browser;

before(async () => {
  project = mkdtempSync(join(tmpdir(), 'samen-browser-package-'));
  const { target, manifest } = installPackedEngine(project);
  assert.equal(manifest.name, '@samen/engine');
  assert.ok(existsSync(join(target, manifest.types)), 'the types are in the package');
  writeFileSync(join(project, 'index.html'), page(manifest.exports['.'].default.replace(/^\.\//, '')));
  // The browser host example of docs/hosts/browser.md, served as that page tells: beside the
  // installed package and the example catalogue.
  copyFileSync(join(ROOT, 'hosts', 'browser', 'index.html'), join(project, 'example.html'));
  copyFileSync(join(ROOT, 'examples', 'catalogus.json'), join(project, 'catalogus.json'));
  server = await startServer(project);
  browser = await openBrowser(server.url);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (project) rmSync(project, { recursive: true, force: true });
});

test('the packed @samen/engine, imported by name in Chromium, evaluates a command', async () => {
  await browser.page.goto(server.url);
  const [allowed, refused] = await browser.page.waitForFunction(() => window.answers).then((handle) => handle.jsonValue());
  assert.equal(allowed.toegestaan, true);
  assert.deepEqual(allowed.wijzigingen.map((w) => `${w.actie} ${w.soort} ${w.object.id}`), ['aanmaken lidmaatschap l-1']);
  assert.equal(refused.toegestaan, false);
  assert.deepEqual(refused.meldingen.map((m) => [m.code, m.ernst, m.pad]), [['LID-003', 'fout', '/gegevens/lid']]);
  assert.match(refused.meldingen[0].melding, /cannot add members/, 'the messages in the language asked for');
  assert.deepEqual(browser.problems, [], 'console errors, page errors or failed requests');
});

test('the browser host example (docs/hosts/browser.md) enables its button by the engine and shows the decision', async () => {
  await browser.page.goto(`${server.url}example.html`);
  const button = browser.page.locator('#aangeven');
  await button.waitFor();
  await browser.page.waitForFunction(() => document.getElementById('uitvoer').textContent.includes('geladen'));
  await browser.page.waitForFunction(() => !document.getElementById('aangeven').disabled);
  await button.click();
  await browser.page.waitForFunction(() => document.getElementById('uitvoer').textContent.includes('toegestaan'));
  assert.equal(await browser.page.locator('#uitvoer').textContent(),
    'geladen: 11 organisaties\ntoegestaan: aanmaken lidmaatschap l-houten-noord\n');
  await button.click();  // the same declaration again: the engine refuses it (LID-004)
  await browser.page.waitForFunction(() => document.getElementById('uitvoer').textContent.includes('LID-004'));
  assert.match(await browser.page.locator('#uitvoer').textContent(), /fout LID-004 \/gegevens\/lid: /);
  assert.deepEqual(browser.problems, [], 'console errors, page errors or failed requests');
});
