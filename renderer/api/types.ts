import type { LiveDeskApi } from '../../shared/api';

/** 'denied': the hub refused the access code; the client does not retry. */
export type ConnectionState = 'connecting' | 'open' | 'lost' | 'denied';
export interface ConnectionStatus {
  state: ConnectionState;
  /** Failed attempts since the last successful connection. */
  attempt: number;
  /** When the next attempt starts (epoch ms), while lost. */
  retryAt: number | null;
}
export type ConnectionListener = (status: ConnectionStatus) => void;

/** The contract plus connection status; the window does not know which transport it has. */
export interface Transport extends LiveDeskApi {
  /** Called immediately with the current status, then on every change. */
  onConnection(listener: ConnectionListener): () => void;
}
