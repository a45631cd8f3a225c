// Picks the transport: the Electron preload's `window.livedesk` when present, else the hub
// WebSocket at ws(s)://<this host>/api.
import type { LiveDeskApi } from '../../shared/api';
import type { ConnectionListener, Transport } from './types';
import { WsClient } from './wsClient';
import { hubUrl } from './hubUrl';

declare global {
  interface Window {
    livedesk?: LiveDeskApi;
  }
}

/** IPC never drops: it is "open" from the start. */
export function fromPreload(api: LiveDeskApi): Transport {
  return {
    invoke: (name, args) => api.invoke(name, args),
    on: (name, listener) => api.on(name, listener),
    onConnection(listener: ConnectionListener) {
      listener({ state: 'open', attempt: 0, retryAt: null });
      return () => {};
    },
  };
}

export function createTransport(lostMessage: () => string): Transport {
  if (window.livedesk) return fromPreload(window.livedesk);
  return new WsClient({ url: hubUrl(window.location), lostMessage });
}
