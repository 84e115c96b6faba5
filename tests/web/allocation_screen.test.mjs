// The allocation in a real browser: the region's preview (load a data set through the file picker,
// run it in WebAssembly, change a capacity, run again and compare A with B, the cutoff chart), and
// an applicant seeing their published place and why after the region ran and published it on the
// real server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, widget, clickWidget, waitForValue, typeInto } from './lib/browser.mjs';
import { startFixture } from './lib/fixture.mjs';

let fixture;
before(async () => { fixture = await startFixture(); });
after(async () => { if (fixture) await fixture.stop(); });

function dataSet(ids) {
  return {
    rule_set: '2023', seed: 7,
    programmes: [{ id: 'X', institution: '101001', programme: 'stx', capacity: 1 },
                 { id: 'Y', institution: '147003', programme: 'stx', capacity: 1 }],
    applicants: [{ id: ids[0], wishes: [{ programme: 'X' }], travel_minutes: { 101001: 10, 147003: 30 } },
                 { id: ids[1], wishes: [{ programme: 'X' }], travel_minutes: { 101001: 20, 147003: 40 } },
                 { id: ids[2], wishes: [{ programme: 'X' }], travel_minutes: { 101001: 25, 147003: 70 } }],
  };
}

test('a region previews the allocation in the page and compares two runs', async () => {
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1280, height: 1600 } });
  await clickWidget(page, 'nav.allocation');
  const chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'alloc.load');
  await (await chooser).setFiles({ name: 'data.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataSet(['p1', 'p2', 'p3']))) });
  await waitForValue(page, 'alloc.message', '3 ansøgere, 2 udbud');
  await clickWidget(page, 'alloc.run_a');
  await waitForValue(page, 'alloc.summary_a', 'A: 2 placeret, 1 på regionens liste');
  assert.match((await widget(page, 'alloc.summary_a')).value, /stabil/);
  assert.match((await widget(page, 'alloc.chart.A')).value, /2 offers, highest cutoff 10 min/);

  // One more seat at X: the second applicant moves from the nearest seat at Y to their wish.
  await clickWidget(page, 'alloc.capacity.X');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await waitForValue(page, 'alloc.capacity.X', '2');
  await clickWidget(page, 'alloc.run_b');
  await waitForValue(page, 'alloc.summary_b', 'B: 2 placeret, 1 på regionens liste');
  await waitForValue(page, 'alloc.moved', '1 ansøgere har fået en anden plads');
  assert.equal((await widget(page, 'alloc.row.X.filled')).value, '1 / 2 (2)');
  assert.equal((await widget(page, 'alloc.row.X.cutoff')).value, '10 / 20');
  const timings = await page.evaluate(() => window.optagelse.measurements.allocation_ms);
  assert.equal(timings.length, 2);
  await page.screenshot({ path: path.join(fixture.screenshots, 'allocation-preview.png') });
  assert.deepEqual(errors, []);

  // A broken data set is refused with the path of the bad field; the loaded one stays.
  const broken = dataSet(['p1', 'p2', 'p3']);
  broken.programmes[1].capacity = 'many';
  const again = page.waitForEvent('filechooser');
  await clickWidget(page, 'alloc.load');
  await (await again).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await waitForValue(page, 'alloc.message', '[programmes[1].capacity]');
  await page.context().close();
});

test('an applicant sees the published place and why', async () => {
  const url = fixture.server.url;
  const ids = fixture.demo.persons.filter(p => p.guardians && p.guardians.length).slice(0, 3).map(p => p.cpr);
  const login = await fetch(url + 'api/v1/session', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'region', organisation: '1084' }) });
  const session = await login.json();
  const headers = { Cookie: login.headers.get('set-cookie').split(';')[0], 'X-CSRF-Token': session.csrf_token, 'Content-Type': 'application/json' };
  const run = await (await fetch(url + 'api/v1/regions/1084/allocations', { method: 'POST', headers, body: JSON.stringify(dataSet(ids)) })).json();
  assert.equal((await fetch(url + `api/v1/regions/1084/allocations/${run.id}/publish`, { method: 'POST', headers })).status, 200);

  const { page, errors } = await openApp(fixture.browser, url, { viewport: { width: 1280, height: 1400 } });
  await clickWidget(page, 'nav.upv');
  await typeInto(page, 'login.id', ids[1]);
  await clickWidget(page, 'login.submit');
  await waitForValue(page, 'placement.0', 'Y: nærmeste ledige plads');
  assert.match((await widget(page, 'placement.0.wish.0')).value,
               /1\. X: Du satte den som 1\. prioritet og bor 20 minutter væk; den sidst optagne med samme prioritet bor 10 minutter væk\./);
  await page.screenshot({ path: path.join(fixture.screenshots, 'my-placement.png') });
  assert.deepEqual(errors, []);
});
