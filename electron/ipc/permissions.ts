// Permission policy for every session: deny, with one exception the desk needs.
import { isAppUrl } from './security';

/**
 * Writing to the clipboard (navigator.clipboard.writeText) from our own page is allowed so the
 * co-host / support panes can copy quick replies into the platform's reply box. Everything else
 * (camera, microphone, notifications, geolocation, clipboard read, HID, serial, …) is denied.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string | null | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}
