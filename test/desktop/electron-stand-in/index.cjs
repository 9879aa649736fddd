// A small stand-in for the `electron` module, so that the real dist/ bundles (main.cjs, preload.cjs and,
// through utilityProcess, core-host.mjs) run under plain Node in tests. It emulates only what Quire uses,
// records what the app asked for (schemes, handlers, menus, fuses of behaviour), and lets a test play the
// parts Electron and Chromium would: the ready event, a page calling over IPC from a given URL, dialog
// answers, quitting. It is not Electron: docs/desktop-ui.md lists what only a real Electron run can show.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: the bundled main.cjs require()s electron */
const { EventEmitter } = require('node:events');
const { fork } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');

const recorded = {
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  exposed: new Map(),
  menu: null,
  crashReporter: null,
  permissionHandlers: {},
  windows: [],
  openedPaths: [],
  utilityProcesses: [],
  sentToPages: [],
  // The options of each Open dialog main showed (the window argument left out).
  openDialogs: [],
};
const dialogAnswers = { open: [], save: [] };
const paths = { userData: path.join(os.tmpdir(), 'quire-stand-in-user-data'), logs: null, documents: os.tmpdir() };

// --- app -------------------------------------------------------------------------------------------
class App extends EventEmitter {
  constructor() {
    super();
    this.isPackaged = false;
    this.hasSingleInstanceLock = true;
    this.readyResolve = null;
    this.ready = new Promise((resolve) => (this.readyResolve = resolve));
    this.quitting = false;
  }
  getPath(name) {
    if (name === 'logs') return paths.logs ?? path.join(paths.userData, 'logs');
    if (!(name in paths)) throw new Error(`stand-in: no path ${name}`);
    return paths[name];
  }
  setAppLogsPath(p) {
    paths.logs = p ?? path.join(paths.userData, 'logs');
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  requestSingleInstanceLock() {
    return this.hasSingleInstanceLock;
  }
  enableSandbox() {}
  whenReady() {
    return this.ready;
  }
  /** Electron's quit: before-quit may be prevented; otherwise will-quit and quit follow. */
  quit() {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.quitting = true;
    this.emit('will-quit', { preventDefault() {} });
    this.emit('quit', {}, 0);
  }
}
const app = new App();

// --- protocol, session, crashReporter ------------------------------------------------------------------
const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    recorded.protocolHandlers.set(scheme, handler);
  },
};
const defaultSession = {
  setPermissionRequestHandler(handler) {
    recorded.permissionHandlers.request = handler;
  },
  setPermissionCheckHandler(handler) {
    recorded.permissionHandlers.check = handler;
  },
  setDevicePermissionHandler(handler) {
    recorded.permissionHandlers.device = handler;
  },
};
const session = { defaultSession };
const crashReporter = {
  start(options) {
    recorded.crashReporter = options;
  },
};

// --- ipcMain / ipcRenderer / contextBridge / webUtils -----------------------------------------------------
const ipcMain = {
  handle(channel, handler) {
    if (recorded.ipcHandlers.has(channel)) throw new Error(`stand-in: second handler for ${channel}`);
    recorded.ipcHandlers.set(channel, handler);
  },
  on(channel, listener) {
    recorded.ipcListeners.set(channel, listener);
  },
};
/** What a page at `url` (top frame unless `parent` is given) looks like to an ipcMain handler. */
function eventFrom(url, { senderId = 1, parent = null } = {}) {
  return { sender: webContentsById(senderId), senderFrame: { url, parent } };
}
/** Plays a page at `url` invoking a channel, as ipcRenderer.invoke would reach ipcMain.handle. */
async function invokeFrom(url, channel, input, options) {
  const handler = recorded.ipcHandlers.get(channel);
  if (!handler) throw new Error(`stand-in: no handler for ${channel}`);
  return handler(eventFrom(url, options), input);
}
const currentPage = { url: 'app://quire/index.html' };
const ipcRenderer = {
  invoke: (channel, input) => invokeFrom(currentPage.url, channel, input),
  send(channel, value) {
    recorded.ipcListeners.get(channel)?.(eventFrom(currentPage.url), value);
  },
};
const contextBridge = {
  exposeInMainWorld(name, value) {
    recorded.exposed.set(name, value);
  },
};
const webUtils = { getPathForFile: (file) => file.path ?? '' };

// --- windows, dialogs, menu, shell ------------------------------------------------------------------------
class WebContents extends EventEmitter {
  constructor(id) {
    super();
    this.id = id;
    this.session = defaultSession;
    this.reloads = 0;
  }
  send(channel, ...args) {
    recorded.sentToPages.push({ channel, args });
  }
  reload() {
    this.reloads++;
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}
const webContentsList = [];
function webContentsById(id) {
  let contents = webContentsList.find((w) => w.id === id);
  if (!contents) {
    contents = new WebContents(id);
    webContentsList.push(contents);
  }
  return contents;
}
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = webContentsById(recorded.windows.length + 1);
    this.loadedUrl = null;
    recorded.windows.push(this);
  }
  loadURL(url) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  loadFile(file) {
    this.loadedUrl = `file://${file}`;
    return Promise.resolve();
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
  static fromWebContents(contents) {
    return recorded.windows.find((w) => w.webContents === contents) ?? null;
  }
}
const answer = (queue) => {
  const next = queue.shift();
  return next === undefined || next === null ? { canceled: true } : next;
};
const dialog = {
  showOpenDialog: async (...args) => {
    recorded.openDialogs.push(args.at(-1));
    const next = answer(dialogAnswers.open);
    return next.canceled ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [next], args };
  },
  showSaveDialog: async () => {
    const next = answer(dialogAnswers.save);
    return next.canceled ? { canceled: true } : { canceled: false, filePath: next };
  },
  showErrorBox() {},
};
const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) {
    recorded.menu = menu;
  },
};
const shell = {
  openPath: async (p) => {
    recorded.openedPaths.push(p);
    return '';
  },
  openExternal: async () => {},
};

// --- utilityProcess: child_process.fork, with Electron's events --------------------------------------------
class UtilityProcess extends EventEmitter {
  constructor(modulePath, args, options) {
    super();
    this.modulePath = modulePath;
    this.options = options;
    const stdio = options?.stdio === 'pipe' ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'inherit', 'inherit', 'ipc'];
    this.child = fork(modulePath, args ?? [], { stdio, env: options?.env ?? process.env });
    this.pid = this.child.pid;
    this.stdout = this.child.stdout;
    this.stderr = this.child.stderr;
    this.child.on('spawn', () => this.emit('spawn'));
    this.child.on('message', (message) => this.emit('message', message));
    this.child.on('exit', (code, signal) => {
      this.pid = undefined;
      app.emit('child-process-gone', {}, { type: 'Utility', serviceName: options?.serviceName, name: options?.serviceName, reason: signal ? 'killed' : code === 0 ? 'clean-exit' : 'crashed', exitCode: code ?? -1 });
      this.emit('exit', code ?? (signal ? 1 : 0));
    });
    recorded.utilityProcesses.push(this);
  }
  postMessage(message) {
    if (this.child.connected) this.child.send(message);
  }
  kill() {
    return this.child.kill('SIGTERM');
  }
}
const utilityProcess = { fork: (modulePath, args, options) => new UtilityProcess(modulePath, args, options) };

module.exports = {
  app,
  protocol,
  session,
  crashReporter,
  ipcMain,
  ipcRenderer,
  contextBridge,
  webUtils,
  BrowserWindow,
  dialog,
  Menu,
  shell,
  utilityProcess,
  // Test controls (not part of Electron's API).
  standIn: { recorded, dialogAnswers, paths, currentPage, invokeFrom, emitReady: () => (app.emit('ready'), app.readyResolve()) },
};
