// A real browser as the person's: Debian's Chromium, driven by
// playwright-core, opens the sign-in page it is given (as $BROWSER is
// given a URL), types the address and password there, and follows the
// provider back to the program's loopback page. It saves a screenshot of
// each page, and checks the loopback page says what a person should read.
//
//   node browser.mjs URL
//
// Environment: PERSON_LOGIN, PERSON_PASSWORD (what to type), PERSON_CA (the
// test world's CA: the one certificate of the sign-in server is accepted by
// its key, nothing else), PERSON_RESOLVE (`NAME=ADDRESS,...`: the browser's
// own DNS for the world's names), PERSON_SHOTS (a folder for the
// screenshots), PERSON_LOG (what happened). Headed when DISPLAY is set.
import crypto from 'node:crypto';
import fs from 'node:fs';
import tls from 'node:tls';
import { chromium } from 'playwright-core';

const url = process.argv[2];
const log = (line) => fs.appendFileSync(process.env.PERSON_LOG || '/dev/null', `${line}\n`);
log(`opened ${url}`);

// The sign-in server's own certificate, by its key (Chromium has no
// option to trust one CA for one run): fetched once, checked against the
// world's CA here, then pinned.
const signIn = new URL(url);
const resolve = Object.fromEntries(
  (process.env.PERSON_RESOLVE || '').split(',').filter(Boolean).map((pair) => pair.split('=')),
);
const pin = await new Promise((done, fail) => {
  const socket = tls.connect({
    host: resolve[signIn.hostname] || signIn.hostname,
    port: Number(signIn.port || 443),
    servername: signIn.hostname,
    ca: fs.readFileSync(process.env.PERSON_CA),
  }, () => {
    const der = socket.getPeerX509Certificate().publicKey.export({ type: 'spki', format: 'der' });
    socket.end();
    done(crypto.createHash('sha256').update(der).digest('base64'));
  });
  socket.on('error', fail);
});

const rules = Object.entries(resolve).map(([name, address]) => `MAP ${name} ${address}`).join(',');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: !process.env.DISPLAY,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--host-resolver-rules=${rules}`,
    `--ignore-certificate-errors-spki-list=${pin}`,
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.goto(url);
  await page.waitForSelector('input[name=login]');
  const shots = process.env.PERSON_SHOTS;
  if (shots) await page.screenshot({ path: `${shots}/sign-in-page.png` });
  await page.fill('input[name=login]', process.env.PERSON_LOGIN);
  await page.fill('input[name=password]', process.env.PERSON_PASSWORD);
  await Promise.all([
    page.waitForURL((address) => address.hostname === '127.0.0.1', { timeout: 20000 }),
    page.click('button'),
  ]);
  const text = await page.innerText('body');
  if (shots) await page.screenshot({ path: `${shots}/back-in-the-program.png` });
  log(`ended at ${page.url()}: ${text}`);
} catch (error) {
  log(`the browser stopped: ${error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
