import { openBrowser, startServer } from './harness.mjs';
const server = await startServer();
const b = await openBrowser(server.url);
const page = b.page;
await page.goto(server.url + (process.env.Q ?? ''));
await page.waitForSelector('body[data-klaar="true"]');
const act = async (actor) => page.selectOption('#actor', actor);
await page.click('#form-aanvraag button[name="indienen"]');
await act('functioneel-beheerder');
await page.click('tr[data-aanvraag="av-digitale-regio-noord"] button[name="goedkeuren"]');
if (process.env.STOP === 'approve') {} else {
await page.click('#form-registratie-av-digitale-regio-noord button[name="registreren"]');
for (const a of ['cp-utrecht', 'cp-zeist']) { await act(a); await page.click('#form-aangeven button[name="aangeven"]'); }
await act('cp-digitale-regio-noord');
for (const l of ['g-utrecht', 'g-zeist']) await page.click(`section[data-collectief="sw-digitale-regio-noord"] tr[data-lid="${l}"] button[name="bevestigen"]`);
await page.click('#form-module button[name="module-aanbieden"]');
await page.click('#form-gebruik button[name="gebruik-aanmelden"]');
await page.selectOption('#form-koppeling select[name="moduleA"]', 'm-zaak');
await page.selectOption('#form-koppeling select[name="moduleB"]', 'm-burgerzaken-noord');
await page.click('#form-koppeling button[name="koppelen"]');
await act('cp-zeist');
await page.click('#form-beeindigen button[name="beeindigen"]');
}
const height = await page.evaluate(() => document.documentElement.scrollHeight);
const ys = (process.env.YS ?? '0').split(',').map(Number);
for (const y of ys) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.screenshot({ path: `/tmp/dshot/y${y}.png` });
}
console.log(height, JSON.stringify(b.problems));
await b.close(); await server.stop();
