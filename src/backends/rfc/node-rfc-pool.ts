import { ConfigurationError } from '../../errors.ts';
import type { RfcClient, RfcPool } from './rfc-client.ts';

/** Settings of an RFC connection pool to a real SAP system. */
export interface NodeRfcPoolSettings {
  connectionParameters: Record<string, string>;
  low: number;
  high: number;
  timeoutSeconds: number;
}

interface NodeRfcPoolApi {
  acquire(): Promise<RfcClient>;
  release(client: RfcClient): Promise<void>;
  closeAll?(): Promise<void>;
}

type NodeRfcModule = { Pool: new (options: unknown) => NodeRfcPoolApi };

const missingMessage = `SAP_BACKEND=rfc needs the node-rfc package, which is not installed.
node-rfc needs SAP's NW RFC SDK 7.50 (a download from SAP for customers):
  1. install the SDK, e.g. to /usr/local/sap/nwrfcsdk, and set SAPNWRFC_HOME to it;
  2. run: npm install node-rfc
Or run with SAP_BACKEND=mock to use the built-in mock SAP.`;

/**
 * Opens a node-rfc connection pool. node-rfc is loaded only here, so that the service runs
 * without it on every other backend; when it is missing the error says what to install.
 */
export async function openNodeRfcPool(settings: NodeRfcPoolSettings): Promise<RfcPool> {
  const module = await loadNodeRfc();
  const pool = new module.Pool({
    connectionParameters: settings.connectionParameters,
    // Stateful connections: a BAPI and its BAPI_TRANSACTION_COMMIT must share one SAP session.
    clientOptions: { stateless: false, timeout: settings.timeoutSeconds },
    poolOptions: { low: settings.low, high: settings.high },
  });

  return {
    acquire: () => pool.acquire(),
    release: (client) => pool.release(client),
    closeAll: async () => {
      await pool.closeAll?.();
    },
  };
}

async function loadNodeRfc(): Promise<NodeRfcModule> {
  // A computed specifier keeps the optional dependency out of the type check and the bundle.
  const specifier = 'node-rfc';
  let loaded: unknown;
  try {
    loaded = await import(specifier);
  } catch (error) {
    throw new ConfigurationError(missingMessage, { cause: error });
  }

  const module = loaded as Partial<NodeRfcModule> & { default?: Partial<NodeRfcModule> };
  const Pool = module.Pool ?? module.default?.Pool;
  if (!Pool) throw new ConfigurationError('The installed node-rfc has no Pool export.');
  return { Pool };
}
