import { openNodeRfcPool } from './backends/rfc/node-rfc-pool.ts';
import type { RfcPool } from './backends/rfc/rfc-client.ts';
import type { Config } from './config/config.ts';
import { MockRfcPool, MockSap, RemoteMockRfcPool } from './sap-mock/index.ts';

/** The RFC connections of a service instance, and its mock SAP when it runs one in process. */
export interface SapPool {
  pool: RfcPool;
  /** The in-process mock SAP; null for a real SAP or a mock SAP served at MOCK_SAP_URL. */
  mockSap: MockSap | null;
}

/**
 * Opens the RFC pool the configuration names: node-rfc to a real SAP (SAP_BACKEND=rfc), RFC over
 * HTTP to the mock SAP that `cs-bridge mock-sap` serves (SAP_BACKEND=mock with MOCK_SAP_URL), or
 * the given or a new mock SAP in this process.
 */
export async function openSapPool(config: Config, givenMockSap?: MockSap): Promise<SapPool> {
  if (config.SAP_BACKEND !== 'mock') return { pool: await realPool(config), mockSap: null };
  if (givenMockSap === undefined && config.MOCK_SAP_URL !== undefined) {
    return { pool: remoteMockPool(config.MOCK_SAP_URL, config), mockSap: null };
  }
  const mockSap = givenMockSap ?? MockSap.create(mockSapOptions(config));
  return { pool: mockPool(mockSap, config), mockSap };
}

function mockSapOptions(config: Config) {
  return config.MOCK_SAP_SEED_DIR === undefined ? {} : { seedDir: config.MOCK_SAP_SEED_DIR };
}

function remoteMockPool(url: string, config: Config): RfcPool {
  return new RemoteMockRfcPool({
    url,
    connectionParameters: { user: 'CS_BRIDGE', lang: config.SAP_RFC_LANG },
    poolOptions: { low: config.SAP_RFC_POOL_LOW, high: config.SAP_RFC_POOL_HIGH },
    requestTimeoutMs: config.SAP_CALL_TIMEOUT_MS,
  });
}

function mockPool(sap: MockSap, config: Config): RfcPool {
  return new MockRfcPool(sap, {
    connectionParameters: { user: 'CS_BRIDGE', client: '100', lang: config.SAP_RFC_LANG },
    poolOptions: { low: config.SAP_RFC_POOL_LOW, high: config.SAP_RFC_POOL_HIGH },
  });
}

function realPool(config: Config): Promise<RfcPool> {
  const parameters: Record<string, string> = { lang: config.SAP_RFC_LANG };
  const settings = {
    dest: config.SAP_RFC_DEST,
    ashost: config.SAP_RFC_ASHOST,
    sysnr: config.SAP_RFC_SYSNR,
    client: config.SAP_RFC_CLIENT,
    user: config.SAP_RFC_USER,
    passwd: config.SAP_RFC_PASSWD,
  };
  for (const [key, value] of Object.entries(settings)) {
    if (value !== undefined) parameters[key] = value;
  }

  return openNodeRfcPool({
    connectionParameters: parameters,
    low: config.SAP_RFC_POOL_LOW,
    high: config.SAP_RFC_POOL_HIGH,
    timeoutSeconds: Math.ceil(config.SAP_CALL_TIMEOUT_MS / 1000),
  });
}
