// The fast first screen, measured in Debian's headless Chromium against the real server
// on loopback, each run in a fresh browser context (cold HTTP cache, no service worker):
//   - first interactive frame: from navigation start to the app's first drawn frame with its
//     widgets published (window.optagelse.readyAt, set by shell.js), budget 1.5 s;
//   - the .wasm file's size uncompressed (budget 3 MB) and every byte the page load transferred,
//     headers included, as Chromium's network log counts them (budget 1.5 MB);
//   - idle: animation frames per second (budget: a steady 60) against frames the app drew, and the
//     renderer's main-thread busy time per second of wall clock, idle and with the mouse moving.
// Optional: --runs N (default 5), --slow (adds one run with a phone's network and a 4x slower CPU).
// Run: tools/bench/first_screen_bench.sh (after tools/build.sh).
import path from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { startServer } = await import(path.join(root, 'tests/web/lib/server.mjs'));
const { launchBrowser, pollInPage } = await import(path.join(root, 'tests/web/lib/browser.mjs'));
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 5;
const webRoot = path.join(root, 'build/wasm/web');

const wasmFile = readdirSync(webRoot).find(name => /^optagelse\.[0-9a-f]{12}\.wasm$/.test(name));
if (!wasmFile) throw new Error('no packaged optagelse.<hash>.wasm in build/wasm/web: run tools/build.sh');
const wasmBytes = statSync(path.join(webRoot, wasmFile)).size;

const server = await startServer({ serverBinary: path.join(root, 'build/native/server/optagelse-server'), webRoot });
const browser = await launchBrowser();

// One cold load: milliseconds to the first interactive frame and bytes transferred.
async function coldLoad({ slow = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions',
                   { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const transferred = new Map();
  cdp.on('Network.loadingFinished', e => transferred.set(e.requestId, e.encodedDataLength));
  const urls = new Map();
  cdp.on('Network.responseReceived', e => urls.set(e.requestId, `${e.response.url.replace(server.url, '/')} ${e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || 'identity'}`));
  await page.goto(server.url);
  // Polled with page.evaluate: the page runs under its real Content-Security-Policy here.
  const readyAt = await pollInPage(page, () => window.optagelse && window.optagelse.readyAt, 60000);
  await new Promise(resolve => setTimeout(resolve, 300));  // late requests (the service worker's registration)
  let bytes = 0;
  const files = [];
  for (const [id, size] of transferred) {
    bytes += size;
    files.push(`${urls.get(id) || id} ${size}`);
  }
  return { readyAt, bytes, files, context, page, cdp };
}

async function busyPerSecond(cdp, page, seconds, moveMouse) {
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
  await cdp.send('Performance.enable');
  const before = await metric();
  const framesBefore = await page.evaluate(() => window.optagelse.drawnFrames);
  const started = Date.now();
  const animationFrames = page.evaluate(ms => new Promise(done => {
    let count = 0;
    const until = performance.now() + ms;
    const tick = now => (now >= until ? done(count) : (++count, requestAnimationFrame(tick)));
    requestAnimationFrame(tick);
  }), seconds * 1000);
  if (moveMouse) {
    for (let i = 0; Date.now() - started < seconds * 1000; ++i) {
      await page.mouse.move(200 + (i % 400), 300 + (i % 50));
      await new Promise(resolve => setTimeout(resolve, 16));
    }
  }
  const rafs = await animationFrames;
  const wall = (Date.now() - started) / 1000;
  const after = await metric();
  const drawn = (await page.evaluate(() => window.optagelse.drawnFrames)) - framesBefore;
  return { rafPerSecond: rafs / seconds, drawnPerSecond: drawn / wall, busy: (after.TaskDuration - before.TaskDuration) / wall };
}

try {
  const loads = [];
  let detail;
  for (let run = 0; run < runs; ++run) {
    const load = await coldLoad();
    loads.push(load);
    if (run === runs - 1) {
      await new Promise(resolve => setTimeout(resolve, 1500));  // past the app's awake time after start
      detail = { idle: await busyPerSecond(load.cdp, load.page, 5, false),
                 moving: await busyPerSecond(load.cdp, load.page, 3, true), files: load.files };
    }
    await load.context.close();  // an open page keeps running and would slow the next load
  }
  const ready = loads.map(l => l.readyAt).sort((a, b) => a - b);
  const median = ready[Math.floor(ready.length / 2)];
  const bytes = loads[loads.length - 1].bytes;
  const mb = n => (n / 1e6).toFixed(3) + ' MB';
  console.log(`first interactive frame, cold cache, loopback: median ${median.toFixed(0)} ms of ${runs} ` +
              `(${ready.map(ms => ms.toFixed(0)).join(', ')}; budget 1500 ms)`);
  console.log(`wasm ${wasmFile}: ${mb(wasmBytes)} uncompressed (budget 3 MB)`);
  console.log(`transferred by the page load: ${mb(bytes)} (budget 1.5 MB):\n  ${detail.files.join('\n  ')}`);
  const show = s => `${s.rafPerSecond.toFixed(1)} animation frames/s, app drew ${s.drawnPerSecond.toFixed(1)} frames/s, ` +
                    `main thread busy ${(s.busy * 100).toFixed(1)}% of the time`;
  console.log(`idle 5 s:          ${show(detail.idle)}`);
  console.log(`mouse moving 3 s:  ${show(detail.moving)}`);
  if (argv.includes('--slow')) {
    const slow = await coldLoad({ slow: true });
    console.log(`first interactive frame with a phone's network (9 Mbit/s, 60 ms) and a 4x slower CPU: ` +
                `${slow.readyAt.toFixed(0)} ms, ${mb(slow.bytes)} transferred`);
    await slow.context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
