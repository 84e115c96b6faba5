// Budgets measured in the page (WebAssembly in Debian's headless Chromium): starts the real server,
// opens the app, and
//   1. what-if (< 1 ms): optagelse_bench_whatif(N) - N full recomputations timed inside the
//      page - and the panel's own timings while a grade is clicked up and down
//      (window.optagelse.measurements.whatif_ms; the browser's clock is coarse, ~0.1 ms);
//   2. allocation (< 1 s): optagelse_bench_allocation(100000) - the national synthetic data
//      set of optagelse-bench allocate, allocated with explanations and the stability check.
// Run: tools/bench/browser_bench.sh (after tools/build.sh; it builds the page with the hooks).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { startServer } = await import(path.join(root, 'tests/web/lib/server.mjs'));
const { launchBrowser, openApp, clickWidget, waitForValue } = await import(path.join(root, 'tests/web/lib/browser.mjs'));

const server = await startServer({
  serverBinary: path.join(root, 'build/native/server/optagelse-server'),
  webRoot: path.join(root, 'build/wasm-bench/web'),  // the build with the hooks (browser_bench.sh)
});
const browser = await launchBrowser();
try {
  const { page } = await openApp(browser, server.url, { viewport: { width: 1280, height: 1900 } });
  const means = [];
  for (let round = 0; round < 5; ++round) {
    means.push(await page.evaluate(() => Module.ccall('optagelse_bench_whatif', 'number', ['number'], [2000])));
  }
  means.sort((a, b) => a - b);
  await clickWidget(page, 'nav.upv');
  await clickWidget(page, 'upv.new_scenario');
  await clickWidget(page, 'whatif.add.matematik');
  for (let i = 0; i < 20; ++i) {
    await clickWidget(page, 'whatif.raise.matematik.0');
    await clickWidget(page, 'whatif.lower.matematik.0');
  }
  await waitForValue(page, 'whatif.grade.matematik.0', '02');
  const clicks = (await page.evaluate(() => window.optagelse.measurements.whatif_ms)).sort((a, b) => a - b);
  const p = q => clicks[Math.min(clicks.length - 1, Math.floor(q * clicks.length))];
  const allocation = [];
  for (let round = 0; round < 3; ++round) {
    allocation.push(await page.evaluate(() => Module.ccall('optagelse_bench_allocation', 'number', ['number'], [100000])));
  }
  allocation.sort((a, b) => a - b);
  const preview = [];
  for (let round = 0; round < 3; ++round) {
    preview.push(await page.evaluate(() => Module.ccall('optagelse_bench_allocation_file', 'number', ['number', 'number'], [20000, 160])));
  }
  preview.sort((a, b) => a - b);
  console.log(`allocation preview in the browser, loaded from the file format: 20,000 applicants x 160 institutions ` +
              `(every travel time) parsed, allocated and written in ${preview[1].toFixed(0)} ms (median of 3: ` +
              `${preview.map(ms => ms.toFixed(0)).join(', ')}; budget 1000 ms)`);
  console.log(`allocation in the browser: 100,000 applicants, 600 offers in ${allocation[1].toFixed(0)} ms ` +
              `(median of 3: ${allocation.map(ms => ms.toFixed(0)).join(', ')}; negative would mean not stable; budget 1000 ms)`);
  console.log(`what-if in the browser: mean ${means[2].toFixed(4)} ms per recomputation (median of 5 rounds of 2000; ` +
              `fastest ${means[0].toFixed(4)}, slowest ${means[4].toFixed(4)}); panel edits: ${clicks.length} timed, ` +
              `median ${p(0.5).toFixed(3)} ms, max ${clicks[clicks.length - 1].toFixed(3)} ms (budget 1 ms)`);
} finally {
  await browser.close();
  await server.stop();
}
