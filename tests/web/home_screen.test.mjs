// The first screen in a real browser: loads from the real server, talks to it, takes typing,
// Danish letters, copy and paste, switches language, and follows window size and pixel ratio.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, widget, clickWidget, waitForValue, typeInto, pollInPage, nextFrames } from './lib/browser.mjs';
import { startFixture } from './lib/fixture.mjs';

let fixture;
before(async () => { fixture = await startFixture({ extraArgs: ['--operator', 'Region Testdanmark', '--contact-email', 'optagelse@region.test'] }); });
after(async () => { if (fixture) await fixture.stop(); });

// "Om tjenesten", where the operators' checks (server, CPR, text) live.
const about = () => fixture.server.url + '?screen=about';

test('the app starts on a page for people, publishes its widgets and shows no errors', async () => {
  const { page, context, errors } = await openApp(fixture.browser, fixture.server.url);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
  for (const label of ['Optagelse', 'Søg optagelse', 'Underskriv som forælder', 'Log ind som medarbejder',
                       'English', 'Privatliv', 'Tilgængelighed', 'Hjælp og kontakt', 'Om tjenesten']) {
    assert.ok(await widget(page, label), `no widget labelled ${label}`);
  }
  // The operators' tools are not on the start page.
  assert.equal(await page.evaluate(() => window.optagelse.find('health.check')), null);
  await waitForValue(page, 'app.operator', 'Drives af Region Testdanmark');
  const status = await page.evaluate(() => document.getElementById('page-status').textContent);
  assert.equal(status, '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the app asks to be reloaded when the server speaks a newer protocol, and not before', async () => {
  const current = await openApp(fixture.browser, fixture.server.url);
  await current.page.waitForFunction(() => !!window.optagelse.find('nav.apply'));
  const real = await (await fetch(fixture.server.url + 'api/v1/health')).json();
  assert.ok(real.protocol >= 1, 'the server states its protocol version');
  assert.equal(await current.page.evaluate(() => window.optagelse.find('app.reload')), null);
  await current.context.close();

  // The same app against a server one version ahead (its health answer rewritten on the way).
  const context = await fixture.browser.newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
  await context.route('**/api/v1/health', async route => {
    const answer = await route.fetch();
    const body = await answer.json();
    await route.fulfill({ response: answer, json: { ...body, protocol: body.protocol + 1 } });
  });
  const page = await context.newPage();
  await page.goto(fixture.server.url);
  await page.waitForFunction(() => window.optagelse && window.optagelse.ready, null, { timeout: 30000 });
  await waitForValue(page, 'app.reload', 'Genindlæs siden');
  await context.close();
});

test('the start page leads young people and parents to the application, staff to their login, and the footer to the public pages', async () => {
  const { page, context, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1024, height: 1600 } });
  await clickWidget(page, 'home.apply');
  await page.waitForFunction(() => window.optagelse.find('nav.apply').value === 'true');
  await clickWidget(page, 'nav.home');
  await page.waitForFunction(() => !!window.optagelse.find('home.staff'));
  await nextFrames(page, 3);
  await clickWidget(page, 'home.staff');
  await page.waitForFunction(() => window.optagelse.find('nav.inbox').value === 'true');
  const pages = [['footer.privacy', 'privacy.controller', 'Region Testdanmark'], ['footer.accessibility', 'accessibility.scope', 'WCAG 2.1'],
                 ['footer.help', 'help.contact', 'optagelse@region.test'], ['footer.about', 'about.operator', 'Region Testdanmark']];
  for (const [link, id, text] of pages) {
    await nextFrames(page, 3);  // the footer is where this screen's layout put it
    await clickWidget(page, link);
    await waitForValue(page, id, text);
  }
  await page.screenshot({ path: path.join(fixture.screenshots, 'about.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('under its Content-Security-Policy the app loads, runs and talks to the server, and inline script is refused', async () => {
  const { page, context, errors } = await openApp(fixture.browser, about(), { bypassCSP: false });
  const violations = await page.evaluate(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    return window.cspViolations.length;
  });
  assert.equal(violations, 0);
  const button = await pollInPage(page, () => window.optagelse.find('Tjek forbindelse'));
  await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
  await pollInPage(page, () => /database ok/.test((window.optagelse.find('health.result') || {}).value || ''));
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(errors, []);
  // The policy is really on: an injected inline script does not run, and the browser reports it.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.appendChild(script);
  });
  await pollInPage(page, () => window.cspViolations.length > 0);
  assert.equal(await page.evaluate(() => window.injected), undefined);
  await context.close();
});

test('clicking "Tjek forbindelse" shows the real server\'s answer', async () => {
  const { page, context, errors } = await openApp(fixture.browser, about());
  assert.match((await widget(page, 'health.result')).value, /ikke tjekket/);
  await clickWidget(page, 'Tjek forbindelse');
  const text = await waitForValue(page, 'health.result', 'database ok');
  assert.ok(text.includes(`${fixture.demo.persons.length} personer`), text);
  assert.ok(text.includes(`${fixture.demo.institutions.length} institutioner`), text);
  await page.screenshot({ path: path.join(fixture.screenshots, 'home-health.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the CPR field takes typing through its mirrored input and the core checks it in the browser', async () => {
  const { page, context } = await openApp(fixture.browser, about());
  await clickWidget(page, 'CPR-nummer');
  await page.waitForFunction(() => (document.activeElement.dataset || {}).widgetId === 'cpr.input');
  assert.equal(await page.evaluate(() => document.activeElement.inputMode), 'numeric');
  await page.keyboard.type('670110-4002');
  await waitForValue(page, 'cpr.input', '670110-4002');
  const verdict = await waitForValue(page, 'cpr.result', 'Fiktivt');
  assert.match(verdict, /dag \+ 60/);
  for (const left of ['670110-400', '670110-40', '670110-4', '670110-']) {
    await page.keyboard.press('Backspace');
    await waitForValue(page, 'cpr.input', new RegExp(`^${left}$`));  // one key per frame
  }
  await page.keyboard.type('0002');
  await waitForValue(page, 'cpr.input', '670110-0002');
  await context.close();
});

test('Danish letters are typed, copied and pasted exactly', async () => {
  const { page, context } = await openApp(fixture.browser, about());
  const text = 'Ærø, Øster Åby og Søndervig';
  await typeInto(page, 'Kladde', text);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await page.waitForFunction(t => window.optagelse.clipboard === t, text);
  await page.keyboard.press('End');
  await page.keyboard.type(' - ');
  await waitForValue(page, 'notes.input', `${text} - `);  // each step seen before the next (frames, not keys)
  await page.keyboard.press('Control+V');
  await waitForValue(page, 'notes.input', `${text} - ${text}`);
  // A paste from a phone's menu has no Ctrl+V: its text is typed in directly.
  await clickWidget(page, 'CPR-nummer');
  await page.waitForFunction(() => (document.activeElement.dataset || {}).widgetId === 'cpr.input');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '010190-0002');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await waitForValue(page, 'cpr.input', '010190-0002');
  await waitForValue(page, 'cpr.result', 'Gyldigt format');
  await waitForValue(page, 'cpr.result', 'født 1. januar 1990');  // a date in words, not 1990-01-01
  await page.screenshot({ path: path.join(fixture.screenshots, 'home-text.png') });
  await context.close();
});

test('the English toggle switches every text and the page language', async () => {
  const { page, context } = await openApp(fixture.browser, about());
  await clickWidget(page, 'English');
  await widget(page, 'Check connection');
  assert.equal((await widget(page, 'app.language')).label, 'Dansk');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await clickWidget(page, 'Check connection');
  await waitForValue(page, 'health.result', 'The server answers');
  await clickWidget(page, 'Dansk');
  await waitForValue(page, 'health.result', 'Serveren svarer');
  await context.close();
});

test('the canvas follows window resizes and the device pixel ratio', async () => {
  const sizes = [];
  for (const deviceScaleFactor of [1, 2]) {
    const { page, context } = await openApp(fixture.browser, about(), { deviceScaleFactor });
    const canvas = await page.evaluate(() => [document.getElementById('canvas').width, window.innerWidth]);
    assert.equal(canvas[0], canvas[1] * deviceScaleFactor);
    sizes.push(await widget(page, 'Tjek forbindelse'));
    await page.setViewportSize({ width: 600, height: 900 });
    await page.waitForFunction(r => document.getElementById('canvas').width === 600 * r, deviceScaleFactor);
    await page.waitForFunction(() => window.optagelse.find('health.check').x < 100);
    await clickWidget(page, 'Tjek forbindelse');
    await waitForValue(page, 'health.result', 'database ok');
    if (deviceScaleFactor === 2) await page.screenshot({ path: path.join(fixture.screenshots, 'home-600px-dpr2.png') });
    await context.close();
  }
  // The same button measures the same in CSS pixels at both ratios (within rounding of the font).
  assert.ok(Math.abs(sizes[0].width - sizes[1].width) < 4, JSON.stringify(sizes));
  assert.ok(Math.abs(sizes[0].height - sizes[1].height) < 4, JSON.stringify(sizes));
});

test('on a phone, tapping a text field focuses its mirrored input, which opens the keyboard', async () => {
  const { page, context } = await openApp(fixture.browser, about(), {
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  // The field is below the fold of a 740 px screen: a finger drags the page up (the app scrolls
  // by touch) until the field is in view.
  const cdp = await context.newCDPSession(page);
  let field = await widget(page, 'Kladde');
  for (let swipe = 0; field.y + field.height > 700 && swipe < 5; ++swipe) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 180, y: 600 }] });
    for (let y = 590; y >= 400; y -= 10) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 180, y }] });
      await new Promise(resolve => setTimeout(resolve, 16));
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await new Promise(resolve => setTimeout(resolve, 200));
    field = await widget(page, 'Kladde');
  }
  assert.ok(field.y + field.height <= 740, `the page did not scroll by touch: ${JSON.stringify(field)}`);
  assert.ok(field.x + field.width <= 360, `field overflows a 360 px screen: ${JSON.stringify(field)}`);
  await page.touchscreen.tap(field.x + field.width / 2, field.y + field.height / 2);
  await page.waitForFunction(() => (document.activeElement.dataset || {}).widgetId === 'notes.input');
  assert.equal(await page.evaluate(() => document.activeElement.inputMode), 'text');
  await page.waitForFunction(() => window.optagelse.find('notes.input').active);
  await page.keyboard.type('Hej fra en telefon');
  await waitForValue(page, 'notes.input', 'Hej fra en telefon');
  // An Android keyboard's Backspace: no keydown the app can read, only the field's edit.
  await page.evaluate(() => document.activeElement.dispatchEvent(
    new InputEvent('input', { inputType: 'deleteContentBackward', bubbles: true })));
  await page.waitForFunction(() => window.optagelse.find('notes.input').value === 'Hej fra en telefo');
  await page.screenshot({ path: path.join(fixture.screenshots, 'home-phone.png') });
  await context.close();
});

test('on a phone, every screen fits 360 px, numbers get the numeric keyboard, and pinch zoom still works', async () => {
  const { page, context } = await openApp(fixture.browser, fixture.server.url, {
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  for (const nav of ['nav.home', 'nav.school', 'nav.apply', 'nav.inbox', 'nav.upv', 'nav.allocation']) {
    const tab = await widget(page, nav);
    await page.touchscreen.tap(tab.x + tab.width / 2, tab.y + tab.height / 2);
    await page.waitForFunction(id => window.optagelse.find(id).value === 'true', nav);
    const wide = await page.evaluate(() => window.optagelse.widgets
      .filter(w => w.role !== 'text' && w.role !== 'status' && w.x + w.width > 361).map(w => `${w.id} ${w.x}+${w.width}`));
    assert.deepEqual(wide, [], `${nav}: controls beyond a 360 px screen`);
  }
  // The CPR field of the applicant's login: numeric keyboard, no autocorrect.
  const apply = await widget(page, 'nav.apply');
  await page.touchscreen.tap(apply.x + apply.width / 2, apply.y + apply.height / 2);
  const cpr = await widget(page, 'login.id');
  await page.touchscreen.tap(cpr.x + cpr.width / 2, cpr.y + cpr.height / 2);
  await page.waitForFunction(() => (document.activeElement.dataset || {}).widgetId === 'login.id');
  assert.deepEqual(await page.evaluate(() => [document.activeElement.inputMode, document.activeElement.getAttribute('autocorrect'),
                                              document.activeElement.getAttribute('autocapitalize'), document.activeElement.spellcheck]),
                   ['numeric', 'off', 'off', false]);
  // Two fingers apart on the canvas: the browser zooms the page (the app does not swallow it).
  const cdp = await context.newCDPSession(page);
  assert.equal(await page.evaluate(() => window.visualViewport.scale), 1);
  const fingers = apart => [{ x: 180 - apart, y: 400, id: 1 }, { x: 180 + apart, y: 400, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (let apart = 25; apart <= 120; apart += 5) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(apart) });
    await new Promise(resolve => setTimeout(resolve, 16));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const scale = await pollInPage(page, () => window.visualViewport.scale > 1.2 && window.visualViewport.scale, 10000);
  assert.ok(scale > 1.2, `pinch zoomed to ${scale}`);
  // The public pages behind the footer (opened by address, as a link from elsewhere would).
  for (const [screen, heading] of [['privacy', 'privacy.heading'], ['accessibility', 'accessibility.heading'], ['help', 'help.heading'],
                                   ['about', 'about.heading']]) {
    await page.goto(fixture.server.url + '?screen=' + screen);
    await pollInPage(page, id => window.optagelse && window.optagelse.ready && !!window.optagelse.find(id), 30000, heading);
    const wide = await page.evaluate(() => window.optagelse.widgets
      .filter(w => w.role !== 'text' && w.role !== 'status' && w.x + w.width > 361).map(w => `${w.id} ${w.x}+${w.width}`));
    assert.deepEqual(wide, [], `${screen}: controls beyond a 360 px screen`);
  }
  await context.close();
});
