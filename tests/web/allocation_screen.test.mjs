// The allocation in a real browser: the region's preview (load a data set through the file picker,
// run it in WebAssembly, change a capacity, run again and compare A with B, the cutoff chart), and
// an applicant seeing their published place and why after the region ran its own snapshot of the
// submitted applications on the real server and published it after the deadline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, widget, clickWidget, waitForValue, typeInto } from './lib/browser.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { apiSession, requiredEnv, startFixture } from './lib/fixture.mjs';
import { startServer } from './lib/server.mjs';

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

// The region runs on the server's own snapshot of submitted applications, and publishes only a run
// made after the deadline: three adults in Copenhagen submit before it (a server at 10 February),
// the region imports their travel times, and the same database is opened again on 2 March.
test('an applicant sees the published place and why', async () => {
  const env = { serverBinary: requiredEnv('OPTAGELSE_SERVER_BINARY'), webRoot: requiredEnv('OPTAGELSE_WEB_ROOT') };
  const dir = mkdtempSync(path.join(tmpdir(), 'optagelse-allocation-'));
  const applicants = [];
  for (const person of fixture.demo.persons) {
    if (!person.guardians?.length && person.municipality_code === 101 && applicants.length < 3 &&
        !applicants.some(a => a.address_id === person.address_id)) applicants.push(person);
  }
  assert.equal(applicants.length, 3);
  const before = await startServer({ ...env, dir, demoData: fixture.demoPath,
                                     extraArgs: ['--now', '2027-02-10T10:00:00Z', '--today', '2027-02-10'] });
  try {
    for (const person of applicants) {
      const me = await apiSession(before.url, { role: 'citizen', cpr: person.cpr });
      const draft = { version: 0, content: { wishes: [{ institution: '101001', programme: 'stx' }], contact: { email: 'a@example.dk' } } };
      assert.equal((await me.call('PUT', 'api/v1/me/application', draft)).status, 200);
      assert.equal((await me.call('POST', 'api/v1/me/application/submit', { version: 1 })).status, 200);
    }
    const region = await apiSession(before.url, { role: 'region', organisation: '1084' });
    const times = [[10, 30], [20, 40], [25, 70]];
    let csv = 'cpr;adresse_id;institution;offentlig_minutter;cykel_minutter;referencedato\n';
    applicants.forEach((person, i) => {
      csv += `;${person.address_id};101001;${times[i][0]};99;2027-01-14\n;${person.address_id};147003;${times[i][1]};99;2027-01-14\n`;
    });
    assert.equal((await region.call('POST', 'api/v1/travel-times', csv, 'text/csv')).status, 201);
  } finally {
    await before.stop();
  }
  const after = await startServer({ ...env, dir, extraArgs: ['--now', '2027-03-02T10:00:00Z', '--today', '2027-03-02'] });
  try {
    const region = await apiSession(after.url, { role: 'region', organisation: '1084' });
    const run = await region.call('POST', 'api/v1/regions/1084/allocations',
                                  { admission_year: 2027, seed: 7, default_capacity: 0, capacities: { '101001-stx': 1, '147003-stx': 1 } });
    assert.equal(run.status, 201);
    assert.equal((await region.call('POST', `api/v1/regions/1084/allocations/${run.json.id}/publish`, {})).status, 200);

    const { page, errors } = await openApp(fixture.browser, after.url, { viewport: { width: 1280, height: 1400 } });
    await clickWidget(page, 'nav.upv');
    await typeInto(page, 'login.id', applicants[1].cpr);
    await clickWidget(page, 'login.submit');
    await waitForValue(page, 'placement.0', '147003-stx: nærmeste ledige plads');
    assert.match((await widget(page, 'placement.0.wish.0')).value,
                 /Du satte den som 1\. prioritet og bor 20 minutter væk; den sidst optagne med samme prioritet bor 10 minutter væk\./);
    await page.screenshot({ path: path.join(fixture.screenshots, 'my-placement.png') });
    assert.deepEqual(errors, []);
  } finally {
    await after.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
