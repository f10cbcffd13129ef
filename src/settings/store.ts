/** The settings in storage.sync (they follow the user to their other browsers), read through migrateSettings. */
import { browser } from '../browser';
import { migrateSettings, needsMigration, SETTINGS_KEY, type Settings, toStored } from './model';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return migrateSettings(stored[SETTINGS_KEY]);
  } catch {
    // Sync storage unavailable (e.g. disabled by policy): run with the defaults.
    return migrateSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: toStored(settings) });
}

/** Rewrites a stored value of an older layout in the current one (on install or update). */
export async function migrateStoredSettings(): Promise<void> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  if (needsMigration(stored[SETTINGS_KEY])) await saveSettings(migrateSettings(stored[SETTINGS_KEY]));
}

/** Calls back with the new settings whenever they change (in this browser or synced from another). */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) callback(migrateSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
