import type { Session } from 'electron';

/**
 * Quire's pages need no camera, microphone, location, notifications, clipboard reading, HID, serial or
 * USB: every permission request and check is refused, whatever the page asks.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
