import { openMockSapBackend } from '../support/mock-sap-backend.ts';
import { describeBillingBackendContract } from './billing-backend-contract.ts';
import { describeOrderBackendContract } from './order-backend-contract.ts';
import { describePartBackendContract } from './part-backend-contract.ts';
import { describeSapBackendContract } from './sap-backend-contract.ts';
import type { ContractSubject } from './sap-backend-contract.ts';
import { describeWarrantyBackendContract } from './warranty-backend-contract.ts';

const name = 'BAPIs over RFC (MockRfcPool on the mock SAP)';

function open(): Promise<ContractSubject> {
  const { backend, sap } = openMockSapBackend();
  return Promise.resolve({ backend, sap, close: () => backend.close() });
}

describeSapBackendContract(name, open);
describeOrderBackendContract(name, open);
describeWarrantyBackendContract(name, open);
describePartBackendContract(name, open);
describeBillingBackendContract(name, open);
