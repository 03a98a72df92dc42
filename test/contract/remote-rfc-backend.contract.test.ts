import { MockSap, RemoteMockRfcPool, startMockSapServer } from '../../src/sap-mock/index.ts';
import { openMockSapBackend } from '../support/mock-sap-backend.ts';
import { describeBillingBackendContract } from './billing-backend-contract.ts';
import { describeOrderBackendContract } from './order-backend-contract.ts';
import { describePartBackendContract } from './part-backend-contract.ts';
import { describeSapBackendContract } from './sap-backend-contract.ts';
import type { ContractSubject } from './sap-backend-contract.ts';
import { describeWarrantyBackendContract } from './warranty-backend-contract.ts';

// The same adapter over RFC on HTTP (cs-bridge mock-sap, MOCK_SAP_URL): every parameter and
// every error of every BAPI travels as JSON and back.
const name = 'BAPIs over RFC (RemoteMockRfcPool on a served mock SAP)';

async function open(): Promise<ContractSubject> {
  const sap = MockSap.create();
  const server = await startMockSapServer({ sap });
  const pool = new RemoteMockRfcPool({
    url: server.url,
    connectionParameters: { user: 'cs_bridge' },
  });
  const { backend } = openMockSapBackend(sap, pool);
  return {
    backend,
    sap,
    close: async () => {
      await backend.close();
      await server.close();
    },
  };
}

describeSapBackendContract(name, open);
describeOrderBackendContract(name, open);
describeWarrantyBackendContract(name, open);
describePartBackendContract(name, open);
describeBillingBackendContract(name, open);
