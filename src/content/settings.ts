/**
 * The settings as the content script reads them: the same stored value and migration as
 * src/settings/store.ts, through the content script's own small API (no webextension-polyfill).
 */
import { migrateSettings, SETTINGS_KEY, type Settings } from '../settings/model';
import { onStorageChanged, syncGet } from './extension-api';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await syncGet(SETTINGS_KEY);
    return migrateSettings(stored[SETTINGS_KEY]);
  } catch {
    // Sync storage unavailable (e.g. disabled by policy): run with the defaults.
    return migrateSettings(undefined);
  }
}

/** Calls back with the new settings whenever they change (in this browser or synced from another). */
export function onSettingsChanged(callback: (settings: Settings) => void): void {
  onStorageChanged((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) callback(migrateSettings(change.newValue));
  });
}
