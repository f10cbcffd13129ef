/**
 * Launches Firefox (Debian's firefox-esr) headless with an empty profile, installs the built add-on
 * (dist-firefox/) as a temporary add-on over WebDriver BiDi, and gives the tests tabs to drive.
 *
 * - `--remote-allow-system-access` lets BiDi open the add-on's own pages (moz-extension://) in a tab; the
 *   profile pins the add-on's internal UUID so those URLs are known in advance.
 * - Every http(s) request that is not for 127.0.0.1 goes to a proxy on a closed local port, so nothing
 *   can reach the network (as the Chromium harness maps every host name to nowhere).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BidiSession, connectBidi, evaluateJson } from './bidi';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST_FIREFOX = path.join(ROOT, 'dist-firefox');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

/** The add-on id of vite.config.ts (browser_specific_settings.gecko.id). */
const ADDON_ID = 'plainly@plainly.invalid';
/** The add-on's internal UUID in the test profile, hence its pages' origin. */
const ADDON_UUID = '3c8f6b52-1d7e-4f0a-9b6c-2e5d8a7f4c10';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function firefoxPath(): string {
  const found = [process.env.PLAINLY_FIREFOX, ...FIREFOX_CANDIDATES].find(
    (candidate): candidate is string => typeof candidate === 'string' && existsSync(candidate),
  );
  if (!found) throw new Error('No Firefox found (install Debian firefox-esr or set PLAINLY_FIREFOX)');
  return found;
}

/** Preferences of the test profile: the pinned UUID, no network beyond 127.0.0.1, no first-run noise. */
const PREFS: Record<string, string | number | boolean> = {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
};

function userJs(): string {
  return Object.entries(PREFS)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

export interface FirefoxAddon {
  session: BidiSession;
  /** Every URL requested by the browser's tabs and the add-on's pages since launch (WebDriver BiDi events). */
  requests: string[];
  /** Opens a new tab and returns its browsing context id. */
  newTab(): Promise<string>;
  /** Navigates a tab and waits until the document has loaded. */
  navigate(context: string, url: string): Promise<void>;
  /** Evaluates `expression` in a tab (see evaluateJson). */
  evaluate<T>(context: string, expression: string): Promise<T>;
  closeTab(context: string): Promise<void>;
  close(): Promise<void>;
}

/** Reads the BiDi WebSocket address Firefox prints on stderr once it listens. */
function bidiAddress(firefox: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    firefox.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    firefox.once('exit', (code) =>
      reject(new Error(`Firefox exited (${code}) before listening:\n${output}`)),
    );
  });
}

export async function launchFirefoxWithAddon(): Promise<FirefoxAddon> {
  if (!existsSync(path.join(DIST_FIREFOX, 'manifest.json'))) {
    throw new Error('dist-firefox/ is missing: run `npm run build:firefox` before the Firefox tests');
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'plainly-firefox-'));
  writeFileSync(path.join(profile, 'user.js'), `${userJs()}\n`);
  const firefox = spawn(
    firefoxPath(),
    [
      '--headless',
      '--no-remote',
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
      '--profile',
      profile,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => firefox.once('exit', () => resolve()));
  const cleanUp = (): void => {
    firefox.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  const session = await connectBidi(`${await bidiAddress(firefox)}/session`);
  await session.send('session.new', { capabilities: {} });
  const requests: string[] = [];
  session.on('network.beforeRequestSent', (params) => {
    const url = (params as { request?: { url?: string } }).request?.url;
    if (url) requests.push(url);
  });
  await session.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await session.send('webExtension.install', { extensionData: { type: 'path', path: DIST_FIREFOX } });
  return {
    session,
    requests,
    async newTab() {
      const { context } = await session.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      return context;
    },
    async navigate(context, url) {
      await session.send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    evaluate: (context, expression) => evaluateJson(session, context, expression),
    async closeTab(context) {
      await session.send('browsingContext.close', { context });
    },
    async close() {
      // browser.close ends the process; kill() is for a browser that did not answer. Then the profile goes.
      const closed = await session.send('browser.close', {}).then(
        () => true,
        () => false,
      );
      session.close();
      if (!closed) firefox.kill();
      await exited;
      cleanUp();
    },
  };
}
