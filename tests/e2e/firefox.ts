/**
 * Debian's Firefox ESR with the built extension installed as a temporary add-on, driven over
 * Marionette, Firefox's own remote protocol (Playwright drives only its patched Firefox builds).
 * Marionette's chrome context opens the popup page in a tab, which neither WebDriver BiDi nor a page
 * may do; everything the tests read, they read in that page's content.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2-e2e');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'siyaq@siyaq.example';
/** Fixed in the profile so that the popup's address is known before the add-on is installed. */
const ADDON_UUID = '5f1e3c2a-0000-4000-8000-000000000001';
const POPUP_URL = `moz-extension://${ADDON_UUID}/popup.html`;

export interface FirefoxWithExtension {
  /** Opens `url` in the first tab, then the popup in a tab of its own aimed at it. */
  openPopupFor(url: string): Promise<void>;
  /** Runs `script` (a function body) in the popup page and returns what it returns. */
  inPopup<T>(script: string): Promise<T>;
  close(): Promise<void>;
}

/** Marionette frames: `length:json`, the length in bytes; commands [0, id, name, params], replies [1, id, error, result]. */
class Marionette {
  private buffer = Buffer.alloc(0);
  private replies: unknown[][] = [];
  private waiting: (() => void) | null = null;
  private id = 0;

  constructor(private socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (let colon = this.buffer.indexOf(':'); colon > 0; colon = this.buffer.indexOf(':')) {
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) break;
        this.replies.push(JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')));
        this.buffer = this.buffer.subarray(colon + 1 + length);
        this.waiting?.();
      }
    });
  }

  async next(): Promise<unknown[]> {
    while (this.replies.length === 0) await new Promise<void>((wake) => (this.waiting = wake));
    return this.replies.shift()!;
  }

  async send<T = { value: unknown }>(name: string, params: object = {}): Promise<T> {
    const body = Buffer.from(JSON.stringify([0, ++this.id, name, params]), 'utf8');
    this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    const [, , error, result] = await this.next();
    if (error) throw new Error(`${name}: ${JSON.stringify(error)}`);
    return result as T;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function connectWhenReady(port: number, firefox: ChildProcess): Promise<Socket> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited with code ${firefox.exitCode}`);
    const socket = await new Promise<Socket | null>((done) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => done(s));
      s.once('error', () => done(null));
    });
    if (socket) return socket;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`Marionette did not answer on port ${port}`);
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-firefox-'));
  const port = await freePort();
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("marionette.port", ${port});`,
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: ADDON_UUID }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("app.update.disabledForTesting", true);',
      // Fixture pages were saved from the web and still point at it; there is no network here, so every
      // other host goes through a proxy that refuses at once instead of timing out.
      'user_pref("network.proxy.type", 1);',
      'user_pref("network.proxy.http", "127.0.0.1");',
      'user_pref("network.proxy.http_port", 9);',
      'user_pref("network.proxy.ssl", "127.0.0.1");',
      'user_pref("network.proxy.ssl_port", 9);',
      'user_pref("network.proxy.no_proxies_on", "127.0.0.1");',
    ].join('\n'),
  );
  const firefox = spawn(FIREFOX, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile, 'about:blank'], {
    stdio: 'ignore',
  });
  const stop = async (socket?: Socket) => {
    socket?.destroy();
    firefox.kill();
    await new Promise((done) => (firefox.exitCode !== null ? done(null) : firefox.once('exit', done)));
    rmSync(profile, { recursive: true, force: true });
  };
  let socket: Socket | undefined;
  let marionette: Marionette;
  let articleTab: string;
  try {
    socket = await connectWhenReady(port, firefox);
    marionette = new Marionette(socket);
    await marionette.next();
    await marionette.send('WebDriver:NewSession', { capabilities: { alwaysMatch: { pageLoadStrategy: 'eager' } } });
    await marionette.send('Addon:Install', { path: FIREFOX_EXTENSION_DIR, temporary: true });
    articleTab = (await marionette.send<{ value: string }>('WebDriver:GetWindowHandle')).value;
  } catch (error) {
    await stop(socket);
    throw error;
  }
  let popupTab: string | null = null;

  const inPopup = async <T>(script: string): Promise<T> => (await marionette.send<{ value: T }>('WebDriver:ExecuteScript', { script, args: [] })).value;

  return {
    async openPopupFor(url) {
      await marionette.send('WebDriver:SwitchToWindow', { handle: articleTab });
      await marionette.send('WebDriver:Navigate', { url });
      if (!popupTab) {
        await marionette.send('Marionette:SetContext', { value: 'chrome' });
        await marionette.send('WebDriver:ExecuteScript', {
          script: 'gBrowser.selectedTab = gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });',
          args: [POPUP_URL],
        });
        await marionette.send('Marionette:SetContext', { value: 'content' });
        const handles = await marionette.send<string[] | { value: string[] }>('WebDriver:GetWindowHandles');
        popupTab = (Array.isArray(handles) ? handles : handles.value).find((handle) => handle !== articleTab) ?? null;
        if (!popupTab) throw new Error('the popup tab did not open');
      }
      await marionette.send('WebDriver:SwitchToWindow', { handle: popupTab });
      await marionette.send('WebDriver:Navigate', { url: POPUP_URL });
      const tabs = await inPopup<[number, string][]>('return browser.tabs.query({}).then((tabs) => tabs.map((t) => [t.id, t.url]));');
      const tabId = tabs.find(([, tabUrl]) => tabUrl === url)?.[0];
      if (tabId === undefined) throw new Error(`no tab shows ${url}`);
      await marionette.send('WebDriver:Navigate', { url: `${POPUP_URL}?tab=${tabId}` });
    },
    inPopup,
    close: () => stop(socket),
  };
}
