// The staff inbox in a real browser against the real server (clock inside the 2027 window): an
// applicant claims priority with documentation and a guardian signs (through the API); the
// receiving gymnasium logs in, sees the application, downloads the documentation, is told a refusal
// needs a reason, and grants the claim; the home municipality's counsellor sees the application. A
// disability claim is the region's: the school only sees it, the Capital Region decides it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, clickWidget, waitForValue, typeInto } from './lib/browser.mjs';
import { startFixture, apiSession } from './lib/fixture.mjs';

const kPdf = '%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n';
let fixture, minor, applicationId, disabled, disabledApplicationId;

// One signed application to Copenhagen's gymnasium with a forrang claim on the 1st wish, through the API.
async function applySigned(url, person, ground) {
  const applicant = await apiSession(url, { role: 'citizen', cpr: person.cpr });
  const upload = await applicant.call('POST', 'api/v1/me/attachments', kPdf, 'application/octet-stream');
  assert.equal(upload.status, 200);
  const content = { wishes: [{ institution: '101001', programme: 'stx' }], contact: { email: 'ung@example.dk' },
                    forrang: [{ wish: 1, ground, attachment: upload.json.sha256 }] };
  assert.equal((await applicant.call('PUT', 'api/v1/me/application', { version: 0, content })).status, 200);
  const submitted = await applicant.call('POST', 'api/v1/me/application/submit', { version: 1 });
  assert.equal(submitted.status, 200);
  const id = submitted.json.application.id;
  const guardian = await apiSession(url, { role: 'citizen', cpr: person.guardians[0] });
  const signed = await guardian.call('POST', `api/v1/applications/${id}/signature`,
                                     { decision: 'sign', comment: '', content_sha256: submitted.json.application.content_sha256 });
  assert.equal(signed.status, 200);
  return id;
}

before(async () => {
  fixture = await startFixture({ extraArgs: ['--now', '2027-02-10T10:00:00Z', '--today', '2027-02-10'] });
  const url = fixture.server.url;
  const minors = fixture.demo.persons.filter(p => p.guardians && p.guardians.length > 0 && !p.name_protected && Number(p.cpr.slice(4, 6)) === 10);
  [minor, disabled] = minors;
  applicationId = await applySigned(url, minor, 'elite');
  disabledApplicationId = await applySigned(url, disabled, 'handicap');
});
after(async () => { if (fixture) await fixture.stop(); });

async function logIn(page, role, organisation) {
  await clickWidget(page, 'nav.inbox');
  await clickWidget(page, `login.kind.${role}`);
  await typeInto(page, 'login.id', organisation);
  await clickWidget(page, 'login.submit');
}

test('the gymnasium reads the documentation and decides the priority claim', async () => {
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1200 }, acceptDownloads: true });
  await logIn(page, 'institution', '101001');
  const claim = `inbox.${applicationId}.forrang.1`;
  await waitForValue(page, `inbox.${applicationId}`, `${minor.name} (${minor.cpr})`);
  await waitForValue(page, claim, 'Forrang på 1. ønske: Eliteidræt (Team Danmark eller kommunal) - ikke afgjort');

  const download = page.waitForEvent('download');
  await clickWidget(page, `${claim}.document`);
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(file, 'latin1'), kPdf);

  // A refusal without a reason is refused by the server, with the reason why.
  await clickWidget(page, `${claim}.refuse`);
  await waitForValue(page, 'inbox.message', 'Et afslag skal begrundes.');
  await clickWidget(page, `${claim}.grant`);
  await waitForValue(page, claim, '- givet');
  await waitForValue(page, 'inbox.message', 'Forrang givet.');
  await page.screenshot({ path: path.join(fixture.screenshots, 'inbox-institution.png') });
  // The browser logs the refused request (422); nothing else may go wrong.
  assert.deepEqual(errors.filter(e => !e.includes('status of 422')), []);
  await page.context().close();
});

test('the counsellor of the home municipality sees the application, another gymnasium does not', async () => {
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1000 } });
  await logIn(page, 'counsellor', String(minor.municipality_code));
  await waitForValue(page, `inbox.${applicationId}`, `${minor.name} (${minor.cpr}) - Sendt - 1. København Gymnasium - stx`);
  await page.context().close();

  const other = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1000 } });
  await logIn(other.page, 'institution', '147003');
  await waitForValue(other.page, 'inbox.applications.none', 'Ingen endnu.');
  assert.equal(await other.page.evaluate(id => window.optagelse.find(`inbox.${id}`), applicationId), null);
  assert.deepEqual([...errors, ...other.errors], []);
  await other.page.context().close();
});

test('the region decides a disability claim that the school may only see', async () => {
  const school = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1200 } });
  await logIn(school.page, 'institution', '101001');
  const claim = `inbox.${disabledApplicationId}.forrang.1`;
  await waitForValue(school.page, claim, 'Forrang på 1. ønske: Handicap (regionen afgør) - ikke afgjort');
  for (const control of ['grant', 'refuse', 'document']) {
    assert.equal(await school.page.evaluate(id => window.optagelse.find(id), `${claim}.${control}`), null);
  }
  await school.page.context().close();

  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1200 }, acceptDownloads: true });
  await logIn(page, 'region', '1084');
  await waitForValue(page, `inbox.${disabledApplicationId}`, `${disabled.name} (${disabled.cpr})`);
  // Only the claims the region decides are listed (the elite claim is the school's).
  assert.equal(await page.evaluate(id => window.optagelse.find(id), `inbox.${applicationId}`), null);
  const download = page.waitForEvent('download');
  await clickWidget(page, `${claim}.document`);
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(await (await download).path(), 'latin1'), kPdf);
  await typeInto(page, `${claim}.reason`, 'Dokumentationen viser ikke behovet');
  await clickWidget(page, `${claim}.refuse`);
  await waitForValue(page, claim, '- afvist: Dokumentationen viser ikke behovet');
  await page.screenshot({ path: path.join(fixture.screenshots, 'inbox-region.png') });

  // The region's pseudonymised statistics: a CSV with pseudonyms, and nobody's CPR number or name.
  const statistics = page.waitForEvent('download');
  await clickWidget(page, 'inbox.statistics.csv');
  const csv = readFileSync(await (await statistics).path(), 'utf8');
  assert.match(csv, /^pseudonym,admission_year,birth_year,sex,municipality_code,/);
  assert.ok(!csv.includes(disabled.cpr) && !csv.includes(disabled.name), csv);
  assert.deepEqual(errors, []);
  await page.context().close();
});
