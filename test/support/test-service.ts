import type { Logger } from 'pino';
import { loadConfig } from '../../src/config/config.ts';
import { createService, type Service } from '../../src/service.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

/** A service listening on a free loopback port, over its own fresh mock SAP. */
export interface TestService {
  baseUrl: string;
  sap: MockSap;
  service: Service;
  close(): Promise<void>;
}

/** Starts the real service (SAP_BACKEND=mock) for one test file; every call gets a new mock SAP. */
export async function startTestService(
  env: Record<string, string> = {},
  options: { logger?: Logger; mockSap?: MockSap } = {},
): Promise<TestService> {
  const config = loadConfig({
    SAP_BACKEND: 'mock',
    PORT: '0',
    LOG_LEVEL: 'silent',
    // Tests that want the periodic replenishment scan turn it on with a short interval.
    REPLENISHMENT_SCAN_INTERVAL_SECONDS: '0',
    ...env,
  });
  const service = await createService(config, options);
  const { url } = await service.listen();
  const sap = service.mockSap;
  if (!sap) throw new Error('the test service runs on the mock SAP');

  return { baseUrl: url, sap, service, close: () => service.close() };
}
