/** How one function module call ended, as far as the RFC layer can tell. */
export type RfcCallOutcome = 'ok' | 'error' | 'timeout';

/** One function module call: `ok` even when its `RETURN` refuses (the call itself worked). */
export interface RfcCallEvent {
  functionModule: string;
  outcome: RfcCallOutcome;
  durationSeconds: number;
}

/** One LUW: `rolled_back` when its work failed or its commit did not succeed. */
export interface RfcLuwEvent {
  outcome: 'committed' | 'rolled_back';
}

/** Receives what the RFC gateway did, for metrics; it must not throw. */
export interface RfcObserver {
  onCall(event: RfcCallEvent): void;
  onLuw(event: RfcLuwEvent): void;
}
