import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Contract } from '../../src/domain/contract.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { WarrantySeedLookup, addDays } from './warranty-seed-lookup.ts';
import type { SeedMachine } from './warranty-seed-lookup.ts';

let service: TestService;
let http: HttpClient;
let seed: WarrantySeedLookup;
let machine: SeedMachine;
let sameCustomer: SeedMachine;
let otherCustomer: SeedMachine;

const today = new Date().toISOString().slice(0, 10); // SAP_TIMEZONE is UTC in tests

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = new WarrantySeedLookup(service.sap);

  const uncovered = seed.uncoveredMachines();
  const pair = uncovered.find((m) =>
    uncovered.some((o) => o.customerId === m.customerId && o.equipmentId !== m.equipmentId),
  );
  if (!pair) throw new Error('the seed has no customer with two uncovered machines');
  machine = pair;
  sameCustomer = uncovered.find(
    (m) => m.customerId === pair.customerId && m.equipmentId !== pair.equipmentId,
  ) as SeedMachine;
  otherCustomer = uncovered.find((m) => m.customerId !== pair.customerId) as SeedMachine;
});

afterAll(async () => {
  await service.close();
});

function validBody(): Record<string, unknown> {
  return {
    type: 'maintenance',
    customerId: machine.customerId,
    validFrom: addDays(today, -10),
    validTo: addDays(today, 355),
    equipmentIds: [machine.equipmentId],
    coverage: { laborPercent: 100, partsPercent: 50, travelPercent: 0 },
    fee: { amount: { amount: '120.00', currency: 'EUR' }, interval: 'monthly' },
  };
}

describe('POST /v1/contracts', () => {
  it('creates a contract and reads it back with the same terms', async () => {
    const coverage = { laborPercent: 100, partsPercent: 62.5, travelPercent: 12.25 };
    const fee = { amount: { amount: '1234.50', currency: 'EUR' }, interval: 'quarterly' };
    const validFrom = addDays(today, -10);
    const validTo = addDays(today, 355);
    const body = {
      ...validBody(),
      validFrom,
      validTo,
      equipmentIds: [machine.equipmentId, sameCustomer.equipmentId],
      coverage,
      responseTimeHours: 8,
      fee,
      externalRef: 'CRM-CTR-0001',
    };

    const created = await http.post<Contract>('/v1/contracts', body);
    const read = await http.get<Contract>(created.headers.get('location') ?? '');

    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/contracts/${created.body.id}`);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^4\d{7}$/) as unknown,
      type: 'maintenance',
      customerId: machine.customerId,
      validFrom,
      validTo,
      active: true,
      equipmentIds: [machine.equipmentId, sameCustomer.equipmentId],
      coverage,
      responseTimeHours: 8,
      fee,
      externalRef: 'CRM-CTR-0001',
      createdOn: today,
    });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('answers 200 with the contract that has the externalRef already, and writes nothing', async () => {
    const body = { ...validBody(), externalRef: 'CRM-CTR-0002' };
    const first = await http.post<Contract>('/v1/contracts', body);
    const before = seed.contractCount();
    const creates = service.sap.callCount('BAPI_CONTRACT_CREATEFROMDATA');

    const again = await http.post<Contract>('/v1/contracts', body);
    const listed = await http.get<{ items: Contract[] }>(
      `/v1/contracts?customerId=${machine.customerId}&externalRef=CRM-CTR-0002`,
    );

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('location')).toBe(`/v1/contracts/${first.body.id}`);
    expect(seed.contractCount()).toBe(before);
    expect(service.sap.callCount('BAPI_CONTRACT_CREATEFROMDATA')).toBe(creates);
    expect(listed.body.items.map((contract) => contract.id)).toEqual([first.body.id]);
  });

  it('makes one BAPI_CONTRACT_CREATEFROMDATA, the object list and one commit', async () => {
    const before = seed.contractCount();
    const calls = service.sap.calls.length;

    const answer = await http.post<Contract>('/v1/contracts', validBody());

    const writes = service.sap.calls
      .slice(calls)
      .map((call) => call.functionModule)
      .filter((name) => !['RFC_READ_TABLE', 'BAPI_CUSTOMER_GETDETAIL2'].includes(name))
      .filter((name) => !['BAPI_EQUI_GETDETAIL', 'BAPISDORDER_GETDETAILEDLIST'].includes(name));
    expect(answer.status).toBe(201);
    expect(writes).toEqual([
      'BAPI_CONTRACT_CREATEFROMDATA',
      'Z_CSB_CONTRACT_OBJECTS_ADD',
      'BAPI_TRANSACTION_COMMIT',
    ]);
    expect(seed.contractCount()).toBe(before + 1);
  });

  it('creates a warranty extension without a fee', async () => {
    const body = validBody();
    delete body.fee;

    const answer = await http.post<Contract>('/v1/contracts', {
      ...body,
      type: 'warranty-extension',
      validFrom: addDays(today, 30),
    });

    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      type: 'warranty-extension',
      fee: null,
      responseTimeHours: null,
      active: false,
    });
  });

  it('answers 404 for a contract SAP does not know', async () => {
    const answer = await http.get<Problem>('/v1/contracts/49999999');

    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
  });
});

describe('POST /v1/contracts with input SAP would not take', () => {
  const shapeCases: [string, (body: Record<string, unknown>) => void, string][] = [
    [
      'validTo lies before validFrom',
      (body) => {
        body.validFrom = '2027-06-01';
        body.validTo = '2027-05-31';
      },
      'validTo',
    ],
    ['validFrom is not an ISO date', (body) => (body.validFrom = '01.06.2027'), 'validFrom'],
    ['type is unknown', (body) => (body.type = 'full-service'), 'type'],
    ['equipmentIds is empty', (body) => (body.equipmentIds = []), 'equipmentIds'],
    [
      'an equipment id is listed twice',
      (body) => (body.equipmentIds = [machine.equipmentId, machine.equipmentId]),
      'equipmentIds.1',
    ],
    [
      'a percentage is above 100',
      (body) => (body.coverage = { laborPercent: 100.01, partsPercent: 0, travelPercent: 0 }),
      'coverage.laborPercent',
    ],
    [
      'a percentage is negative',
      (body) => (body.coverage = { laborPercent: 0, partsPercent: -1, travelPercent: 0 }),
      'coverage.partsPercent',
    ],
    [
      'a percentage has three decimals',
      (body) => (body.coverage = { laborPercent: 0, partsPercent: 0, travelPercent: 10.125 }),
      'coverage.travelPercent',
    ],
    ['a maintenance contract has no fee', (body) => delete body.fee, 'fee'],
    [
      'the fee amount is a number',
      (body) => (body.fee = { amount: { amount: 120, currency: 'EUR' }, interval: 'monthly' }),
      'fee.amount.amount',
    ],
    [
      'the fee interval is unknown',
      (body) => (body.fee = { amount: { amount: '1.00', currency: 'EUR' }, interval: 'weekly' }),
      'fee.interval',
    ],
    [
      'responseTimeHours is not a whole number',
      (body) => (body.responseTimeHours = 1.5),
      'responseTimeHours',
    ],
    ['responseTimeHours is zero', (body) => (body.responseTimeHours = 0), 'responseTimeHours'],
    ['externalRef is longer than 20', (body) => (body.externalRef = 'x'.repeat(21)), 'externalRef'],
    ['an unknown field is sent', (body) => (body.discount = 5), 'discount'],
  ];

  it.each(shapeCases)('answers 400 naming the field when %s', async (_name, change, path) => {
    const body = validBody();
    change(body);
    const contracts = seed.contractCount();
    const calls = service.sap.callCount();

    const answer = await http.post<Problem>('/v1/contracts', body);

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toContain(path);
    expect(service.sap.callCount()).toBe(calls);
    expect(seed.contractCount()).toBe(contracts);
  });

  const factCases: [string, () => Record<string, unknown>, string, string][] = [
    [
      'the customer is unknown',
      () => ({ ...validBody(), customerId: '999999' }),
      'customerId',
      'unknown_customer',
    ],
    [
      'an equipment record is unknown',
      () => ({ ...validBody(), equipmentIds: [machine.equipmentId, '99999999'] }),
      'equipmentIds.1',
      'unknown_equipment',
    ],
    [
      'the equipment belongs to another customer',
      () => ({ ...validBody(), equipmentIds: [otherCustomer.equipmentId] }),
      'equipmentIds.0',
      'equipment_of_another_customer',
    ],
  ];

  it.each(factCases)(
    'answers 422 naming the field when %s, and creates nothing',
    async (_name, body, path, code) => {
      const contracts = seed.contractCount();
      const creates = service.sap.callCount('BAPI_CONTRACT_CREATEFROMDATA');

      const answer = await http.post<Problem>('/v1/contracts', body());

      expect(answer.status).toBe(422);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body.errors).toEqual([expect.objectContaining({ path, code })]);
      expect(service.sap.callCount('BAPI_CONTRACT_CREATEFROMDATA')).toBe(creates);
      expect(seed.contractCount()).toBe(contracts);
    },
  );

  it('answers 503 and leaves nothing in SAP when SAP goes down', async () => {
    const contracts = seed.contractCount();
    service.sap.setSystemDown(true);
    try {
      const answer = await http.post<Problem>('/v1/contracts', validBody());

      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).not.toBeNull();
    } finally {
      service.sap.setSystemDown(false);
    }
    expect(seed.contractCount()).toBe(contracts);
  });
});

/** A copy of the shipped mappings with one setting of the contract mapping changed. */
function mappingsWith(setting: string, value: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'contract-mappings-'));
  cpSync(loadConfig({}).MAPPINGS_DIR, directory, { recursive: true });
  const file = join(directory, 'contract.rfc.yaml');
  const changed = readFileSync(file, 'utf8').replace(
    new RegExp(`^(\\s*${setting}:).*$`, 'm'),
    `$1 ${value}`,
  );
  writeFileSync(file, changed);
  return directory;
}

describe('POST /v1/contracts when SAP refuses', () => {
  it('answers 422 quoting SAP when SAP does not know the service product', async () => {
    const refusing = await startTestService({
      MAPPINGS_DIR: mappingsWith('maintenance', 'SRV-NOT-THERE'),
    });
    try {
      const contracts = new WarrantySeedLookup(refusing.sap).contractCount();

      const answer = await createHttpClient(refusing.baseUrl).post<Problem>(
        '/v1/contracts',
        validBody(),
      );

      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('SAP_REFUSED');
      expect(answer.body.sap?.messages[0]).toMatchObject({ type: 'E' });
      expect(answer.body.detail).toContain('SRV-NOT-THERE');
      expect(refusing.sap.callCount('BAPI_TRANSACTION_COMMIT')).toBe(0);
      expect(new WarrantySeedLookup(refusing.sap).contractCount()).toBe(contracts);
    } finally {
      await refusing.close();
    }
  });

  it('rolls the contract back when its object list cannot be written', async () => {
    const failing = await startTestService({
      MAPPINGS_DIR: mappingsWith('objectListFunction', 'Z_CSB_NOT_THERE'),
    });
    try {
      const contracts = new WarrantySeedLookup(failing.sap).contractCount();

      const answer = await createHttpClient(failing.baseUrl).post<Problem>(
        '/v1/contracts',
        validBody(),
      );

      expect(answer.status).toBe(500);
      expect(failing.sap.callCount('BAPI_CONTRACT_CREATEFROMDATA')).toBe(1);
      expect(failing.sap.callCount('BAPI_TRANSACTION_ROLLBACK')).toBe(1);
      expect(failing.sap.callCount('BAPI_TRANSACTION_COMMIT')).toBe(0);
      expect(new WarrantySeedLookup(failing.sap).contractCount()).toBe(contracts);
    } finally {
      await failing.close();
    }
  });
});
