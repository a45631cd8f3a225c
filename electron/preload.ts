// Sandboxed preload: exposes exactly one object, `window.livedesk` (LiveDeskApi from shared/api.ts).
// ipcRenderer itself and Electron's event objects never reach the page.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './ipc/bridge';

contextBridge.exposeInMainWorld(
  'livedesk',
  createBridge({
    invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    on: (channel, listener) => ipcRenderer.on(channel, listener),
  }),
);
