import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Customer, Equipment } from '../../src/domain/master-data.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpSeedData } from './seed-lookup.ts';
import { WarrantySeedLookup } from './warranty-seed-lookup.ts';
import type { SeedData } from './seed-lookup.ts';

let service: TestService;
let http: HttpClient;
let seed: SeedData;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = await lookUpSeedData(http);
});

afterAll(async () => {
  await service.close();
});

interface EquipmentWithCoverage extends Equipment {
  warranty: { status: string; activeUntil: string | null };
  contracts: { id: string; type: string; validFrom: string; validTo: string; active: boolean }[];
}

function ids(list: { items: { id: string }[] }): string[] {
  return list.items.map((item) => item.id);
}

describe('GET /v1/customers', () => {
  it('reads a customer', async () => {
    const answer = await http.get<Customer>(`/v1/customers/${seed.customer.id}`);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(seed.customer);
    expect(answer.body.id).toMatch(/^[1-9]\d*$/);
    expect(answer.body.name).not.toBe('');
  });

  it('answers 404 when SAP does not know the customer', async () => {
    const answer = await http.get<Problem>('/v1/customers/999999999');

    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'NOT_FOUND', instance: '/v1/customers/999999999' });
  });

  it('finds a customer by part of its name', async () => {
    const part = seed.customer.name.slice(0, 6);

    const answer = await http.get<{ items: Customer[] }>(
      `/v1/customers?search=${encodeURIComponent(part)}`,
    );

    expect(answer.status).toBe(200);
    expect(ids(answer.body)).toContain(seed.customer.id);
  });

  it('pages with limit and offset', async () => {
    const all = await http.get<{ items: Customer[] }>('/v1/customers?limit=10');

    const page = await http.get<{ items: Customer[] }>('/v1/customers?limit=3&offset=2');

    expect(all.body.items.length).toBe(10);
    expect(ids(page.body)).toEqual(ids(all.body).slice(2, 5));
  });

  it('answers 400 naming the parameter when limit is above 500', async () => {
    const answer = await http.get<Problem>('/v1/customers?limit=1000');

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['limit']);
  });

  it('answers 400 naming the parameter when an unknown one is sent', async () => {
    const answer = await http.get<Problem>('/v1/customers?city=Hamburg');

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['city']);
  });
});

describe('GET /v1/equipment', () => {
  it('reads an equipment record with its coverage summaries', async () => {
    const answer = await http.get<Equipment>(`/v1/equipment/${seed.equipment.id}`);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      ...seed.equipment,
      warranty: {
        status: expect.stringMatching(/^(active|expired|none)$/) as unknown,
        activeUntil: expect.toBeOneOf([
          null,
          expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        ]) as unknown,
      },
      contracts: expect.any(Array) as unknown,
    });
  });

  it('shows the contracts covering the equipment and its warranty status', async () => {
    const machine = new WarrantySeedLookup(service.sap).contractOnly();
    const today = new Date().toISOString().slice(0, 10); // SAP_TIMEZONE is UTC in tests
    const active = machine.validFrom <= today && today <= machine.validTo;

    const answer = await http.get<EquipmentWithCoverage>(`/v1/equipment/${machine.equipmentId}`);

    expect(answer.body.contracts).toEqual([
      {
        id: machine.contractId,
        type: expect.any(String) as unknown,
        validFrom: machine.validFrom,
        validTo: machine.validTo,
        active,
      },
    ]);
    expect(answer.body.warranty).toEqual(
      active
        ? { status: 'active', activeUntil: machine.validTo }
        : { status: today < machine.validFrom ? 'none' : 'expired', activeUntil: null },
    );
  });

  it('answers 404 when SAP does not know the equipment', async () => {
    const answer = await http.get<Problem>('/v1/equipment/999999999999999999');

    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
  });

  it('filters by customer', async () => {
    const answer = await http.get<{ items: Equipment[] }>(
      `/v1/equipment?customerId=${seed.equipment.customerId}`,
    );

    expect(ids(answer.body)).toContain(seed.equipment.id);
    expect(answer.body.items.every((e) => e.customerId === seed.equipment.customerId)).toBe(true);
  });

  it('finds the equipment by serial number and material', async () => {
    const { serialNumber, materialId } = seed.equipment;

    const answer = await http.get<{ items: Equipment[] }>(
      `/v1/equipment?serialNumber=${encodeURIComponent(serialNumber)}&materialId=${encodeURIComponent(materialId)}`,
    );

    expect(ids(answer.body)).toEqual([seed.equipment.id]);
  });

  it('pages with limit and offset', async () => {
    const all = await http.get<{ items: Equipment[] }>('/v1/equipment?limit=6');

    const page = await http.get<{ items: Equipment[] }>('/v1/equipment?limit=2&offset=3');

    expect(ids(page.body)).toEqual(ids(all.body).slice(3, 5));
  });

  it('answers the first 50 when no limit is given, and at most 500', async () => {
    const many = await http.get<{ items: Equipment[] }>('/v1/equipment?limit=500');

    const unlimited = await http.get<{ items: Equipment[] }>('/v1/equipment');

    expect(many.body.items).toHaveLength(500);
    expect(ids(unlimited.body)).toEqual(ids(many.body).slice(0, 50));
  });

  it('answers 400 naming the parameter when offset is negative', async () => {
    const answer = await http.get<Problem>('/v1/equipment?offset=-5');

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['offset']);
  });
});
