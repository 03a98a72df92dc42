/** Parameters of one function module call: import, changing and table parameters by SAP name. */
export type RfcParameters = Record<string, unknown>;

/** The result of one call: export, changing and table parameters by SAP name. */
export type RfcResult = Record<string, unknown>;

/** Options of one call, as node-rfc takes them. */
export interface RfcCallOptions {
  /** Parameter names SAP need not fill. */
  notRequested?: string[];
  /** Seconds after which the call is cancelled. */
  timeout?: number;
}

/** The part of node-rfc's `Client` this service uses: one stateful RFC connection. */
export interface RfcClient {
  readonly alive: boolean;
  call(
    functionModule: string,
    parameters: RfcParameters,
    options?: RfcCallOptions,
  ): Promise<RfcResult>;
  ping(): Promise<boolean>;
  /** Cancels the running call; the connection is closed (node-rfc's RfcCancel). */
  cancel?(): Promise<void>;
}

/** The part of node-rfc's `Pool` this service uses. */
export interface RfcPool {
  acquire(): Promise<RfcClient>;
  release(client: RfcClient): Promise<void>;
  closeAll(): Promise<void>;
}
