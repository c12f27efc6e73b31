// The js-demo page in Debian's Chromium: the collaboration journey of the seed, walked by
// clicking as the different actors, checking after every step what the page shows — the
// engine's decision with its codes, fields and changes, buttons disabled with the engine's
// reason, the landscape, the report and its chart, the cascade of an ended membership — and
// that nothing went wrong on the way (no console error, no failed request, nothing fetched
// from outside the server). Screenshots go to build/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openBrowser, screenshot, startServer } from './harness.mjs';

const COLLECTIVE = 'sw-digitale-regio-noord';
const AANVRAAG = 'av-digitale-regio-noord';
const BEHEERDER = 'cp-digitale-regio-noord';

let server;
let browser;
let page;
let failed = false;

/** A step of the journey; once one fails, the later ones are skipped rather than misleading. */
function step(name, body) {
  test(name, async (t) => {
    if (failed) return t.skip('an earlier step failed');
    try {
      await body();
      assert.deepEqual(browser.problems, [], 'console errors, page errors or failed requests');
    } catch (error) {
      failed = true;
      await screenshot(page, `failed-${name.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => {});
      throw error;
    }
  });
}

/** What the decision panel shows. */
function decision() {
  return page.evaluate(() => {
    const panel = document.getElementById('besluit');
    return {
      uitkomst: panel.dataset.uitkomst,
      opdracht: panel.dataset.opdracht,
      kop: panel.querySelector('.uitkomst')?.textContent ?? '',
      meldingen: [...panel.querySelectorAll('tr[data-code]')].map((row) => ({
        code: row.dataset.code, ernst: row.dataset.ernst, melding: row.cells[2].textContent, pad: row.cells[3].textContent,
      })),
      wijzigingen: [...panel.querySelectorAll('li[data-actie]')].map((item) => `${item.dataset.actie} ${item.dataset.soort} ${item.dataset.id}`),
    };
  });
}

async function expectDecision(opdracht, uitkomst, codes = []) {
  const shown = await decision();
  assert.equal(shown.opdracht, opdracht);
  assert.equal(shown.uitkomst, uitkomst, JSON.stringify(shown.meldingen));
  assert.deepEqual([...new Set(shown.meldingen.map((m) => m.code))].sort(), [...codes].sort());
  return shown;
}

async function actAs(key) {
  await page.selectOption('#actor', key);
  assert.equal(await page.inputValue('#actor'), key);
}

/** A command button's state: enabled, or disabled with the engine's codes beside it. */
async function button(selector) {
  const locator = page.locator(selector);
  assert.equal(await locator.count(), 1, `one button ${selector}`);
  const disabled = await locator.isDisabled();
  const reason = disabled ? await locator.locator('xpath=following-sibling::span[1]').textContent() : '';
  return { disabled, reason, toegestaan: await locator.getAttribute('data-toegestaan') };
}

async function expectRefusedButton(selector, code) {
  const state = await button(selector);
  assert.equal(state.disabled, true, `${selector} should be disabled`);
  assert.equal(state.toegestaan, 'false');
  assert.match(state.reason, new RegExp(code), `${selector}: the reason names ${code}`);
}

const memberRow = (lid) => `section[data-collectief="${COLLECTIVE}"] tr[data-lid="${lid}"]`;

before(async () => {
  server = await startServer();
  browser = await openBrowser(server.url);
  page = browser.page;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the collaboration journey in the browser', () => {
  step('the page loads the engine and the example catalogue, in Dutch, for a visitor', async () => {
    await page.goto(server.url);
    await page.waitForSelector('body[data-klaar="true"]', { timeout: 20_000 });
    assert.equal(await page.textContent('h1'), 'Samenwerken in de GEMMA Softwarecatalogus');
    assert.equal(await page.inputValue('#actor'), 'bezoeker');
    assert.equal((await decision()).uitkomst, 'geen');
    const options = await page.$$eval('#actor option', (list) => list.map((o) => o.value));
    for (const actor of ['bezoeker', 'functioneel-beheerder', 'cp-utrecht', 'cp-acme', 'cp-kromme-rijn']) assert.ok(options.includes(actor), actor);
    assert.ok(!options.includes(BEHEERDER), 'the new collective has no beheerder yet');
    assert.equal(await page.locator('#fase-2 section[data-collectief]').count(), 2, 'one samenwerking and one community');
    await screenshot(page, '01-start');
  });

  step('0.1 a visitor submits an admission request; open intake questions are warnings', async () => {
    await page.click('#form-aanvraag button[name="indienen"]');
    const shown = await expectDecision('aanvraag.indienen', 'toegestaan', ['AANV-004']);
    assert.ok(shown.meldingen.every((m) => m.ernst === 'waarschuwing'));
    assert.ok(shown.meldingen.some((m) => m.pad === '/gegevens/praktisch/budget'), 'the unanswered budget question is pointed at');
    assert.deepEqual(shown.wijzigingen, [`aanmaken aanvraag ${AANVRAAG}`]);
    assert.equal(await page.getAttribute(`tr[data-aanvraag="${AANVRAAG}"]`, 'data-status'), 'ingediend');
    await screenshot(page, '02-aanvraag-ingediend');
  });

  step('0.2 a visitor cannot assess: the buttons are disabled with the engine\'s code', async () => {
    await expectRefusedButton(`tr[data-aanvraag="${AANVRAAG}"] button[name="goedkeuren"]`, 'AUTH-003');
    await expectRefusedButton(`tr[data-aanvraag="${AANVRAAG}"] button[name="afwijzen"]`, 'AUTH-003');
    await expectRefusedButton(`#form-registratie-${AANVRAAG} button[name="registreren"]`, 'ORG-001');
  });

  step('0.3 VNG\'s functioneel beheerder rejects without a motivering: refused with AANV-003', async () => {
    await actAs('functioneel-beheerder');
    await page.click(`tr[data-aanvraag="${AANVRAAG}"] button[name="afwijzen"]`);
    const shown = await expectDecision('aanvraag.beoordelen', 'geweigerd', ['AANV-003', 'AANV-004']);
    const refusal = shown.meldingen.find((m) => m.code === 'AANV-003');
    assert.equal(refusal.ernst, 'fout');
    assert.equal(refusal.pad, '/gegevens/motivering');
    assert.match(refusal.melding, /motivering/);
    assert.match(shown.kop, /Geweigerd/);
    assert.deepEqual(shown.wijzigingen, []);
    assert.equal(await page.getAttribute(`tr[data-aanvraag="${AANVRAAG}"]`, 'data-status'), 'ingediend', 'a refusal changes nothing');
    await screenshot(page, '03-afwijzing-geweigerd');
    await screenshot(page.locator('#besluit'), '03b-besluit-geweigerd');
  });

  step('0.3 the functioneel beheerder approves the request', async () => {
    await page.click(`tr[data-aanvraag="${AANVRAAG}"] button[name="goedkeuren"]`);
    await expectDecision('aanvraag.beoordelen', 'toegestaan', ['AANV-004']);
    assert.equal(await page.getAttribute(`tr[data-aanvraag="${AANVRAAG}"]`, 'data-status'), 'goedgekeurd');
  });

  step('1.1 the functioneel beheerder registers the collective with its first beheerder', async () => {
    await page.click(`#form-registratie-${AANVRAAG} button[name="registreren"]`);
    const shown = await expectDecision('organisatie.registreren', 'toegestaan');
    assert.deepEqual(shown.wijzigingen, [`aanmaken organisatie ${COLLECTIVE}`, `aanmaken contactpersoon ${BEHEERDER}`, `wijzigen aanvraag ${AANVRAAG}`]);
    const options = await page.$$eval('#actor option', (list) => list.map((o) => o.value));
    assert.ok(options.includes(BEHEERDER), 'the first beheerder can now be chosen');
    assert.equal(await page.getAttribute(`tr[data-aanvraag="${AANVRAAG}"]`, 'data-status'), 'geregistreerd');
    await screenshot(page, '04-samenwerking-geregistreerd');
  });

  step('2.2 the beheerders of Utrecht and Zeist declare membership', async () => {
    for (const [actor, lid] of [['cp-utrecht', 'g-utrecht'], ['cp-zeist', 'g-zeist']]) {
      await actAs(actor);
      assert.equal(await page.inputValue('#form-aangeven select[name="samenwerking"]'), COLLECTIVE);
      assert.equal(await page.inputValue('#form-aangeven select[name="lid"]'), lid);
      await page.click('#form-aangeven button[name="aangeven"]');
      const shown = await expectDecision('lidmaatschap.aangeven', 'toegestaan');
      assert.equal(shown.wijzigingen.length, 1);
      assert.equal(await page.getAttribute(memberRow(lid), 'data-status'), 'aangevraagd');
    }
    // A member cannot confirm itself.
    await expectRefusedButton(`${memberRow('g-zeist')} button[name="bevestigen"]`, 'LID-005');
  });

  step('2.1 members are not added by others: the collective\'s button is disabled, another gemeente is refused with LID-003', async () => {
    // The collective's own beheerder: toegestaneOpdrachten says no (the probe: itself as lid).
    await actAs(BEHEERDER);
    await expectRefusedButton('#form-aangeven button[name="aangeven"]', 'LID-002');
    // Houten's beheerder may declare (Houten itself), but not Bunnik: the engine refuses.
    await actAs('cp-houten');
    await page.selectOption('#form-aangeven select[name="lid"]', 'g-bunnik');
    await page.click('#form-aangeven button[name="aangeven"]');
    const shown = await expectDecision('lidmaatschap.aangeven', 'geweigerd', ['LID-003']);
    assert.equal(shown.meldingen[0].ernst, 'fout');
    assert.equal(shown.meldingen[0].pad, '/gegevens/lid');
    assert.match(shown.meldingen[0].melding, /kan zelf geen leden toevoegen/);
    assert.equal(await page.locator(memberRow('g-bunnik')).count(), 0, 'a refusal changes nothing');
    await screenshot(page, '05-lid-003-geweigerd');
  });

  step('2.3 the collective\'s beheerder confirms both memberships', async () => {
    await actAs(BEHEERDER);
    for (const lid of ['g-utrecht', 'g-zeist']) {
      await page.click(`${memberRow(lid)} button[name="bevestigen"]`);
      const shown = await expectDecision('lidmaatschap.bevestigen', 'toegestaan');
      assert.ok(shown.wijzigingen.includes(`wijzigen organisatie ${COLLECTIVE}`), 'the register links follow');
      assert.equal(await page.getAttribute(memberRow(lid), 'data-status'), 'actief');
    }
    await screenshot(page, '06-leden-bevestigd');
  });

  step('3.1 a supplier offers a module, and cannot remove one that is in use', async () => {
    await actAs('cp-acme');
    await expectRefusedButton(`${memberRow('g-utrecht')} button[name="beeindigen"]`, 'LID-006');
    await expectRefusedButton('tr[data-module="m-zaak"] button[name="verwijderen"]', 'AANB-002');
    await page.fill('#form-module input[name="naam"]', 'Klantcontact Acme');
    await page.click('#form-module button[name="module-aanbieden"]');
    const shown = await expectDecision('module.registreren', 'toegestaan');
    assert.deepEqual(shown.wijzigingen, ['aanmaken module m-klantcontact-acme']);
  });

  step('3.1 the collective offers its own software (the dual role)', async () => {
    await actAs(BEHEERDER);
    assert.equal(await page.inputValue('#form-module input[name="naam"]'), 'Burgerzaken Noord');
    await page.click('#form-module button[name="module-aanbieden"]');
    const shown = await expectDecision('module.registreren', 'toegestaan');
    assert.deepEqual(shown.wijzigingen, ['aanmaken module m-burgerzaken-noord']);
  });

  step('3.2 usage on behalf of members: a non-member is refused with GEBR-004, then members are registered', async () => {
    assert.equal(await page.inputValue('#form-gebruik select[name="afnemer"]'), COLLECTIVE);
    assert.equal(await page.inputValue('#form-gebruik select[name="module"]'), 'm-burgerzaken-noord');
    const ticked = await page.$$eval('#form-gebruik fieldset[name="deelnemers"] input:checked', (list) => list.map((i) => i.value));
    assert.deepEqual(ticked, ['g-utrecht', 'g-zeist'], 'the engine offers the active members');
    await page.check('#form-gebruik input[name="deelnemers"][value="g-bunnik"]');
    await page.click('#form-gebruik button[name="gebruik-aanmelden"]');
    const refused = await expectDecision('gebruik.registreren', 'geweigerd', ['GEBR-004']);
    assert.equal(refused.meldingen[0].pad, '/gegevens/deelnemers/2');
    await page.uncheck('#form-gebruik input[name="deelnemers"][value="g-bunnik"]');
    await page.click('#form-gebruik button[name="gebruik-aanmelden"]');
    const shown = await expectDecision('gebruik.registreren', 'toegestaan');
    assert.equal(shown.wijzigingen.length, 1);
    await screenshot(page, '07-gebruik-namens-leden');
  });

  step('3.4 the collective links two members\' applications; the engine derives the name', async () => {
    const ticked = await page.$$eval('#form-koppeling fieldset[name="deelnemers"] input:checked', (list) => list.map((i) => i.value));
    assert.deepEqual(ticked, ['g-utrecht', 'g-zeist']);
    await page.selectOption('#form-koppeling select[name="moduleA"]', 'm-zaak');
    await page.selectOption('#form-koppeling select[name="moduleB"]', 'm-burgerzaken-noord');
    await page.click('#form-koppeling button[name="koppelen"]');
    const shown = await expectDecision('koppeling.registreren', 'toegestaan', ['KOP-006']);
    assert.match(shown.meldingen[0].melding, /Zaaksysteem Acme → Burgerzaken Noord/);
    assert.equal(await page.locator('table.koppelingen tr[data-koppeling]').count(), 1);
  });

  step('3.3 a member\'s landscape shows its own usage and what the collective registered', async () => {
    await page.selectOption('#landschap select[name="organisatie"]', 'g-utrecht');
    const rows = await page.$$eval('table.landschap tr[data-module]', (list) => list.map((row) => `${row.dataset.module}:${row.dataset.herkomst}`));
    assert.deepEqual(rows, ['m-burgerzaken-noord:samenwerking', 'm-zaak:eigen']);
    await screenshot(page.locator('#landschap'), '08-landschap');
  });

  step('4.3 the collective\'s report charts which modules the members use', async () => {
    assert.equal(await page.inputValue('#rapport select[name="samenwerking"]'), COLLECTIVE);
    const bars = await page.$$eval('#grafiek g[data-module]', (list) => Object.fromEntries(list.map((g) => [g.dataset.module, Number(g.dataset.aantal)])));
    assert.deepEqual(bars, { 'm-burgerzaken-noord': 2, 'm-portaal': 1, 'm-zaak': 2 });
    assert.equal(await page.locator('#grafiek rect.grafiek__balk--samenwerking').count(), 1);
    assert.equal(await page.locator('#grafiek rect.grafiek__balk--eigen').count(), 2);
    const inkoop = await page.$$eval('#rapport ul.inkoop li', (list) => list.map((item) => item.dataset.module));
    assert.deepEqual(inkoop, ['m-zaak'], 'joint purchasing: both members registered it themselves');
    await screenshot(page.locator('#rapport'), '09-rapport');
  });

  step('4.2 Zeist ends its membership: the engine lists every change that cascades', async () => {
    await actAs('cp-zeist');
    assert.match(await page.inputValue('#form-beeindigen select[name="lidmaatschap"]'), /g-zeist/);
    await page.fill('#form-beeindigen input[name="reden"]', 'Andere koers');
    await page.click('#form-beeindigen button[name="beeindigen"]');
    const shown = await expectDecision('lidmaatschap.beeindigen', 'toegestaan', ['LID-007']);
    const kinds = shown.wijzigingen.map((w) => w.split(' ').slice(0, 2).join(' '));
    for (const kind of ['wijzigen lidmaatschap', 'wijzigen organisatie', 'wijzigen gebruik', 'wijzigen koppeling']) assert.ok(kinds.includes(kind), kind);
    assert.equal(await page.getAttribute(memberRow('g-zeist'), 'data-status'), 'beeindigd');
    assert.equal(await page.getAttribute('table.gebruik tr[data-module="m-burgerzaken-noord"]', 'data-deelnemers'), 'g-utrecht',
      'Zeist left the collective\'s usage');
    assert.equal(await page.getAttribute('table.koppelingen tr[data-koppeling]', 'data-deelnemers'), 'g-utrecht',
      '... and its koppeling');
    await screenshot(page, '10-lidmaatschap-beeindigd');
    await screenshot(page.locator('#besluit'), '10b-besluit-cascade');
  });

  step('English: the page and the engine\'s own messages switch language', async () => {
    await page.click('button[name="taal-en"]');
    assert.equal(await page.textContent('h1'), 'Collaborating in the GEMMA Softwarecatalogus');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.selectOption('#form-aangeven select[name="lid"]', 'g-bunnik');
    await page.click('#form-aangeven button[name="aangeven"]');
    const shown = await expectDecision('lidmaatschap.aangeven', 'geweigerd', ['LID-003']);
    assert.match(shown.kop, /Refused/);
    assert.match(shown.meldingen[0].melding, /A collective cannot add members itself/);
    await screenshot(page, '11-english');
  });

  step('starting again restores the catalogue; the debug module (SAFE_HEAP) runs the page too', async () => {
    await page.click('button[name="opnieuw"]');
    assert.equal((await decision()).uitkomst, 'geen');
    assert.equal(await page.locator('tr[data-aanvraag]').count(), 2, 'only the catalogue\'s own aanvragen');
    assert.equal(await page.inputValue('#actor'), 'bezoeker');
    await page.goto(`${server.url}?debug&lang=en`);
    await page.waitForSelector('body[data-klaar="true"]', { timeout: 30_000 });
    assert.equal(await page.textContent('h1'), 'Collaborating in the GEMMA Softwarecatalogus');
    await page.click('#form-aanvraag button[name="indienen"]');
    const shown = await expectDecision('aanvraag.indienen', 'toegestaan', ['AANV-004']);
    assert.match(shown.meldingen[0].melding, /intake question/i);
  });
});
