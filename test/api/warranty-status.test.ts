import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { WarrantyCheck } from '../../src/domain/warranty.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { WarrantySeedLookup, addDays, objectNumber } from './warranty-seed-lookup.ts';

let service: TestService;
let http: HttpClient;
let seed: WarrantySeedLookup;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = new WarrantySeedLookup(service.sap);
});

afterAll(async () => {
  await service.close();
});

function check(serialNumber: string, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query).toString();
  const path = `/v1/warranty-status/${encodeURIComponent(serialNumber)}`;
  return http.get<WarrantyCheck>(search === '' ? path : `${path}?${search}`);
}

describe('GET /v1/warranty-status/{serialNumber}', () => {
  it('answers active with the warranty end on a day inside a customer warranty', async () => {
    const machine = seed.customerWarrantyOnly();

    const answer = await check(machine.serialNumber, { on: addDays(machine.startsOn, 10) });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      serialNumber: machine.serialNumber,
      materialId: machine.materialId,
      equipmentId: machine.equipmentId,
      status: 'active',
      activeUntil: machine.endsOn,
      warranties: [
        {
          type: 'customer',
          masterWarrantyId: expect.stringMatching(/^[1-9]\d*$/) as unknown,
          startsOn: machine.startsOn,
          endsOn: machine.endsOn,
          active: true,
        },
      ],
      contracts: [],
    });
  });

  it('counts the first and the last day of a customer warranty as covered', async () => {
    const machine = seed.customerWarrantyOnly();

    const first = await check(machine.serialNumber, { on: machine.startsOn });
    const last = await check(machine.serialNumber, { on: machine.endsOn });

    expect(first.body).toMatchObject({ status: 'active', activeUntil: machine.endsOn });
    expect(last.body).toMatchObject({ status: 'active', activeUntil: machine.endsOn });
  });

  it('answers none the day before the only warranty starts', async () => {
    const machine = seed.customerWarrantyOnly();

    const answer = await check(machine.serialNumber, { on: addDays(machine.startsOn, -1) });

    expect(answer.body).toMatchObject({ status: 'none', activeUntil: null });
    expect(answer.body.warranties.map((w) => w.active)).toEqual([false]);
  });

  it('answers expired the day after the warranty ended', async () => {
    const machine = seed.customerWarrantyOnly();

    const answer = await check(machine.serialNumber, { on: addDays(machine.endsOn, 1) });

    expect(answer.body).toMatchObject({ status: 'expired', activeUntil: null });
  });

  it('lists a vendor warranty without counting it as coverage', async () => {
    const machine = seed.vendorWarrantyOnly();

    const answer = await check(machine.serialNumber, { on: addDays(machine.startsOn, 1) });

    expect(answer.body).toMatchObject({ status: 'none', activeUntil: null });
    expect(answer.body.warranties).toEqual([
      expect.objectContaining({ type: 'vendor', startsOn: machine.startsOn, active: true }),
    ]);
  });

  it('answers active with the contract end while a service contract covers the machine', async () => {
    const machine = seed.contractOnly();

    const answer = await check(machine.serialNumber, { on: machine.validTo });

    expect(answer.body).toMatchObject({ status: 'active', activeUntil: machine.validTo });
    expect(answer.body.contracts).toEqual([
      {
        id: machine.contractId,
        type: expect.stringMatching(/^(maintenance|warranty-extension|subscription)$/) as unknown,
        validFrom: machine.validFrom,
        validTo: machine.validTo,
        active: true,
      },
    ]);
  });

  it('answers expired the day after the contract ended', async () => {
    const machine = seed.contractOnly();

    const answer = await check(machine.serialNumber, { on: addDays(machine.validTo, 1) });

    expect(answer.body).toMatchObject({ status: 'expired', activeUntil: null });
    expect(answer.body.contracts.map((c) => c.active)).toEqual([false]);
  });

  it('answers none for a machine nothing ever covered', async () => {
    const [machine] = seed.uncoveredMachines();
    if (!machine) throw new Error('the seed has no uncovered machine');

    const answer = await check(machine.serialNumber, { on: '2026-06-01' });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      equipmentId: machine.equipmentId,
      status: 'none',
      activeUntil: null,
      warranties: [],
      contracts: [],
    });
  });

  it('answers 409 listing both materials for a serial number two materials share', async () => {
    const { serialNumber, materials } = seed.ambiguousSerialNumber();

    const answer = await http.get<Problem & { materials: string[] }>(
      `/v1/warranty-status/${encodeURIComponent(serialNumber)}`,
    );

    expect(answer.status).toBe(409);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body.code).toBe('SERIAL_NUMBER_AMBIGUOUS');
    expect(answer.body.materials).toEqual(materials);
  });

  it('finds the machine of a shared serial number when the material is given', async () => {
    const { serialNumber, materials } = seed.ambiguousSerialNumber();
    const [, second] = materials;
    const [equipment] = service.sap.select(
      'EQUI',
      (row) => row.SERNR === serialNumber && row.MATNR === second,
    );

    const answer = await check(serialNumber, { materialId: second ?? '' });

    expect(answer.status).toBe(200);
    expect(answer.body.materialId).toBe(second);
    expect(answer.body.equipmentId).toBe(equipment?.EQUNR?.replace(/^0+/, ''));
  });

  it('answers 404 for an unknown serial number', async () => {
    const answer = await http.get<Problem>('/v1/warranty-status/NO-SUCH-SERIAL-1');

    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
  });

  it('answers 404 for a known serial number with another material', async () => {
    const machine = seed.customerWarrantyOnly();

    const answer = await check(machine.serialNumber, { materialId: 'NO-SUCH-MATERIAL' });

    expect(answer.status).toBe(404);
  });

  it('answers 400 naming on when it is not an ISO date, without calling SAP', async () => {
    const machine = seed.customerWarrantyOnly();
    const calls = service.sap.callCount();

    const answer = await http.get<Problem>(
      `/v1/warranty-status/${encodeURIComponent(machine.serialNumber)}?on=03.12.2026`,
    );

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['on']);
    expect(service.sap.callCount()).toBe(calls);
  });

  it('answers 400 naming materialId when it cannot be a material number', async () => {
    const answer = await http.get<Problem>(
      `/v1/warranty-status/ABC?materialId=${encodeURIComponent("X' OR '1' = '1")}`,
    );

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['materialId']);
  });

  it('answers 400 naming serialNumber when it is longer than SAP keeps', async () => {
    const answer = await http.get<Problem>(`/v1/warranty-status/${'X'.repeat(19)}`);

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['serialNumber']);
  });

  it('looks a serial number with quotes and percent signs up literally', async () => {
    const like = seed.customerWarrantyOnly();
    const put = (equipmentId: string, serialNumber: string, endsOn: string) => {
      const equnr = equipmentId.padStart(18, '0');
      service.sap.upsert('EQUI', {
        EQUNR: equnr,
        EQTYP: 'S',
        MATNR: like.materialId,
        SERNR: serialNumber,
        KUND1: like.customerId.padStart(10, '0'),
        OBJNR: objectNumber(equipmentId),
      });
      service.sap.upsert('BGMKOBJ', {
        J_OBJNR: objectNumber(equipmentId),
        GAART: '1',
        MGANR: '00000000000000000001',
        GWLDT: '20260101',
        GWLEN: endsOn,
        LVORM: '',
      });
    };
    put('19999001', "O'NEIL-50%", '20261231');
    put('19999002', "O'NEIL-50X", '20271231');
    put('19999003', "O'NEIL-50%%", '20281231');

    const answer = await check("O'NEIL-50%", { on: '2026-06-01' });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      serialNumber: "O'NEIL-50%",
      equipmentId: '19999001',
      status: 'active',
      activeUntil: '2026-12-31',
    });
  });
});

describe('the warranty check cache', () => {
  it('answers a repeated check without calling SAP', async () => {
    const machine = seed.customerWarrantyOnly();
    const on = addDays(machine.startsOn, 3);
    const first = await check(machine.serialNumber, { on });
    const calls = service.sap.callCount();

    const second = await check(machine.serialNumber, { on });

    expect(second.body).toEqual(first.body);
    expect(service.sap.callCount()).toBe(calls);
  });

  it('answers a repeated check of an unknown serial number without calling SAP', async () => {
    await check('NEVER-SEEN-1');
    const calls = service.sap.callCount();

    const again = await check('NEVER-SEEN-1');

    expect(again.status).toBe(404);
    expect(service.sap.callCount()).toBe(calls);
  });
});

describe('the warranty check cache after a contract is created here', () => {
  it('answers active at once for a machine a new contract covers', async () => {
    const uncovered = seed.uncoveredMachines();
    const machine = uncovered[uncovered.length - 1];
    if (!machine) throw new Error('the seed has no uncovered machine');
    const today = new Date().toISOString().slice(0, 10); // SAP_TIMEZONE is UTC in tests
    const before = await check(machine.serialNumber);

    const created = await http.post<{ id: string }>('/v1/contracts', {
      type: 'warranty-extension',
      customerId: machine.customerId,
      validFrom: today,
      validTo: addDays(today, 364),
      equipmentIds: [machine.equipmentId],
      coverage: { laborPercent: 100, partsPercent: 100, travelPercent: 0 },
    });
    const after = await check(machine.serialNumber);

    expect(before.body).toMatchObject({ status: 'none', contracts: [] });
    expect(created.status).toBe(201);
    expect(after.body).toMatchObject({
      status: 'active',
      activeUntil: addDays(today, 364),
      contracts: [expect.objectContaining({ id: created.body.id, active: true })],
    });
  });
});

describe('the warranty check cache with a short TTL', () => {
  let shortLived: TestService;

  beforeAll(async () => {
    shortLived = await startTestService({ WARRANTY_CACHE_TTL_SECONDS: '1' });
  });

  afterAll(async () => {
    await shortLived.close();
  });

  it('calls SAP again once the TTL has passed', async () => {
    const client = createHttpClient(shortLived.baseUrl);
    const machine = new WarrantySeedLookup(shortLived.sap).customerWarrantyOnly();
    const path = `/v1/warranty-status/${encodeURIComponent(machine.serialNumber)}`;
    await client.get(path);
    const afterFirst = shortLived.sap.callCount();

    await client.get(path);
    const afterCached = shortLived.sap.callCount();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await client.get(path);

    expect(afterCached).toBe(afterFirst);
    expect(shortLived.sap.callCount()).toBeGreaterThan(afterCached);
  });
});
