// The mock SAP: an in-memory SAP system with node-rfc's Client and Pool API in front of it.
// It speaks only SAP's shapes and imports nothing of the service's backends, domain or API.
export { MockSap } from './mock-sap.ts';
export type { CallRecord } from './call-log.ts';
export type { MockSapOptions } from './mock-sap.ts';
export { MockRfcClient } from './rfc/mock-rfc-client.ts';
export type { MockCallOptions, MockClientOptions } from './rfc/mock-rfc-client.ts';
export { MockRfcPool } from './rfc/mock-rfc-pool.ts';
export type { MockPoolOptions } from './rfc/mock-rfc-pool.ts';
export { AbapError, NodeRfcError, RfcLibError } from './rfc/rfc-errors.ts';
export type { AbapErrorFields, RfcLibErrorFields, RfmPath } from './rfc/rfc-errors.ts';
export { SeedError } from './database/seed-loader.ts';
export { messageCatalogue } from './messages/message-catalogue.ts';
export type { CatalogueMessage, MessageKey } from './messages/message-catalogue.ts';
export { MockSapUsageError } from './mock-sap-error.ts';
export { MockFaults } from './faults/mock-faults.ts';
export { faultPlanSchema } from './faults/fault-plan.ts';
export type { FaultPlan, InjectedFaults } from './faults/fault-plan.ts';
export { createMockControlRouter } from './http/control-routes.ts';
export { createMockRfcRouter } from './http/rfc-routes.ts';
export { RfcConnectionRegistry } from './http/rfc-connections.ts';
export { startMockSapServer } from './http/mock-sap-server.ts';
export type { MockSapServer, MockSapServerOptions } from './http/mock-sap-server.ts';
export { RemoteMockRfcClient, RemoteMockRfcPool } from './rfc/remote-rfc-pool.ts';
export type { RemoteCallOptions, RemoteMockRfcPoolOptions } from './rfc/remote-rfc-pool.ts';
