// The school's pupil report screen in a real browser against the real server: log in (simulated),
// upload a CSV through the browser's file picker, read every verdict, filter, correct a CPR number
// in place, and download the rejected rows as CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openApp, widget, clickWidget, waitForValue, typeInto, nextFrames } from './lib/browser.mjs';
import { startFixture } from './lib/fixture.mjs';

let fixture;
before(async () => { fixture = await startFixture(); });
after(async () => { if (fixture) await fixture.stop(); });

// Pupils (born 2009-2010) of the demo register.
function demoPupils() {
  return fixture.demo.persons.filter(p => ['09', '10'].includes(p.cpr.slice(4, 6))).map(p => p.cpr);
}

async function logInAsSchool(page, school) {
  await clickWidget(page, 'Skole: elevindberetning');
  await typeInto(page, 'Institutionsnummer', school);
  await clickWidget(page, 'login.submit');
  await waitForValue(page, 'school.logged_in', `Logget ind som skole ${school}`);
}

async function uploadFile(page, name, content) {
  const chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'Vælg fil og indberet');
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

function visibleNames(page) {
  return page.evaluate(() => window.optagelse.widgets.filter(w => w.id.startsWith('school.name.')).map(w => w.value));
}

test('a school uploads its report, filters it, corrects a CPR in place and exports the rejected rows', async () => {
  const { page, context, errors } = await openApp(fixture.browser, fixture.server.url, { acceptDownloads: true, viewport: { width: 1024, height: 1000 } });
  await logInAsSchool(page, '101002');

  const [first, second, third] = demoPupils();
  const fictitious = String(Number(third.slice(0, 2)) + 60) + third.slice(2);  // day + 60
  const csv = 'cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\r\n' +
    `${first};Søren Ærbøl;101002;4800;9;9.B;2024-08-12\r\n` +
    `${second};Ida Lund;101002;4800;9;9.A;2024-08-12\r\n` +
    `${fictitious};Åse Fiktiv;101002;4800;9;9.A;2024-08-12\r\n` +
    `${first.slice(0, 6)}-12;Bo Forkert;101002;4800;7;9.A;2024-08-12\r\n`;
  await uploadFile(page, 'elever.csv', csv);
  await waitForValue(page, 'school.message', '2 godkendt, 1 frasorteret, 1 afvist');
  await page.waitForFunction(() => window.optagelse.widgets.filter(w => w.id.startsWith('school.name.')).length === 4);

  // The reasons are shown in Danish, with what to do.
  const problems = await page.evaluate(() => window.optagelse.widgets.filter(w => w.id.startsWith('school.problem.')).map(w => w.value).join(' | '));
  assert.match(problems, /fiktivt erstatningsnummer \(dag \+ 60\)/);
  assert.match(problems, /Klassetrinnet skal være 8, 9 eller 10/);

  await clickWidget(page, 'Afviste');
  await page.waitForFunction(() => window.optagelse.widgets.filter(w => w.id.startsWith('school.name.')).length === 1);
  assert.deepEqual(await visibleNames(page), ['Bo Forkert']);
  await clickWidget(page, 'Alle');
  await clickWidget(page, 'Klasse (tom: alle)');
  await page.keyboard.type('9.A');
  await page.waitForFunction(() => window.optagelse.widgets.filter(w => w.id.startsWith('school.name.')).length === 3);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.optagelse.widgets.filter(w => w.id.startsWith('school.name.')).length === 4);

  // Correct the fictitious number in place: the pupil is accepted at once.
  const aase = await page.evaluate(() => window.optagelse.widgets.find(w => w.id.startsWith('school.name.') && w.value === 'Åse Fiktiv').id);
  const id = aase.split('.').pop();
  // Nine digits are malformed: the core says so under the field while typing, and nothing is sent.
  await typeInto(page, `school.fix.${id}`, third.slice(0, 9));
  await waitForValue(page, `school.fix_problem.${id}`, 'Et CPR-nummer har 10 cifre');
  await page.keyboard.type(third.slice(9));
  await waitForValue(page, `school.fix.${id}`, third);
  await page.waitForFunction(key => !window.optagelse.find(key), `school.fix_problem.${id}`);
  await nextFrames(page, 3);
  await clickWidget(page, `school.fix_button.${id}`);
  await waitForValue(page, `school.status.${id}`, 'Godkendt');
  await waitForValue(page, `school.cpr.${id}`, third);
  await page.screenshot({ path: path.join(fixture.screenshots, 'school-report.png') });

  // Export: the rejected rows as CSV, with the reason.
  const download = page.waitForEvent('download');
  await clickWidget(page, 'Eksportér afviste og frasorterede (CSV)');
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  assert.match(exported, /Bo Forkert/);
  assert.doesNotMatch(exported, /Åse Fiktiv/);  // corrected, so no longer filtered
  assert.match(exported, /cpr_wrong_length|cpr_misplaced_hyphen|invalid_grade/);
  assert.doesNotMatch(exported, /Søren Ærbøl/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken file is refused with the reason and changes nothing', async () => {
  const { page, context } = await openApp(fixture.browser, fixture.server.url);
  await logInAsSchool(page, '147004');
  await uploadFile(page, 'forkert.csv', 'cpr;navn;klasse\r\n0101900002;X;9.A\r\n');
  const message = await waitForValue(page, 'school.message', 'intet er gemt');
  assert.match(message, /Kolonnen "instnr" mangler/);
  assert.match(message, /Kolonnen "startdato" mangler/);
  await widget(page, 'school.no_pupils');
  await context.close();
});

test('a school sees the message that its report was processed, with the counts', async () => {
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1024, height: 1800 } });
  await logInAsSchool(page, '101002');
  const [first] = demoPupils();
  await uploadFile(page, 'elever.csv', 'cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\r\n' +
    `${first};Søren Ærbøl;101002;4800;9;9.B;2024-08-12\r\n`);
  await waitForValue(page, 'school.message', '1 godkendt');
  await clickWidget(page, 'school.messages.show');
  await waitForValue(page, 'school.messages.list.0', /: Jeres elevindberetning er behandlet$/);
  await waitForValue(page, 'school.messages.list.0.fate', /kontor@101002\.skole\.test/);
  assert.deepEqual(errors, []);
});
