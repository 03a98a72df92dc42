// The write endpoints the hostile-request corpus attacks: every route that runs through
// `writes.route(...)`, with valid bodies and the ways each can be broken.
import type { z } from 'zod';
import { ContractBillingRequestSchema } from '../../src/api/schemas/billing-schemas.ts';
import { NewContractSchema } from '../../src/api/schemas/contract-schemas.ts';
import {
  NewNotificationItemSchema,
  NewNotificationSchema,
  NotificationChangeSchema,
} from '../../src/api/schemas/notification-schemas.ts';
import {
  CompleteOrderSchema,
  NewConfirmationSchema,
  NewOrderForNotificationSchema,
  NewOrderSchema,
} from '../../src/api/schemas/order-schemas.ts';
import { ReorderPolicySchema } from '../../src/api/schemas/part-schemas.ts';
import type { Random } from './hostile-corpus.ts';

/** A request body as the corpus builds it. */
export type Body = Record<string, unknown>;

/** A change that makes a valid body break its schema, and the field the 400 must name. */
export interface Violation {
  /** The dotted path the answer must name; '' for a problem of the body as a whole. */
  field: string;
  /** A breach of an object's rule (refine): zod checks it only when the shape is right. */
  alone?: boolean;
  apply(body: Body, random: Random): void;
}

/** One write route: its method, path template, parameters and body schema. */
export interface WriteEndpoint {
  method: 'POST' | 'PATCH' | 'PUT';
  template: string;
  /** Good values of the path's parameters (ids SAP may or may not know). */
  params: Record<string, readonly string[]>;
  /** The body the route parses; routes without one ignore any body they get. */
  body?: { schema: z.ZodType; valid(): Body; violations: readonly Violation[] };
  /** Raw path segments the route's own parameter schema refuses, per parameter. */
  checkedParams?: Record<string, readonly string[]>;
}

/** Values that look like attacks on SQL, OData, RFC_READ_TABLE, HTML or the file system. */
export const INJECTIONS = [
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  "$filter=CustomerId eq '1' or 1 eq 1",
  '../../etc/passwd',
  '\u0000',
  "' OR MANDT <> '",
  "QMNUM LIKE '%' OR BUKRS <> '",
  '${jndi:ldap://127.0.0.1/x}',
  '; DROP TABLE QMEL; --',
];

const NOT_STRING = [7, 0, true, ['x'], { value: 'x' }, null];
const NOT_DECIMAL = [true, null, [], { amount: 1 }, '1,5', '1e3', '-1', 'NaN', '', ...INJECTIONS];
const NOT_BOOLEAN = ['true', 'X', 1, 0, null, []];
const NOT_ARRAY = ['x', 3, { 0: 'x' }, null];

function rule(field: string, apply: (body: Body) => void): Violation {
  return { field, apply };
}

// A breach of an object's refine rule; zod reports it only when nothing else is wrong.
function refinement(field: string, apply: (body: Body) => void): Violation {
  return { field, alone: true, apply };
}

function set(field: string, ...values: unknown[]): Violation {
  return {
    field,
    apply: (body, random) => {
      setPath(body, field, random.pick(values));
    },
  };
}

function drop(...fields: string[]): Violation[] {
  return fields.map((field) =>
    rule(field, (body) => {
      deletePath(body, field);
    }),
  );
}

// A string field: a wrong type, empty, or an injection padded past the field's length.
function text(field: string, max: number): Violation[] {
  const tooLong = {
    field,
    apply: (body: Body, random: Random) => {
      setPath(body, field, random.pick(INJECTIONS).padEnd(max + 1 + random.int(8), '#'));
    },
  };
  return [set(field, '', ...NOT_STRING), tooLong];
}

function unknown(parent: string, ...keys: string[]): Violation[] {
  return keys.map((key) => {
    const field = parent === '' ? key : `${parent}.${key}`;
    // An own member even for `__proto__`, as JSON.parse makes it.
    return rule(field, (body) => {
      const target = parent === '' ? body : getPath(body, parent);
      Object.defineProperty(target, key, { value: 'x', enumerable: true, writable: true });
    });
  });
}

const operation = () => ({
  description: 'Replace seal',
  workCenter: 'SRV-MECH',
  plannedHours: '2',
});
const material = () => ({ materialId: 'ESP-3000', quantity: '1', plant: '1000' });
const ids = { id: ['10000001', '10000042', '4000001'] };

const NOTIFICATION_FIELDS = [
  ...text('subject', 40),
  ...text('reportedBy', 12),
  set('description', ...NOT_STRING, 'x'.repeat(10_001)),
  set('priority', '1', 'URGENT', ...INJECTIONS, ...NOT_STRING),
  set('requiredStart', '2026-12-03', 'now', '2026-12-03T25:00:00Z', 1767225600, ...INJECTIONS),
  refinement('requiredEnd', (body) =>
    Object.assign(body, {
      requiredStart: '2026-12-03T10:00:00Z',
      requiredEnd: '2026-12-02T10:00:00Z',
    }),
  ),
];

const ORDER_CONTENT_FIELDS = [
  ...drop(
    'type',
    'description',
    'operations',
    'operations.0.workCenter',
    'operations.0.plannedHours',
  ),
  set('type', 'SM01', 'PM01', ...INJECTIONS, ...NOT_STRING),
  set('priority', '1', ...INJECTIONS),
  ...text('description', 40),
  set('operations', [], ...NOT_ARRAY),
  set('operations.0.plannedHours', ...NOT_DECIMAL, '2.55', '1234567'),
  ...text('operations.0.workCenter', 8),
  ...text('operations.0.activityType', 6),
  ...unknown('operations.0', 'ARBPL', 'VORNR'),
];

const MATERIAL_FIELDS = (list: string) => [
  ...drop(`${list}.0.materialId`, `${list}.0.quantity`, `${list}.0.plant`),
  set(list, ...NOT_ARRAY),
  set(`${list}.0.quantity`, ...NOT_DECIMAL, '0', '0.0001'),
  ...text(`${list}.0.materialId`, 18),
  ...text(`${list}.0.storageLocation`, 4),
  ...unknown(`${list}.0`, 'BWART', 'RSNUM'),
];

/** Every route that runs through `writes.route(...)`. */
export const WRITE_ENDPOINTS: readonly WriteEndpoint[] = [
  {
    method: 'POST',
    template: '/v1/notifications',
    params: {},
    body: {
      schema: NewNotificationSchema,
      valid: () => ({
        type: 'problem',
        subject: 'Pump leaks',
        customerId: '100002',
        externalRef: 'H3-1',
      }),
      violations: [
        ...drop('type', 'subject', 'customerId'),
        set('type', 'M1', 'PROBLEM', ...INJECTIONS, ...NOT_STRING),
        ...text('customerId', 10),
        ...text('externalRef', 20),
        ...text('equipmentId', 18),
        set('breakdown', ...NOT_BOOLEAN),
        ...NOTIFICATION_FIELDS,
        ...unknown('', 'MANDT', 'QMNUM', 'status', '$filter', '__proto__', "x' OR 1=1 --"),
        refinement('materialId', (body) => (body.serialNumber = 'SN-1001')),
        refinement('serialNumber', (body) =>
          Object.assign(body, { serialNumber: 'SN-1', materialId: 'M-1', equipmentId: '1' }),
        ),
      ],
    },
  },
  {
    method: 'PATCH',
    template: '/v1/notifications/{id}',
    params: ids,
    body: {
      schema: NotificationChangeSchema,
      valid: () => ({ subject: 'Pump still leaks', priority: 'high' }),
      violations: [
        ...NOTIFICATION_FIELDS,
        ...unknown('', 'status', 'customerId', 'type', 'QMART', '__proto__', '$filter'),
        refinement('', (body) => {
          for (const key of Object.keys(body)) deletePath(body, key);
        }),
      ],
    },
  },
  ...['start', 'postpone', 'complete'].map((transition) => ({
    method: 'POST' as const,
    template: `/v1/notifications/{id}/${transition}`,
    params: ids,
  })),
  {
    method: 'POST',
    template: '/v1/notifications/{id}/items',
    params: ids,
    body: {
      schema: NewNotificationItemSchema,
      valid: () => ({ description: 'Seal cracked', codeGroup: 'CS-COFFE', code: '0001' }),
      violations: [
        ...drop('description'),
        ...text('description', 40),
        ...text('codeGroup', 8),
        ...text('code', 4),
        ...unknown('', 'FENUM', 'MANDT', '$filter', '__proto__'),
        refinement('code', (body) => delete body.code),
        refinement('codeGroup', (body) => delete body.codeGroup),
      ],
    },
  },
  {
    method: 'POST',
    template: '/v1/orders',
    params: {},
    body: {
      schema: NewOrderSchema,
      valid: () => ({
        type: 'service',
        description: 'Replace pump seal',
        customerId: '100002',
        plant: '1000',
        operations: [operation()],
        components: [material()],
      }),
      violations: [
        ...ORDER_CONTENT_FIELDS,
        ...MATERIAL_FIELDS('components'),
        ...text('customerId', 10),
        ...text('plant', 4),
        ...text('equipmentId', 18),
        ...unknown('', 'AUFNR', 'MANDT', '$filter', '__proto__'),
        refinement('customerId', (body) => delete body.customerId),
        refinement('customerId', (body) => (body.notificationId = '10000001')),
        refinement('plant', (body) => delete body.plant),
      ],
    },
  },
  {
    method: 'POST',
    template: '/v1/notifications/{id}/order',
    params: ids,
    body: {
      schema: NewOrderForNotificationSchema,
      valid: () => ({ type: 'repair', description: 'Fix the leak', operations: [operation()] }),
      violations: [
        ...ORDER_CONTENT_FIELDS,
        ...unknown('', 'customerId', 'notificationId', 'QMNUM', '__proto__'),
      ],
    },
  },
  ...['release', 'close'].map((transition) => ({
    method: 'POST' as const,
    template: `/v1/orders/{id}/${transition}`,
    params: ids,
  })),
  {
    method: 'POST',
    template: '/v1/orders/{id}/complete',
    params: ids,
    body: {
      schema: CompleteOrderSchema,
      valid: () => ({ completeNotification: true }),
      violations: [
        set('completeNotification', ...NOT_BOOLEAN),
        ...unknown('', 'TECO', 'completeNotification ', '$filter', '__proto__', 'MANDT'),
      ],
    },
  },
  {
    method: 'POST',
    template: '/v1/orders/{id}/confirmations',
    params: ids,
    body: {
      schema: NewConfirmationSchema,
      valid: () => ({
        operationId: '0010',
        hours: '1.5',
        note: 'Seal replaced',
        materials: [material()],
      }),
      violations: [
        ...drop('operationId', 'hours'),
        set('operationId', '00A0', '12345', '', ...INJECTIONS, ...NOT_STRING),
        set('hours', ...NOT_DECIMAL, '0', '0.0', '1.25', '1234567', 1.25),
        set('final', ...NOT_BOOLEAN),
        ...text('note', 40),
        ...MATERIAL_FIELDS('materials'),
        ...unknown('', 'RUECK', 'MANDT', '__proto__', '$filter'),
      ],
    },
  },
  {
    method: 'PUT',
    template: '/v1/parts/{materialId}/plants/{plant}/reorder-policy',
    params: { materialId: ['ESP-3000', '200001'], plant: ['1000', '1100'] },
    body: {
      schema: ReorderPolicySchema,
      valid: () => ({ reorderPoint: '10', reorderQuantity: '20', safetyStock: '2' }),
      violations: [
        ...drop('reorderPoint', 'reorderQuantity', 'safetyStock'),
        set('reorderPoint', ...NOT_DECIMAL, '1.2345', '12345678901'),
        set('reorderQuantity', ...NOT_DECIMAL, '0'),
        set('safetyStock', ...NOT_DECIMAL),
        ...unknown('', 'MINBE', 'BSTMI', 'EISBE', '__proto__', '$filter'),
      ],
    },
    checkedParams: {
      materialId: ['M'.repeat(2000), 'M'.repeat(19), encodeURIComponent("' OR MANDT <> '####")],
      plant: ['ABCDE', '..%2f..', encodeURIComponent("' OR 1=1 --"), '%3Cscript%3E'],
    },
  },
  {
    method: 'POST',
    template: '/v1/contracts',
    params: {},
    body: {
      schema: NewContractSchema,
      valid: () => ({
        type: 'maintenance',
        customerId: '100007',
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
        equipmentIds: ['10000001'],
        coverage: { laborPercent: 100, partsPercent: 50, travelPercent: 0 },
        fee: { amount: { amount: '120.00', currency: 'EUR' }, interval: 'monthly' },
      }),
      violations: [
        ...drop('type', 'customerId', 'validFrom', 'validTo', 'equipmentIds', 'coverage'),
        ...drop(
          'coverage.partsPercent',
          'fee.interval',
          'fee.amount.amount',
          'fee.amount.currency',
        ),
        set('type', 'WV', 'SC', ...INJECTIONS, ...NOT_STRING),
        ...text('customerId', 10),
        ...text('externalRef', 20),
        set('validFrom', '20270101', '01.01.2027', '2027-02-30', ...INJECTIONS, ...NOT_STRING),
        set('validTo', '20271231', '31.12.2027', '2027-12-32', ...INJECTIONS, ...NOT_STRING),
        set('equipmentIds', [], [7], [''], ['E'.repeat(19)], ...NOT_ARRAY, hundredAndOneIds()),
        set('coverage', 'full', [], null),
        set('coverage.laborPercent', 101, -1, 12.345, '50', null, true),
        set('coverage.travelPercent', 100.001, -0.5, '0'),
        set('responseTimeHours', 0, 1.5, 10_000, '24', -4, true),
        set('fee.amount.amount', '120,00', '-5', '0.00', '1e3', 120, '120.001', ...INJECTIONS),
        set('fee.amount.currency', 'eur', 'EURO', 'E\u0000R', 978, ...INJECTIONS),
        set('fee.interval', 'weekly', 'M', 12, ...INJECTIONS),
        ...unknown('', 'VBELN', 'MANDT', '$filter', '__proto__'),
        ...unknown('coverage', 'MANDT'),
        ...unknown('fee.amount', 'WAERS'),
        refinement('validTo', (body) => (body.validTo = '2026-12-31')),
        refinement('equipmentIds.1', (body) => (body.equipmentIds = ['10000001', '10000001'])),
        refinement('fee', (body) => delete body.fee),
      ],
    },
  },
  { method: 'POST', template: '/v1/orders/{id}/billing', params: ids },
  {
    method: 'POST',
    template: '/v1/contracts/{id}/billing',
    params: { id: ['40000001', '40000026'] },
    body: {
      schema: ContractBillingRequestSchema,
      valid: () => ({ period: '2026-12' }),
      violations: [
        ...drop('period'),
        set(
          'period',
          '2026-13',
          '2026-Q5',
          '26-12',
          '2O26-12',
          '2026-12-01',
          202612,
          ...INJECTIONS,
          ...NOT_STRING,
        ),
        ...unknown('', 'FKDAT', 'MANDT', '__proto__', '$filter'),
      ],
    },
  },
  {
    method: 'POST',
    template: '/v1/invoices/{id}/cancel',
    params: { id: ['90000001', '90000002'] },
    checkedParams: {
      id: [
        '%00',
        '9'.repeat(2000),
        '..%2f..%2fetc%2fpasswd',
        '9000000A',
        '9000000l',
        '-1',
        '1.5',
        '12345678901',
        encodeURIComponent("' OR 1=1 --"),
        '%3Cscript%3E',
      ],
    },
  },
];

/** The name of every write endpoint, as the figures count them (`POST /v1/orders`). */
export const WRITE_ENDPOINT_NAMES = WRITE_ENDPOINTS.map(nameOf);

/** The name of an endpoint in the figures. */
export function nameOf(endpoint: WriteEndpoint): string {
  return `${endpoint.method} ${endpoint.template}`;
}

function hundredAndOneIds(): string[] {
  return Array.from({ length: 101 }, (_, index) => String(10_000_001 + index));
}

/** The object at a dotted path of a body. */
export function getPath(body: Body, path: string): Body {
  let target: unknown = body;
  for (const segment of path.split('.')) target = (target as Body)[segment];
  return target as Body;
}

/** Sets the member at a dotted path of a body. */
export function setPath(body: Body, path: string, value: unknown): void {
  const segments = path.split('.');
  const last = segments.pop() ?? '';
  const parent = segments.length === 0 ? body : getPath(body, segments.join('.'));
  parent[last] = value;
}

/** Deletes the member at a dotted path of a body. */
export function deletePath(body: Body, path: string): void {
  const segments = path.split('.');
  const last = segments.pop() ?? '';
  const parent = segments.length === 0 ? body : getPath(body, segments.join('.'));
  Reflect.deleteProperty(parent, last);
}
