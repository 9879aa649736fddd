import { BrowserWindow, shell } from 'electron';
import path from 'node:path';
import { isOwnPage } from './own-page';

/**
 * The app window: context isolation, sandbox, no Node in the page, our renderer from app://quire/ (with
 * its CSP, set by the scheme handler and by a meta tag), no navigation away from it, no new windows, and
 * https links opened in the user's browser rather than in the app.
 */
export function createSecureWindow(entryUrl: string, onClosed: (webContentsId: number) => void): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Quire',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const id = window.webContents.id;
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => onClosed(id));
  void window.loadURL(entryUrl);
  return window;
}
