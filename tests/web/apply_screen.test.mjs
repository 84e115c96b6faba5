// Applying in a real browser against the real server (clock set inside the 2027 application
// window): a 15-year-old logs in, finds programmes by search, adds and reorders wishes, claims
// priority on the 1st with documentation (a disguised file refused), sees a bad
// e-mail flagged under the field as they type (the core in WebAssembly), sends the application; a
// guardian logs in, sees the child's wishes and signs; the applicant then sees it sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { openApp, widget, clickWidget, clickUntil, waitForValue, typeInto, focusField, clearField, dragWidget } from './lib/browser.mjs';
import { startFixture } from './lib/fixture.mjs';

let fixture;
before(async () => {
  fixture = await startFixture({ extraArgs: ['--now', '2027-02-10T10:00:00Z', '--today', '2027-02-10', '--demo-login', 'yes'] });
});
after(async () => { if (fixture) await fixture.stop(); });

// A minor (born after 1 March 2009, so under 18 on the deadline day) with a guardian, no protection,
// living in Copenhagen.
function minorWithGuardian() {
  return fixture.demo.persons.find(p => p.guardians && p.guardians.length > 0 && !p.name_protected &&
    Number(p.cpr.slice(4, 6)) === 10 && p.municipality_code === 101);
}

async function logIn(page, cpr) {
  await clickWidget(page, 'nav.apply');
  await typeInto(page, 'login.id', cpr);
  await clickWidget(page, 'login.submit');
}

// Waits until a search result's label ends with its estimated travel time.
async function labelShowsTravelTime(page, id) {
  await page.waitForFunction(key => /min\. \(anslået\)$/.test((window.optagelse.find(key) || {}).label || ''), id);
}

async function problemsUnder(page, field) {
  return page.evaluate(prefix => window.optagelse.widgets.filter(w => w.id.startsWith(prefix)).map(w => w.value), 'apply.problem.' + field);
}

test('an applicant applies and a guardian signs', async () => {
  const minor = minorWithGuardian();
  assert.ok(minor, 'the demo data has a minor with a guardian');
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 2200 } });
  await logIn(page, minor.cpr);
  await waitForValue(page, 'apply.status', 'Kladde');
  await waitForValue(page, 'apply.deadline', 'Frist: 1. marts 2027 kl. 23.59');
  assert.equal((await widget(page, 'apply.me.name')).value, minor.name);

  // Search, add two wishes, and move the second to the top. The results are listed nearest first
  // once the travel times have come, so wait for those before clicking.
  await typeInto(page, 'apply.search', 'København Gymnasium');
  await labelShowsTravelTime(page, 'apply.add.101001.stx');
  // Every hit is counted, and each programme is said in words under its code.
  await waitForValue(page, 'apply.search.count', /^\d+ uddannelser? passer$|^1 uddannelse passer$/);
  await waitForValue(page, 'apply.add.101001.stx.about', 'Almen studentereksamen (stx): 3 år');
  await clickWidget(page, 'apply.add.101001.stx');
  // Beside each wish, the travel time from home and where it comes from (no journey-planner table here).
  await waitForValue(page, 'apply.wish.1', /^1\. København Gymnasium - stx - \d+ min\. \(anslået\)$/);  // the list moves: wait for the new frame
  // The search field has moved down a row, onto where the page's hidden text input was left.
  await clickWidget(page, 'apply.search');
  await page.waitForFunction(() => window.optagelse.find('apply.search').active);
  await clearField(page, 'apply.search');
  await page.keyboard.type('Frederiksberg');
  await waitForValue(page, 'apply.search', 'Frederiksberg');
  await labelShowsTravelTime(page, 'apply.add.147003.hf');
  await clickWidget(page, 'apply.add.147003.hf');
  await waitForValue(page, 'apply.wish.2', 'Frederiksberg Gymnasium - hf');
  await clickWidget(page, 'apply.wish.2.up');
  await waitForValue(page, 'apply.wish.1', 'Frederiksberg Gymnasium - hf');
  await waitForValue(page, 'apply.wish.2', 'København Gymnasium - stx');
  // The same by dragging a wish's handle onto another wish's row, both ways.
  await dragWidget(page, 'apply.wish.2.drag', 'apply.wish.1');
  await waitForValue(page, 'apply.wish.1', 'København Gymnasium - stx');
  await dragWidget(page, 'apply.wish.1.drag', 'apply.wish.2');
  await waitForValue(page, 'apply.wish.1', 'Frederiksberg Gymnasium - hf');
  await waitForValue(page, 'apply.wish.2', 'København Gymnasium - stx');

  // Priority (forrang) on the 1st wish: choose the ground; the core asks for documentation; a zip
  // dressed up as a PDF is refused by its content; a real PDF with a Danish name is attached.
  await clickWidget(page, 'apply.forrang.1.claim');
  await clickWidget(page, 'apply.forrang.1.ground.elite');
  await waitForValue(page, 'apply.forrang.1', 'Fortrinsret til 1. ønske: Eliteidræt');
  await page.waitForFunction(() => window.optagelse.widgets.some(w => w.id.startsWith('apply.problem.forrang[0].attachment')));
  assert.match((await problemsUnder(page, 'forrang[0].attachment'))[0], /Vedhæft dokumentation/);
  const spoofed = page.waitForEvent('filechooser');
  await clickWidget(page, 'apply.forrang.1.attach');
  await (await spoofed).setFiles({ name: 'bevis.pdf', mimeType: 'application/pdf', buffer: Buffer.from('PK\x03\x04 a zip, not a pdf') });
  await waitForValue(page, 'apply.forrang.1.attach.error', 'ikke en PDF, PNG eller JPEG');
  const real = page.waitForEvent('filechooser');
  await clickWidget(page, 'apply.forrang.1.attach');
  await (await real).setFiles({ name: 'Bekræftelse fra Team Danmark (Åse).pdf', mimeType: 'application/pdf',
                                buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n') });
  await waitForValue(page, 'apply.forrang.1.attachment', 'Dokumentation: Bekræftelse fra Team Danmark (Åse).pdf');
  await page.waitForFunction(() => !window.optagelse.widgets.some(w => w.id.startsWith('apply.problem.forrang')));

  // A bad e-mail is flagged under the field while typing, by the core in the page.
  await clickWidget(page, 'apply.email');
  await page.waitForFunction(() => window.optagelse.find('apply.email').active);
  await page.keyboard.type('ung@');
  await page.waitForFunction(() => window.optagelse.widgets.some(w => w.id.startsWith('apply.problem.contact.email')));
  assert.match((await problemsUnder(page, 'contact.email'))[0], /E-mailadressen ser forkert ud/);
  await page.keyboard.type('example.dk');
  await page.waitForFunction(() => !window.optagelse.widgets.some(w => w.id.startsWith('apply.problem.contact.email')));
  // A parent's e-mail, where the request to sign goes; a malformed one is flagged under its field.
  await typeInto(page, 'apply.guardian_email.1', 'mor@');
  await page.waitForFunction(() => window.optagelse.widgets.some(w => w.id.startsWith('apply.problem.contact.guardian_emails[0]')));
  await page.keyboard.type('example.dk');
  await page.waitForFunction(() => !window.optagelse.widgets.some(w => w.id.startsWith('apply.problem.contact.guardian_emails')));

  await clickWidget(page, 'apply.submit');
  await waitForValue(page, 'apply.status', 'Venter på underskrift');
  await page.screenshot({ path: path.join(fixture.screenshots, 'apply-submitted.png') });
  // "Beskeder": the receipt written when she sent it (no mail server here: it waits to be sent).
  await clickWidget(page, 'apply.messages.show');
  await waitForValue(page, 'apply.messages.mine.0', /: Din ansøgning er modtaget$/);
  await waitForValue(page, 'apply.messages.mine.0.fate', 'Venter på at blive sendt til ung@example.dk');

  // The guardian signs in another browser.
  const guardian = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 1400 } });
  await logIn(guardian.page, minor.guardians[0]);
  await waitForValue(guardian.page, `guardian.${minor.cpr}.signature`, 'Mangler underskrift');
  // A parent who has not applied comes to sign: the children first, their own form only on request.
  assert.equal(await guardian.page.evaluate(() => window.optagelse.find('apply.mode.wishes')), null);
  await widget(guardian.page, 'apply.own.open');
  await waitForValue(guardian.page, `guardian.${minor.cpr}.wish.1`, '1. Frederiksberg Gymnasium - hf');
  await waitForValue(guardian.page, `guardian.${minor.cpr}.forrang.1`, 'Eliteidræt');
  await guardian.page.screenshot({ path: path.join(fixture.screenshots, 'apply-guardian.png') });
  await clickWidget(guardian.page, `guardian.${minor.cpr}.sign`);
  await waitForValue(guardian.page, `guardian.${minor.cpr}.signature`, 'Underskrevet af en forælder');
  await waitForValue(guardian.page, 'apply.message', 'Du har skrevet under');

  // The applicant reloads: still logged in (one session for the whole app), she sees it sent.
  await page.reload();
  await page.waitForFunction(() => window.optagelse && window.optagelse.ready);
  await clickWidget(page, 'nav.apply');
  await waitForValue(page, 'apply.status', 'Status: Sendt');

  // Sent, she sees the receipt: its number, when, her wishes and what happens next; the form opens
  // again only when she asks to change it.
  await waitForValue(page, 'apply.receipt.number', /Kvitteringsnummer: 2027-\d{6}$/);
  await waitForValue(page, 'apply.receipt.time', /^Sendt \d+\. februar 2027 kl\. \d\d\.\d\d$/);
  await waitForValue(page, 'apply.receipt.wish.1', '1. Frederiksberg Gymnasium - hf');
  assert.equal(await page.evaluate(() => window.optagelse.find('apply.submit')), null);
  await page.screenshot({ path: path.join(fixture.screenshots, 'apply-receipt.png') });
  // Withdrawing asks first; "Nej" keeps it.
  await clickUntil(page, 'apply.withdraw', () => !!window.optagelse.find('apply.withdraw.question'));
  await clickUntil(page, 'apply.withdraw.cancel', () => !window.optagelse.find('apply.withdraw.question'));
  await waitForValue(page, 'apply.status', 'Status: Sendt');
  await clickUntil(page, 'apply.revise', () => !!window.optagelse.find('apply.submit'));
  assert.equal((await widget(page, 'apply.submit')).label, 'Send ændringerne');

  // She drops her 2nd wish and saves: the signature no longer covers the application, and the
  // guardian is told so next to the button that signs again.
  await clickUntil(page, 'apply.wish.2.remove', () => !window.optagelse.find('apply.wish.2'));
  await clickWidget(page, 'apply.save');
  await waitForValue(page, 'apply.status', 'Venter på underskrift');
  await guardian.page.reload();
  await guardian.page.waitForFunction(() => window.optagelse && window.optagelse.ready);
  await clickWidget(guardian.page, 'nav.apply');  // still logged in after the reload
  await waitForValue(guardian.page, `guardian.${minor.cpr}.voided`, 'Ansøgningen er ændret, efter at den blev underskrevet');
  assert.equal(await guardian.page.evaluate(id => window.optagelse.find(id), `guardian.${minor.cpr}.wish.2`), null);
  await guardian.page.screenshot({ path: path.join(fixture.screenshots, 'apply-guardian-changed.png') });
  await clickWidget(guardian.page, 'apply.own.open');
  await widget(guardian.page, 'apply.mode.wishes');

  // The applicant asks who has looked at her data: her parent, by name, signed it.
  await clickWidget(page, 'apply.audit.show');
  const signedBy = await page.waitForFunction(() => window.optagelse.widgets.find(w => w.id.startsWith('apply.audit.') && /skrev under på ansøgningen/.test(w.value)));
  const parent = fixture.demo.persons.find(p => p.cpr === minor.guardians[0]);
  const line = (await signedBy.jsonValue()).value;
  assert.ok(line.includes(parent.name_protected ? 'En forælder' : parent.name), line);
  assert.ok(!line.includes(parent.cpr), line);
  // Her own reads are hers in plain Danish: "Du så ansøgningen", not "Dig så".
  const own = await page.evaluate(() => window.optagelse.widgets.filter(w => w.id.startsWith('apply.audit.')).map(w => w.value));
  assert.ok(own.some(value => / - Du (så|gemte|sendte) ansøgningen$/.test(value)), own.join('\n'));
  assert.ok(!own.some(value => / - Dig /.test(value)), own.join('\n'));
  await page.screenshot({ path: path.join(fixture.screenshots, 'apply-audit.png') });

  // Logging out leaves nothing of her in the page, and the session is gone on the server.
  await clickWidget(page, 'nav.logout');
  await waitForValue(page, 'login.message', 'Du er logget ud.');
  assert.equal(await page.evaluate(() => window.optagelse.find('apply.me.name')), null);
  assert.equal(await page.evaluate(() => window.optagelse.widgets.some(w => w.id.startsWith('apply.audit.'))), false);
  assert.equal(await page.evaluate(async () => (await fetch('/api/v1/me/application')).status), 401);
  // The browser logs the refused upload (415); nothing else may go wrong.
  assert.deepEqual(errors.filter(e => !e.includes('status of 415') && !e.includes('status of 401')), []);
  assert.deepEqual(guardian.errors, []);
});

test('a young person downloads everything held about them, corrects their e-mail and deletes their draft', async () => {
  const minors = fixture.demo.persons.filter(p => p.guardians && p.guardians.length > 0 && !p.name_protected &&
    Number(p.cpr.slice(4, 6)) === 10 && p.municipality_code === 101);
  const minor = minors[minors.length - 1];
  assert.notEqual(minor.cpr, minorWithGuardian().cpr, 'someone other than the first journey\'s applicant');
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 1600 }, acceptDownloads: true });
  await logIn(page, minor.cpr);
  await waitForValue(page, 'apply.status', 'Kladde');
  await typeInto(page, 'apply.email', 'gammel@example.dk');
  await clickWidget(page, 'apply.save');
  await waitForValue(page, 'apply.message', 'Kladden er gemt.');

  // One click: two files, the data as JSON and as a page to read.
  const downloads = [];
  page.on('download', d => downloads.push(d));
  await clickWidget(page, 'apply.rights.export');
  await waitForValue(page, 'apply.message', /mine-oplysninger\.html/);
  for (let i = 0; i < 100 && downloads.length < 2; ++i) await new Promise(r => setTimeout(r, 50));
  const names = downloads.map(d => d.suggestedFilename()).sort();
  assert.deepEqual(names, ['mine-oplysninger.html', 'mine-oplysninger.json']);
  const json = JSON.parse(readFileSync(await downloads.find(d => d.suggestedFilename().endsWith('.json')).path(), 'utf8'));
  assert.equal(json.person.cpr, minor.cpr);
  assert.equal(json.person.name, minor.name);
  assert.equal(json.applications[0].content.contact.email, 'gammel@example.dk');
  const html = readFileSync(await downloads.find(d => d.suggestedFilename().endsWith('.html')).path(), 'utf8');
  assert.ok(html.includes(minor.name) && html.includes('gammel@example.dk'));

  // Rectification: the form starts from what is stored; the editor shows the corrected address.
  await clickWidget(page, 'apply.rights.contact');
  await waitForValue(page, 'apply.rights.email', 'gammel@example.dk');
  await focusField(page, 'apply.rights.email');
  await clearField(page, 'apply.rights.email');
  await page.keyboard.type('ny@example.dk');
  await waitForValue(page, 'apply.rights.email', 'ny@example.dk');
  await clickWidget(page, 'apply.rights.contact.save');
  await waitForValue(page, 'apply.message', 'Dine kontaktoplysninger er rettet.');
  await waitForValue(page, 'apply.email', 'ny@example.dk');

  // Erasure of a draft never sent, after a confirmation.
  await clickWidget(page, 'apply.rights.erase');
  await clickWidget(page, 'apply.rights.erase.confirm');
  await waitForValue(page, 'apply.message', 'Din kladde er slettet.');
  assert.equal(await page.evaluate(async () => (await (await fetch('/api/v1/me/application')).json()).application), null);
  await page.screenshot({ path: path.join(fixture.screenshots, 'apply-rights.png') });
  assert.deepEqual(errors, []);
});

test('on a demo server, a young person logs in with one click from the picker', async () => {
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 1400 } });
  await clickWidget(page, 'nav.apply');
  await widget(page, 'login.demo');
  const first = await page.evaluate(() => window.optagelse.widgets.find(w => /^login\.demo\.\d{10}$/.test(w.id)));
  const person = fixture.demo.persons.find(p => p.cpr === first.id.slice('login.demo.'.length));
  assert.ok(person && person.guardians.length > 0, 'the picker offers a young person with a guardian from the register');
  await clickWidget(page, first.id);
  await waitForValue(page, 'apply.status', 'Kladde');
  assert.equal((await widget(page, 'apply.me.name')).value, person.name);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('search counts every hit, shows them a page at a time, and finds Danish names whatever the case', async () => {
  const person = fixture.demo.persons.filter(p => !p.name_protected && Number(p.cpr.slice(4, 6)) === 10)[3];
  const { page, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 2400 } });
  await logIn(page, person.cpr);
  await waitForValue(page, 'apply.status', 'Kladde');
  await typeInto(page, 'apply.search', 'gymnasium');
  const count = await waitForValue(page, 'apply.search.count', /^\d+ uddannelser passer$/);
  const total = Number(count.split(' ')[0]);
  assert.ok(total > 8, count);
  const shown = () => page.evaluate(() => window.optagelse.widgets.filter(w => /^apply\.add\.[^.]+\.[^.]+$/.test(w.id)).length);
  assert.equal(await shown(), 8);
  assert.equal((await widget(page, 'apply.search.more')).label, `Vis flere (${total - 8} til)`);
  await clickWidget(page, 'apply.search.more');
  await page.waitForFunction(n => window.optagelse.widgets.filter(w => /^apply\.add\.[^.]+\.[^.]+$/.test(w.id)).length === n,
                             Math.min(16, total));
  // Upper case and Danish letters fold: "KØBENHAVN" finds what "københavn" finds.
  await focusField(page, 'apply.search');
  await clearField(page, 'apply.search');
  await page.keyboard.type('københavn');
  const lower = await waitForValue(page, 'apply.search.count', /passer$/);
  await clearField(page, 'apply.search');
  await page.keyboard.type('KØBENHAVN');
  await waitForValue(page, 'apply.search.count', lower);
  assert.equal(await shown(), Math.min(8, Number(lower.split(' ')[0]) || 0));
  assert.deepEqual(errors, []);
  await page.context().close();
});
