import type { Logger } from 'pino';
import type { MappingSet } from '../mapping/load-mappings.ts';
import type { CircuitBreaker } from '../circuit-breaker.ts';
import type { BackendHealth, SapBackend } from '../port.ts';
import { BapiBillingAdapter } from './bapi-billing-adapter.ts';
import { BapiContractAdapter } from './bapi-contract-adapter.ts';
import { BapiMasterDataAdapter } from './bapi-master-data-adapter.ts';
import { BapiNotificationAdapter } from './bapi-notification-adapter.ts';
import { BapiOrderAdapter } from './bapi-order-adapter.ts';
import { BapiPartAdapter } from './bapi-part-adapter.ts';
import { BapiRequisitionAdapter } from './bapi-requisition-adapter.ts';
import type { RfcPool } from './rfc-client.ts';
import { RfcGateway } from './rfc-gateway.ts';
import type { RfcObserver } from './rfc-observer.ts';
import { WarrantyReader } from './warranty-reader.ts';

/** What an RFC backend is built from. */
export interface RfcBackendOptions {
  kind: 'mock' | 'rfc';
  pool: RfcPool;
  mappings: MappingSet;
  logger: Logger;
  timeoutMs: number;
  languageIso: string;
  timeZone: string;
  /** Told about every function module call and LUW (for metrics); none when absent. */
  observer?: RfcObserver | undefined;
  /** Stops calling SAP while it is down; none when absent. */
  breaker?: CircuitBreaker | undefined;
}

/** The port implemented with BAPIs over an RFC connection pool (node-rfc or the mock SAP's). */
export function createRfcBackend(options: RfcBackendOptions): SapBackend {
  const gateway = new RfcGateway(options.pool, {
    timeoutMs: options.timeoutMs,
    logger: options.logger,
    observer: options.observer,
    breaker: options.breaker,
  });
  const notifications = new BapiNotificationAdapter(
    gateway,
    options.mappings.require('notification'),
    { languageIso: options.languageIso, timeZone: options.timeZone },
  );
  const orders = new BapiOrderAdapter(gateway, options.mappings.require('order'), {
    languageIso: options.languageIso,
    timeZone: options.timeZone,
  });
  const masterData = new BapiMasterDataAdapter(
    gateway,
    options.mappings.require('customer'),
    options.mappings.require('equipment'),
  );

  const contracts = new BapiContractAdapter(gateway, options.mappings.require('contract'), {
    timeZone: options.timeZone,
  });
  const warranty = new WarrantyReader(gateway, options.mappings.require('warranty'));
  const partMapping = options.mappings.require('part');
  const parts = new BapiPartAdapter(gateway, partMapping, {
    languageIso: options.languageIso,
    timeZone: options.timeZone,
  });
  const requisitions = new BapiRequisitionAdapter(gateway, partMapping, {
    timeZone: options.timeZone,
  });

  const billing = new BapiBillingAdapter(gateway, options.mappings.require('billing'), {
    languageIso: options.languageIso,
    timeZone: options.timeZone,
  });

  return {
    kind: options.kind,
    notifications,
    masterData,
    warranty,
    contracts,
    orders,
    parts,
    requisitions,
    billing,
    async ping(): Promise<BackendHealth> {
      try {
        const answered = await gateway.ping();
        return answered
          ? { ok: true, detail: `${options.kind}: SAP answers` }
          : { ok: false, detail: `${options.kind}: SAP does not answer the RFC ping` };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, detail: `${options.kind}: ${reason}` };
      }
    },
    close: () => gateway.close(),
  };
}
