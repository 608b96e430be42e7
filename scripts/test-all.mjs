#!/usr/bin/env node
// Runs every check the project has, in order, and ends with one line
// "N passed, N failed" summing them all (CI reads that line):
//   type check, lint, unit tests under two time zones, the Chrome and Firefox
//   builds, and the end-to-end tests in real Chromium (and the Firefox build's
//   in Firefox ESR) under two time zones.
//   The second time zone's passes run with the clock moved to the other half
//   of the Beijing day (counted 08:00–23:00 or not), so each run tests both.
// Usage: npm test [-- --skip-e2e] [-- --only unit|e2e]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium, ensureFirefox } from './lib/chromium.mjs';
import { inOtherHalfOfDay } from './lib/other-half-of-day.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const skipE2e = args.includes('--skip-e2e');
const ZONES = ['Asia/Shanghai', 'America/New_York'];
const tmp = path.resolve('.tmp');
fs.mkdirSync(tmp, { recursive: true });

const results = [];
const bin = (name) => path.resolve('node_modules/.bin', name);

function run(label, command, commandArgs, env = {}, { otherHalfOfDay = false } = {}) {
  const shifted = otherHalfOfDay ? inOtherHalfOfDay(command, commandArgs) : { command, args: commandArgs, note: null };
  console.log(`\n━━ ${label}${shifted.note ? ` (${shifted.note})` : ''}\n$ ${shifted.command} ${shifted.args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(shifted.command, shifted.args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: child.status === 0, seconds };
}

/** A check that is one pass or one fail (type check, lint, a build). */
function check(label, command, commandArgs, env) {
  const { ok, seconds } = run(label, command, commandArgs, env);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
}

/** One vitest run of `files` (all when empty): its outcome and its JSON report (null when the runner crashed). */
function vitestOnce(label, config, env, files = [], options = {}) {
  const out = path.join(tmp, `${label.replace(/[^a-z0-9]+/gi, '-')}.json`);
  fs.rmSync(out, { force: true });
  const { ok, seconds } = run(label, bin('vitest'), ['run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...files], env, options);
  let report = null;
  try {
    report = JSON.parse(fs.readFileSync(out, 'utf8'));
  } catch {
    // the runner crashed before reporting
  }
  return { ok, seconds: Number(seconds), report };
}

/** Passed and failed tests of a report (a suite that failed with no test failed counts as one failure). */
function counts(report, ok) {
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
  return { passed: report.numPassedTests, failed: !ok && failed === 0 ? 1 : failed };
}

/** The failed tests of a report, as "file › test: first line of the error" (at most `max`). */
function failures(report, max = 10) {
  const out = [];
  for (const file of report?.testResults ?? []) {
    const name = path.relative(process.cwd(), file.name);
    const failed = file.assertionResults.filter((t) => t.status === 'failed');
    if (file.status === 'failed' && failed.length === 0) out.push(`${name}: ${(file.message ?? 'failed').split('\n')[0]}`);
    for (const t of failed) out.push(`${name} › ${t.fullName ?? t.title}: ${(t.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200)}`);
  }
  return out.length > max ? [...out.slice(0, max), `… and ${out.length - max} more`] : out;
}

/**
 * A vitest run: its own test counts, read from the JSON reporter. With
 * `rerunFailedFiles`, a file that failed is run once more on its own and its
 * second result counts (both are printed): the e2e files share one browser per
 * file, and a browser on 2 cores now and then stalls a whole file (all its
 * tests time out together). A test that fails again still fails.
 */
function vitest(label, config, env, { rerunFailedFiles = false, otherHalfOfDay = false } = {}) {
  const first = vitestOnce(label, config, env, [], { otherHalfOfDay });
  let { passed, failed } = counts(first.report, first.ok);
  let seconds = first.seconds;
  // Named in the summary, which is what a CI log's tail shows.
  let notes = failures(first.report);
  const failedFiles = (first.report?.testResults ?? []).filter((f) => f.status === 'failed');
  if (rerunFailedFiles && failed > 0 && failedFiles.length > 0 && failedFiles.length <= 3) {
    const names = failedFiles.map((f) => path.relative(process.cwd(), f.name));
    console.log(`\n${label}: ${failed} failed in ${names.join(', ')}; running ${names.length === 1 ? 'that file' : 'those files'} once more`);
    const again = vitestOnce(`${label} (again: ${names.join(' ')})`, config, env, names, { otherHalfOfDay });
    const passedInFailedFiles = failedFiles.reduce((n, f) => n + f.assertionResults.filter((t) => t.status === 'passed').length, 0);
    const second = counts(again.report, again.ok);
    passed = passed - passedInFailedFiles + second.passed;
    failed = second.failed;
    seconds += again.seconds;
    notes = [...notes.map((n) => `(first run) ${n}`), ...failures(again.report).map((n) => `(run again) ${n}`)];
  }
  results.push({ label, passed, failed, seconds: seconds.toFixed(1), notes });
}

if (!only) {
  check('type check', bin('tsc'), ['--noEmit']);
  check('lint', bin('eslint'), ['.']);
}
if (!only || only === 'unit') {
  // The second zone's pass also moves the clock to the other half of the Beijing day (08:00–23:00 counted or not).
  ZONES.forEach((tz, i) => vitest(`unit tests (TZ=${tz}${i ? ', other half of the Beijing day' : ''})`, 'vitest.config.ts', { TZ: tz }, { otherHalfOfDay: i > 0 }));
}
if (!only || only === 'e2e') {
  check('build chrome-mv3', bin('wxt'), ['build']);
  // The Firefox build is also what test/e2e/firefox.e2e.ts installs.
  check('build firefox-mv2', bin('wxt'), ['build', '-b', 'firefox']);
  if (!skipE2e) {
    const browsers = { CHROMIUM_PATH: ensureChromium(), FIREFOX_PATH: ensureFirefox() };
    ZONES.forEach((tz, i) =>
      vitest(`e2e in Chromium and Firefox (TZ=${tz}${i ? ', other half of the Beijing day' : ''})`, 'vitest.e2e.config.ts', { TZ: tz, ...browsers }, { rerunFailedFiles: true, otherHalfOfDay: i > 0 }),
    );
  }
}

console.log('\n━━ Summary');
for (const r of results) {
  console.log(`${r.failed ? 'FAIL' : 'ok  '}  ${r.label}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`);
  for (const note of r.notes ?? []) console.log(`        ${note}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
