import { pino } from 'pino';
import { loadMappings } from '../../src/backends/mapping/load-mappings.ts';
import { createRfcBackend } from '../../src/backends/rfc/rfc-backend.ts';
import { loadConfig } from '../../src/config/config.ts';
import { MockRfcPool, MockSap } from '../../src/sap-mock/index.ts';
import { describeSapBackendContract } from './sap-backend-contract.ts';

const mappings = loadMappings(loadConfig({}).MAPPINGS_DIR, 'rfc', 'UTC');

describeSapBackendContract('BAPIs over RFC (MockRfcPool on the mock SAP)', () => {
  const sap = MockSap.create();
  const backend = createRfcBackend({
    kind: 'mock',
    pool: new MockRfcPool(sap, { connectionParameters: { user: 'cs_bridge' } }),
    mappings,
    logger: pino({ level: 'silent' }),
    timeoutMs: 5_000,
    languageIso: 'EN',
    timeZone: 'UTC',
  });
  return Promise.resolve({ backend, close: () => backend.close() });
});
