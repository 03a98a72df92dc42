import { orderObjectNumber, readOrderStatuses, statusRows } from './order-status.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { ChangeSet } from '../database/table-store.ts';
import type { Row } from '../ddic/structure.ts';
import type { OrderStatuses } from './order-status.ts';

/** An operation of an order: its AFVC row and its AFVV values (planned and actual work). */
export interface OperationRecord {
  operation: Row;
  values: Row;
}

/** An order as stored: header (AUFK, AFKO, AFIH), operations, components, partners, statuses. */
export interface OrderRecord {
  header: Row;
  schedule: Row;
  maintenance: Row;
  operations: OperationRecord[];
  components: Row[];
  partners: Row[];
  statuses: OrderStatuses;
}

/** Reads a service order as the session sees it; undefined when it does not exist. */
export function readOrder(database: DatabaseView, orderNumber: string): OrderRecord | undefined {
  const header = database.get('AUFK', { AUFNR: orderNumber });
  if (header === undefined || orderNumber === '') return undefined;

  const schedule = database.get('AFKO', { AUFNR: orderNumber }) ?? { AUFNR: orderNumber };
  const maintenance = database.get('AFIH', { AUFNR: orderNumber }) ?? { AUFNR: orderNumber };
  const routing = schedule['AUFPL'] ?? '';
  const operations = database
    .select('AFVC', (row) => row['AUFPL'] === routing)
    .map((operation) => ({
      operation,
      values: database.get('AFVV', operation) ?? {
        AUFPL: routing,
        APLZL: operation['APLZL'] ?? '',
      },
    }))
    .sort((a, b) => (a.operation['VORNR'] ?? '').localeCompare(b.operation['VORNR'] ?? ''));
  const components = database.select('RESB', (row) => row['AUFNR'] === orderNumber);
  const objectNumber = orderObjectNumber(orderNumber);
  const partners = database.select('IHPA', (row) => row['OBJNR'] === objectNumber);
  const statuses = readOrderStatuses(database, objectNumber);
  return { header, schedule, maintenance, operations, components, partners, statuses };
}

/** Buffers every row of an order (a new one or the changed state of an existing one). */
export function writeOrder(changes: ChangeSet, record: OrderRecord): void {
  changes.put('AUFK', record.header);
  changes.put('AFKO', record.schedule);
  changes.put('AFIH', record.maintenance);
  for (const { operation, values } of record.operations) {
    changes.put('AFVC', operation);
    changes.put('AFVV', values);
  }
  for (const component of record.components) changes.put('RESB', component);
  for (const partner of record.partners) changes.put('IHPA', partner);
  for (const row of statusRows(record.header['OBJNR'] ?? '', record.statuses)) {
    changes.put('JEST', row);
  }
}

/** The sold-to party (partner function AG) of an order, if it has one. */
export function soldToParty(record: OrderRecord): string {
  return record.partners.find((partner) => partner['PARVW'] === 'AG')?.['PARNR'] ?? '';
}

/** An order number as messages show it (without leading zeros). */
export function externalOrderNumber(orderNumber: string): string {
  return /^\d+$/.test(orderNumber) ? orderNumber.replace(/^0+(?=\d)/, '') : orderNumber;
}

/** A copy of a record that can be changed without touching the original. */
export function copyRecord(record: OrderRecord): OrderRecord {
  return {
    header: { ...record.header },
    schedule: { ...record.schedule },
    maintenance: { ...record.maintenance },
    operations: record.operations.map(({ operation, values }) => ({
      operation: { ...operation },
      values: { ...values },
    })),
    components: record.components.map((component) => ({ ...component })),
    partners: record.partners.map((partner) => ({ ...partner })),
    statuses: new Map(record.statuses),
  };
}
