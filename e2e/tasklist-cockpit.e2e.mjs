// End-to-end test in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core; no
// browser is downloaded): a Magetan case of SOP B from Tasklist's start form to Cockpit's diagram.
// `npm run e2e` (run by `./mvnw verify` in the integration-test phase) starts the built jar with the
// demo profile on a fresh database (application.mjs); with E2E_BASE_URL it uses that running
// application instead, which must have no Magetan case yet. Screenshots of each step, the PDF and the
// application's log go to E2E_OUT (default target/e2e).
import { chromium } from 'playwright-core';
import { startApplication } from './application.mjs';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const OUT = process.env.E2E_OUT || 'target/e2e';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PROCESS_NAME = 'Pengiriman Anak Jalanan (Anjal) dan Anak Terlantar (AT) ke Balai Rehabilitasi';
const CHILD = 'Budi Santoso';
const NIK = '3520011201150001';
const MASKED = `${CHILD} (NIK 352001**********)`;

if (!fs.existsSync(CHROMIUM)) {
  // fail with the fix rather than with Playwright's launch error
  console.error(`e2e: no Chromium at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) `
    + 'or point CHROMIUM at a Chromium binary; ./mvnw verify -DskipE2e runs every other test.');
  process.exit(1);
}
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const application = process.env.E2E_BASE_URL
  ? { url: process.env.E2E_BASE_URL.replace(/\/$/, ''), stop: async () => {} }
  : await startApplication(Number(process.env.E2E_PORT || 18080), OUT);
const BASE = application.url;
let step = 0;

async function screenshot(name, target = page) {
  step += 1;
  const file = path.join(OUT, `${String(step).padStart(2, '0')}-${name}.png`);
  await target.screenshot({ path: file, fullPage: true });
  console.log(`  ✓ ${name} (${file})`);
}

async function logIn(app, user) {
  // on a busy machine the login view can still be re-rendering when it is first typed into: check what was
  // typed, and try again from a fresh page when the login did not take
  for (let attempt = 1; ; attempt += 1) {
    await context.clearCookies();
    await page.goto(`${BASE}/camunda/app/${app}/`);
    // the first visit loads the whole webapp: give a busy build machine time
    await page.locator('input[ng-model=username]').waitFor({ timeout: 90000 });
    await page.waitForLoadState('networkidle');
    await page.fill('input[ng-model=username]', user);
    await page.fill('input[ng-model=password]', 'demo');
    const typed = await page.inputValue('input[ng-model=username]') === user
      && await page.inputValue('input[ng-model=password]') === 'demo';
    if (typed) {
      await page.click('button[type=submit]');
      try {
        await page.locator('#dinsos-kantor', { hasText: user }).waitFor({ timeout: 30000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    } else if (attempt === 3) {
      throw new Error(`could not type the credentials of ${user} into the login form`);
    }
  }
}

const field = (key) => page.locator(`[id$="-Field_${key}"]`);

async function choose(key, label) {
  await page.locator('.fjs-form-field-select', { has: field(key) }).locator('.fjs-input-group').click();
  await page.locator('.fjs-dropdownlist-item', { hasText: label }).first().click();
}

async function openTask(filter, taskName) {
  await page.locator('.task-filter', { hasText: filter }).first().click();
  const card = page.locator('.tasks-list .task', { hasText: taskName }).first();
  await card.waitFor({ timeout: 30000 });
  await card.click();
  await page.locator('.task-details h2', { hasText: taskName }).first().waitFor();
  return card;
}

async function claimAndComplete() {
  const claim = page.locator('.task-details').getByText('Klaim', { exact: true });
  await claim.click();
  await claim.waitFor({ state: 'hidden' });
}

async function complete() {
  await page.getByRole('button', { name: 'Selesaikan', exact: true }).click();
  await page.getByText('Pilih tugas di daftar.').waitFor();
}

async function engineApi(pathAndQuery) {
  const response = await page.request.get(`${BASE}/camunda/api/engine/engine/default${pathAndQuery}`);
  assert.equal(response.status(), 200, `${pathAndQuery}: HTTP ${response.status()}`);
  return response.json();
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dinsos-e2e-chromium-'));
let context;
let page;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    locale: 'en-US', // the browser's language is English: the webapps must still open in Indonesian
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.setDefaultTimeout(30000);
  page = context.pages()[0] || await context.newPage();
  console.log(`e2e against ${BASE}`);

  // 1. Tasklist in Indonesian, the office bar, the filters, no Camunda 8 banner
  await logIn('tasklist', 'peksos.magetan');
  const bar = await page.locator('#dinsos-kantor').textContent();
  assert.match(bar, /Dinas Sosial Kabupaten Magetan/);
  assert.match(bar, /Pekerja Sosial/);
  for (const filter of ['Tugas kelompok saya', 'Tugas saya', 'Tugas terlambat', 'Jatuh tempo hari ini']) {
    await page.locator('.task-filter', { hasText: filter }).first().waitFor();
  }
  await page.getByText('Mulai proses').first().waitFor();
  assert.equal(await page.locator('.ce-eol-banner:visible').count(), 0, 'the Camunda 8 banner is hidden');
  assert.equal(await page.getByText('It is time to migrate').count(), 0);
  await screenshot('tasklist-peksos-magetan');
  await page.goto(`${BASE}/camunda/app/welcome/`);
  await page.locator('#dinsos-kantor', { hasText: 'Pekerja Sosial' }).waitFor();
  assert.match(await page.locator('#dinsos-kantor').textContent(), /Dinas Sosial Kabupaten Magetan/);
  await screenshot('halaman-selamat-datang');
  await page.goto(`${BASE}/camunda/app/tasklist/`);

  // 2. the start form refuses a wrong NIK
  await page.getByText('Mulai proses').first().click();
  await page.locator('.modal').getByText(PROCESS_NAME).click();
  await field('pelaporNama').fill('Aiptu Sugeng Riyadi');
  await choose('pelaporInstansi', 'Kepolisian');
  await field('pelaporTelepon').fill('081234567890');
  await field('anakNama').fill(CHILD);
  await field('anakNik').fill('35200112');
  await choose('anakJenisKelamin', 'Laki-laki');
  await field('anakTempatDitemukan').fill('Terminal Maospati');
  await choose('kategori', 'Anak Jalanan');
  await field('kronologi').fill('Anak ditemukan sendirian di terminal pada malam hari dan diserahkan oleh kepolisian.');
  const start = page.locator('.modal').getByRole('button', { name: 'Mulai', exact: true });
  const nikError = page.locator('.fjs-form-field', { has: field('anakNik') }).locator('.fjs-form-field-error');
  await nikError.waitFor();
  assert.match(await nikError.textContent(), /tidak sesuai format/, 'the error is in Indonesian');
  assert.ok(await start.isDisabled(), 'a case with a wrong NIK cannot be started');
  await screenshot('formulir-nik-salah');

  // 3. corrected, the case starts
  await field('anakNik').fill(NIK);
  await nikError.waitFor({ state: 'detached' });
  await start.click();
  await page.getByText('Proses telah dimulai.').first().waitFor();
  await screenshot('kasus-dimulai');

  // 4. the peksos claims and completes the file check; the card shows the beneficiary, NIK masked
  const card = await openTask('Tugas kelompok saya', 'Serah terima klien dan pemeriksaan berkas persyaratan');
  await card.getByText(MASKED).waitFor();
  assert.equal(await page.getByText(NIK).count(), 0, 'the full NIK is not on the task card');
  await claimAndComplete();
  for (const key of ['berkasSuratKepolisian', 'berkasSuratKehilangan', 'berkasBukuRegister', 'berkasListKendali']) {
    await field(key).check();
  }
  await field('petugasPenerimaNama').fill('Sri Wahyuni, S.Tr.Sos.');
  await screenshot('pemeriksaan-berkas');
  await complete();

  // 5. the register number is issued and the BA serah terima klien generated; the peksos opens it
  const register = await openTask('Tugas kelompok saya', 'Menerima laporan dan melakukan register kasus');
  const number = (await register.textContent()).match(/\d{4}\/REG\/MGT\/\d{4}/)?.[0];
  assert.ok(number, 'the task card shows the register number');
  // the task form links to the case file, which lists the documents the office issued
  const caseLink = page.locator('.fjs-form a', { hasText: 'Buka berkas kasus' });
  await caseLink.waitFor();
  const caseUrl = new URL(await caseLink.getAttribute('href'), BASE).toString();
  assert.match(caseUrl, /\/berkas\/kasus\//, 'the form links to the case file');
  const caseFile = await context.newPage();
  await caseFile.goto(caseUrl);
  await caseFile.getByText(number).first().waitFor();
  const documentLink = caseFile.locator('a', { hasText: 'Berita Acara Serah Terima Klien' }).first();
  await documentLink.waitFor();
  await screenshot('berkas-kasus', caseFile);
  const pdf = await caseFile.request.get(new URL(await documentLink.getAttribute('href'), caseUrl).toString());
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const bytes = await pdf.body();
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  fs.writeFileSync(path.join(OUT, 'ba-serah-terima-klien.pdf'), bytes);
  await caseFile.close();
  await screenshot('register-kasus-dengan-nomor');
  await claimAndComplete();
  await field('ringkasanKasus').fill('Anak jalanan laki-laki, berkas lengkap, perlu asesmen lengkap.');
  await complete();

  // 6. the next role: the kadis claims and completes the assignment
  await logIn('tasklist', 'kadis.magetan');
  assert.match(await page.locator('#dinsos-kantor').textContent(), /Kepala Dinas/);
  await openTask('Tugas kelompok saya', 'Menugaskan Kabid untuk asesmen lengkap');
  await claimAndComplete();
  await field('disposisiKadis').fill('Kabid segera menugaskan pendamping untuk asesmen lengkap.');
  await screenshot('penugasan-kadis');
  await complete();

  // 7. Cockpit: the kadis sees the case in the diagram, waiting at the kabid's step
  await page.goto(`${BASE}/camunda/app/cockpit/`);
  const [instance] = await engineApi(`/process-instance?businessKey=${encodeURIComponent(number)}`);
  assert.ok(instance, `the case ${number} runs`);
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${instance.id}/runtime`);
  await page.locator('.djs-container svg').first().waitFor();
  await page.locator('[data-element-id="PenerusanKabid"]').first().waitFor();
  await page.getByText(number).first().waitFor();
  assert.match(await page.locator('#dinsos-kantor').textContent(), /Dinas Sosial Kabupaten Magetan/);
  await page.getByText('User Task', { exact: true }).click();
  await page.getByText('Meneruskan penugasan asesmen ke pendamping').first().waitFor();
  await screenshot('cockpit-kadis-diagram');
  console.log('e2e passed');
} catch (error) {
  await page?.screenshot({ path: path.join(OUT, 'gagal.png'), fullPage: true }).catch(() => {});
  console.error(`e2e failed at step ${step + 1}:`, error);
  process.exitCode = 1;
} finally {
  await context?.close();
  fs.rmSync(profile, { recursive: true, force: true });
  await application.stop();
}
