/**
 * The managed preferences of com.repconsole.desktop as a plain plist (one key per setting): what Jamf's
 * "Application & Custom Settings" upload and Intune's "Preference file" take, and the payload of the
 * .mobileconfig template. A setting with no value (null) is an empty string, which the console reads as none.
 */
import type { PlistValue } from 'plist';
import { listSettings } from '../list-settings';

/** Every setting at its example value, keyed `<Section><Key>` as the console reads them. */
export function buildManagedPreferences(): Record<string, PlistValue> {
  const preferences: Record<string, PlistValue> = {};
  for (const setting of listSettings()) preferences[setting.policyName] = (setting.exampleValue ?? '') as PlistValue;
  return preferences;
}
