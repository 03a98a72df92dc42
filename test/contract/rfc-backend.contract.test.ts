import { pino } from 'pino';
import { loadMappings } from '../../src/backends/mapping/load-mappings.ts';
import { createRfcBackend } from '../../src/backends/rfc/rfc-backend.ts';
import { loadConfig } from '../../src/config/config.ts';
import { MockRfcPool, MockSap } from '../../src/sap-mock/index.ts';
import { describeBillingBackendContract } from './billing-backend-contract.ts';
import { describeOrderBackendContract } from './order-backend-contract.ts';
import { describePartBackendContract } from './part-backend-contract.ts';
import { describeSapBackendContract } from './sap-backend-contract.ts';
import type { ContractSubject } from './sap-backend-contract.ts';
import { describeWarrantyBackendContract } from './warranty-backend-contract.ts';

const mappings = loadMappings(loadConfig({}).MAPPINGS_DIR, 'rfc', 'UTC');
const name = 'BAPIs over RFC (MockRfcPool on the mock SAP)';

function open(): Promise<ContractSubject> {
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
  return Promise.resolve({ backend, sap, close: () => backend.close() });
}

describeSapBackendContract(name, open);
describeOrderBackendContract(name, open);
describeWarrantyBackendContract(name, open);
describePartBackendContract(name, open);
describeBillingBackendContract(name, open);
