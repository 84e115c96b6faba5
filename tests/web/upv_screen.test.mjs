// The readiness (UPV) screens in a real browser against the real server: the class list with each
// pupil's result per track (blocked pupils with the reason), the what-if panel recomputing in
// WebAssembly as grades are raised, saving an assessment, and - after one visit - the app and the
// what-if panel working with the server stopped (service worker, scenario kept in localStorage).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, widget, clickWidget, waitForValue, typeInto, nextFrames } from './lib/browser.mjs';
import { startFixture } from './lib/fixture.mjs';

let fixture;
let pupilIds;
before(async () => {
  fixture = await startFixture();
  pupilIds = await seedPupils(fixture.server.url);
});
after(async () => { if (fixture) await fixture.stop(); });

// Logs in as the school through the API and returns headers for further calls.
async function schoolApi(url) {
  const login = await fetch(url + 'api/v1/session', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'school', organisation: '101002' }),
  });
  assert.equal(login.status, 200);
  const session = await login.json();
  return { Cookie: login.headers.get('set-cookie').split(';')[0], 'X-CSRF-Token': session.csrf_token };
}

let seededCprs;
async function seedPupils(url) {
  const headers = await schoolApi(url);
  const [amir, bo, third] = fixture.demo.persons.filter(p => ['09', '10'].includes(p.cpr.slice(4, 6))).map(p => p.cpr);
  const fictitious = String(Number(third.slice(0, 2)) + 60) + third.slice(2);
  const csv = 'cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\n' +
    `${amir};Amir Hansen;101002;4800;9;9.B;2025-08-11\n${bo};Bo Berg;101002;4800;8;8.A;2025-08-11\n` +
    `${fictitious};Åse Fiktiv;101002;4800;9;9.B;2025-08-11\n`;
  const upload = await fetch(url + 'api/v1/schools/101002/pupil-reports', {
    method: 'POST', headers: { ...headers, 'Content-Type': 'text/csv' }, body: csv,
  });
  assert.equal(upload.status, 200);
  const ids = (await upload.json()).rows.map(row => row.id);
  seededCprs = [amir, bo];
  const upv = { standpunkt: { dansk: [10, '00'], matematik: ['02'], engelsk: [7] }, personal: true, social: true };
  const saved = await fetch(url + `api/v1/schools/101002/pupils/${ids[0]}/upv`, {
    method: 'PUT', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(upv),
  });
  assert.equal(saved.status, 200);
  return ids;
}

async function logInAsSchool(page) {
  await clickWidget(page, 'nav.school');
  await typeInto(page, 'login.id', '101002');
  await clickWidget(page, 'login.submit');
  await waitForValue(page, 'school.logged_in', '101002');
}

async function appCached(page) {
  for (let i = 0; i < 100; ++i) {
    const cached = await page.evaluate(async () => {
      if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return false;
      // Every file the page loaded (content-hashed names: web/package_assets.mjs) and the page.
      const loaded = performance.getEntriesByType('resource').map(entry => new URL(entry.name))
        .filter(url => url.origin === location.origin && /\.(js|css|wasm)$/.test(url.pathname) && url.pathname !== '/sw.js')
        .map(url => url.pathname);
      if (!loaded.some(file => file.endsWith('.wasm'))) return false;
      return (await Promise.all(['/', ...loaded].map(file => caches.match(file)))).every(Boolean);
    });
    if (cached) return true;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  return false;
}

test('a pupil and a guardian log in with a CPR number and see the result with its reasons', async () => {
  const amir = fixture.demo.persons.find(p => p.cpr === seededCprs[0]);
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1400 } });
  await clickWidget(page, 'nav.upv');
  await typeInto(page, 'login.id', amir.cpr);
  await clickWidget(page, 'login.submit');
  await waitForValue(page, 'mine.0.gym', 'Parat til andre');
  assert.equal((await widget(page, 'mine.0')).label, amir.name);
  assert.match((await widget(page, 'mine.0.gym.reasons')).value, /gennemsnit af alle karakterer 4,8 < 5,0/);
  await waitForValue(page, 'mine.0.eud', 'Uddannelsesparat');
  await clickWidget(page, 'app.language');
  await waitForValue(page, 'mine.0.gym.reasons', 'average of all grades 4.8 < 5.0');
  assert.deepEqual(errors, []);
  await page.context().close();

  const guardian = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1400 } });
  await clickWidget(guardian.page, 'nav.upv');
  await typeInto(guardian.page, 'login.id', amir.guardians[0]);
  await clickWidget(guardian.page, 'login.submit');
  // The guardian first, then each child in their custody (ordered by CPR number).
  const children = fixture.demo.persons.filter(p => (p.guardians || []).includes(amir.guardians[0])).map(p => p.cpr).sort();
  const index = 1 + children.indexOf(amir.cpr);
  await waitForValue(guardian.page, `mine.${index}.hf`, 'Uddannelsesparat');
  assert.match((await widget(guardian.page, `mine.${index}`)).label, /dit barn/);
  await guardian.page.context().close();
});

// A blank scenario uses the current admission year's rules (2027: no readiness assessment, only the
// grade requirement) and says so; any year can be picked, and the panel names the year it uses.
test('a new what-if scenario starts in the current admission year and can pick any year', async () => {
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1600 } });
  await clickWidget(page, 'nav.upv');
  // The demo's people load below the login form and move the button down: click once they are there.
  await page.waitForFunction(() => window.optagelse.widgets.some(w => w.id.startsWith('login.demo.')));
  await clickWidget(page, 'upv.new_scenario');
  await waitForValue(page, 'whatif.year_meaning', 'I 2027 er der ingen vurdering af uddannelsesparathed');
  await waitForValue(page, 'whatif.timing', 'optagelsesåret 2027');
  assert.equal(await page.evaluate(() => window.optagelse.find('whatif.personal.yes')), null);  // no personal step without UPV
  // From 2025 EUD asks for 02 at the exams (Danish written and oral on average, maths written).
  await waitForValue(page, 'whatif.track.eud', 'Opfylder ikke karakterkravet');
  assert.match((await widget(page, 'whatif.reasons.eud')).value, /ingen dansk \(prøve\) \(krav 2,0\)/);
  for (const exam of ['dansk_skriftlig', 'dansk_mundtlig', 'matematik_skriftlig']) {
    await clickWidget(page, `whatif.exam.add_subject.${exam}`);
    await waitForValue(page, `whatif.exam.grade.${exam}.0`, '02');
  }
  await waitForValue(page, 'whatif.track.eud', 'Opfylder karakterkravet');
  await clickWidget(page, 'whatif.exam.lower.matematik_skriftlig.0');
  await waitForValue(page, 'whatif.track.eud', 'Opfylder ikke karakterkravet');
  assert.match((await widget(page, 'whatif.reasons.eud')).value, /matematik skriftlig \(prøve\) 0,0 < 2,0/);
  await clickWidget(page, 'whatif.exam.raise.matematik_skriftlig.0');
  await waitForValue(page, 'whatif.track.eud', 'Opfylder karakterkravet');
  // Written Danish in its three parts instead (ug.dk: 25 %, 25 %, 50 %): once the whole grade is
  // removed the parts are offered, and a part entered hides the whole exam's button.
  // Each click moves the buttons below the table (a row leaves or comes): let the layout settle.
  await clickWidget(page, 'whatif.exam.remove.dansk_skriftlig.0');
  await nextFrames(page, 3);
  for (const part of ['dansk_retskrivning', 'dansk_laesning', 'dansk_fremstilling']) {
    await clickWidget(page, `whatif.exam.add_subject.${part}`);
    await waitForValue(page, `whatif.exam.grade.${part}.0`, '02');
    await nextFrames(page, 3);
  }
  assert.equal(await page.evaluate(() => window.optagelse.find('whatif.exam.add_subject.dansk_skriftlig')), null);
  assert.equal(await page.evaluate(() => window.optagelse.find('whatif.exam.add.dansk_fremstilling')), null);  // one grade per exam or part
  await waitForValue(page, 'whatif.track.eud', 'Opfylder karakterkravet');
  // Skriftlig fremstilling 02 -> 00 weighs half: written Danish 1.0, with oral 02 the average 1.5.
  await clickWidget(page, 'whatif.exam.lower.dansk_fremstilling.0');
  await waitForValue(page, 'whatif.track.eud', 'Opfylder ikke karakterkravet');
  assert.match((await widget(page, 'whatif.reasons.eud')).value, /dansk \(prøve\) 1,5 < 2,0/);
  await clickWidget(page, 'whatif.year.2023');
  await waitForValue(page, 'whatif.year_meaning', 'I 2023 vurderede skolen, om eleven var uddannelsesparat');
  await waitForValue(page, 'whatif.timing', 'optagelsesåret 2023');
  await widget(page, 'whatif.personal.yes');
  await page.screenshot({ path: path.join(fixture.screenshots, 'upv-what-if-years.png') });
  assert.deepEqual(errors, []);
  await page.context().close();
});

// The mouse wheel on a laptop-sized window: one notch down scrolls down by its pixels, one notch up
// comes back, and a notch up at the top stays there (Emscripten's GLFW turned it into a jump to the
// end of the page).
test('the mouse wheel scrolls the page the way it turns, by the notch', async () => {
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 700 } });
  await clickWidget(page, 'nav.upv');
  await page.waitForFunction(() => window.optagelse.widgets.some(w => w.id.startsWith('login.demo.')));
  await nextFrames(page, 3);
  const top = (await widget(page, 'nav.upv')).y;
  const scrolledTo = async (offset) => page.waitForFunction(
      ([expected]) => Math.abs(window.optagelse.find('nav.upv').y - expected) <= 2, [top - offset], { timeout: 5000 });
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, 100);
  await scrolledTo(100);
  await page.mouse.wheel(0, -100);
  await scrolledTo(0);
  await page.mouse.wheel(0, -100);  // already at the top
  await nextFrames(page, 3);
  await scrolledTo(0);
  await page.mouse.wheel(0, 150);
  await scrolledTo(150);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('class list, what-if in WebAssembly, saving, and the what-if panel offline with the server stopped', async () => {
  const [amir, bo, aase] = pupilIds;
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1900 } });
  await logInAsSchool(page);
  await clickWidget(page, 'nav.upv');

  // The class list: result per track in colour and words; the fictitious number is blocked.
  await waitForValue(page, `upv.row.${amir}.eud`, 'Parat');
  assert.equal((await widget(page, `upv.row.${amir}.gym`)).value, 'Ikke parat');
  assert.equal((await widget(page, `upv.row.${amir}.gym`)).role, 'status');
  assert.equal((await widget(page, `upv.row.${bo}.hf`)).value, 'Ikke vurderet');
  assert.equal((await widget(page, `upv.row.${aase}.eud`)).value, 'Blokeret');
  assert.match((await widget(page, `upv.row.${aase}.blocked`)).value, /Åse Fiktiv \(Blokeret\): .*fiktivt erstatningsnummer/);

  // What if Amir raises maths from 02 to 4? Computed in the page, at once.
  await clickWidget(page, `upv.row.${amir}.open`);
  await waitForValue(page, 'whatif.track.gym', 'Parat til andre');
  assert.match((await widget(page, 'whatif.reasons.gym')).value, /gennemsnit af alle karakterer 4,8 < 5,0/);
  assert.match((await widget(page, 'whatif.path.gym')).value, /Mindste ændring \(1 trin\)/);
  await clickWidget(page, 'whatif.raise.matematik.0');
  await waitForValue(page, 'whatif.track.gym', 'Uddannelsesparat');
  await waitForValue(page, 'whatif.change.0', 'matematik: 02 → 4');
  await waitForValue(page, 'whatif.track_change.gym', 'ændres til Parat');
  const timings = await page.evaluate(() => window.optagelse.measurements.whatif_ms);
  assert.ok(timings.length >= 2 && timings.every(ms => ms >= 0 && ms < 50), String(timings));
  await page.screenshot({ path: path.join(fixture.screenshots, 'upv-what-if.png') });

  // Saving sends the scenario as the assessment; the class list shows the new result.
  await clickWidget(page, 'whatif.save');
  await waitForValue(page, 'whatif.message', 'Vurderingen er gemt');
  await waitForValue(page, `upv.row.${amir}.gym`, 'Parat');
  assert.deepEqual(errors, []);

  // An unsaved scenario, then the server goes away.
  await clickWidget(page, 'whatif.lower.engelsk.0');
  await waitForValue(page, 'whatif.change.0', 'engelsk: 7 → 4');
  assert.ok(await appCached(page), 'the service worker did not cache the app');
  await fixture.server.stop();

  await page.reload();
  await page.waitForFunction(() => window.optagelse && window.optagelse.ready, null, { timeout: 30000 });
  await clickWidget(page, 'nav.upv');
  // The scenario is back from localStorage, and recomputes with the rules inside the WebAssembly.
  await waitForValue(page, 'whatif.grade.engelsk.0', '4');
  await waitForValue(page, 'whatif.change.0', 'engelsk: 7 → 4');
  await clickWidget(page, 'whatif.lower.matematik.0');
  await waitForValue(page, 'whatif.grade.matematik.0', '02');
  await waitForValue(page, 'whatif.track.gym', 'Parat til andre');
  await waitForValue(page, 'whatif.path.gym', 'Mindste ændring');
  await page.screenshot({ path: path.join(fixture.screenshots, 'upv-what-if-offline.png') });
  const stored = await page.evaluate(() => localStorage.getItem('optagelse.whatif.v1'));
  assert.ok(!stored.includes('Amir'), 'no name is kept in the browser');
});
