import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  switchVault(): void;
  logsFolder: string;
}

/**
 * The production menu: editing, window and "Show logs" — no Reload, Force Reload or DevTools, which
 * would let anyone at the keyboard run code in the page. An unpackaged build (npm start) keeps them.
 */
export function installAppMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin';
  const showLogs: MenuItemConstructorOptions = { label: 'Show Logs', click: () => void shell.openPath(actions.logsFolder) };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [{ label: 'Switch Vault…', click: () => actions.switchVault() }, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    ...(app.isPackaged ? [] : [{ label: 'Develop', submenu: [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }] }]),
    { role: 'windowMenu' },
    { role: 'help', submenu: [showLogs] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
