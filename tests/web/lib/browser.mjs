// Debian's Chromium, headless, driven by playwright-core (never a downloaded browser), and helpers
// that find the app's widgets by label in the list the app publishes (window.optagelse.widgets).
import { chromium } from 'playwright-core';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
           '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
           '--disable-quic'],
  });
}

// Playwright's waitForFunction evaluates a string in the page, which the server's
// Content-Security-Policy forbids (no 'unsafe-eval'), so the helpers' contexts bypass the policy;
// home_screen.test.mjs runs the app with the policy enforced and polls with page.evaluate instead.
export async function openApp(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e) + ' ' + e.stack));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  if (options.bypassCSP === false) {
    await pollInPage(page, () => !!(window.optagelse && window.optagelse.ready), 30000);
  } else {
    await page.waitForFunction(() => window.optagelse && window.optagelse.ready, null, { timeout: 30000 });
  }
  return { context, page, errors };
}

// Polls a predicate with page.evaluate (allowed under the page's CSP) until it returns a truthy value.
export async function pollInPage(page, predicate, timeout = 10000, arg = undefined) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(predicate, arg);
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting in the page for ' + predicate);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

export async function widget(page, labelOrId, timeout = 10000) {
  const handle = await page.waitForFunction(key => window.optagelse.find(key), labelOrId, { timeout });
  return handle.jsonValue();
}

export async function clickWidget(page, labelOrId) {
  const w = await widget(page, labelOrId);
  await page.mouse.click(w.x + w.width / 2, w.y + w.height / 2);
  return w;
}

// Lets the app draw at least `count` frames (its main loop runs on requestAnimationFrame).
export async function nextFrames(page, count = 2) {
  await page.evaluate(n => new Promise(done => {
    const tick = left => (left === 0 ? done() : requestAnimationFrame(() => tick(left - 1)));
    tick(n + 1);
  }), count);
}

// Drags one widget onto another with the mouse, a few frames per step: ImGui starts a drag only
// after the pointer has moved with the button held, and reads the pointer once per frame.
export async function dragWidget(page, fromId, toId) {
  const from = await widget(page, fromId), to = await widget(page, toId);
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  await page.mouse.move(start.x, start.y);
  await nextFrames(page);
  await page.mouse.down();
  await nextFrames(page);
  for (const t of [0.05, 0.25, 0.5, 0.75, 1]) {
    await page.mouse.move(start.x + (end.x - start.x) * t, start.y + (end.y - start.y) * t);
    await nextFrames(page);
  }
  await page.mouse.up();
  await nextFrames(page);
}

// Waits until the widget's value satisfies the predicate (a RegExp or a string to contain).
export async function waitForValue(page, labelOrId, expected, timeout = 10000) {
  const source = expected instanceof RegExp ? { re: expected.source, flags: expected.flags } : { text: expected };
  const handle = await page.waitForFunction(([key, want]) => {
    const w = window.optagelse.find(key);
    if (!w) return null;
    const ok = want.re !== undefined ? new RegExp(want.re, want.flags).test(w.value) : w.value.includes(want.text);
    return ok ? w.value : null;
  }, [labelOrId, source], { timeout });
  return handle.jsonValue();
}

// Clicks a text field, waits until it has the keyboard (a busy machine may take a few frames, and
// keys typed before that are lost), types, and waits until the field shows the text. A click that
// lands while the layout is still settling (a warning line appears above the field) misses: then
// the field is clicked again where it is now.
export async function typeInto(page, id, text) {
  await focusField(page, id);
  await page.keyboard.type(text);
  await waitForValue(page, id, text);
}

// Clicks a text field until it has the keyboard (at most five tries).
export async function focusField(page, id) {
  for (let attempt = 1; ; ++attempt) {
    await clickWidget(page, id);
    try {
      await page.waitForFunction(key => (window.optagelse.find(key) || {}).active, id, { timeout: attempt < 5 ? 2000 : 30000 });
      return;
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
}

// Empties the active text field one Backspace at a time, each seen by the app before the next
// (ImGui reads key state per frame, so presses faster than frames would merge).
export async function clearField(page, id) {
  for (;;) {
    const before = (await widget(page, id)).value;
    if (before === '') return;
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.waitForFunction(([key, was]) => window.optagelse.find(key).value !== was, [id, before]);
  }
}

// Clicks a widget until the page shows its effect (at most three clicks): a click that lands
// while the layout is still moving (answers from the server arriving) can miss.
export async function clickUntil(page, id, effect, arg = undefined) {
  for (let attempt = 1; ; ++attempt) {
    await clickWidget(page, id);
    try {
      await page.waitForFunction(effect, arg, { timeout: attempt < 3 ? 3000 : 30000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

