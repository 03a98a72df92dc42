import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Contract } from '../../src/domain/contract.ts';
import type { Row } from '../../src/sap-mock/ddic/structure.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { WarrantySeedLookup } from './warranty-seed-lookup.ts';

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

const contractTypes = ['WV', 'ZWEX', 'ZSUB'];

function seededContracts(where: (row: Row) => boolean = () => true): Row[] {
  return service.sap
    .select('VBAK', (row) => row.VBTYP === 'G' && contractTypes.includes(row.AUART ?? ''))
    .filter(where);
}

/** API ids of VBAK rows, newest (highest number) first. */
function newestFirst(rows: Row[]): string[] {
  return rows
    .map((row) => (row.VBELN ?? '').replace(/^0+/, ''))
    .sort((a, b) => Number(b) - Number(a));
}

function isoDate(dats: string | undefined): string {
  return `${dats?.slice(0, 4) ?? ''}-${dats?.slice(4, 6) ?? ''}-${dats?.slice(6, 8) ?? ''}`;
}

function ids(answer: { items: Contract[] }): string[] {
  return answer.items.map((contract) => contract.id);
}

/** The customer with the most seeded contracts. */
function busiestCustomer(): string {
  const counts = new Map<string, number>();
  for (const row of seededContracts())
    counts.set(row.KUNNR ?? '', (counts.get(row.KUNNR ?? '') ?? 0) + 1);
  const [customer] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [''];
  return customer.replace(/^0+/, '');
}

describe('GET /v1/contracts/{id}', () => {
  it('reads a seeded contract with its terms from SAP', async () => {
    const [header] = seededContracts((row) => row.AUART === 'WV');
    if (!header) throw new Error('the seed has no maintenance contract');
    const conditions = service.sap.select('KONV', (row) => row.KNUMV === header.KNUMV);
    const rate = (type: string) => Number(conditions.find((row) => row.KSCHL === type)?.KBETR);
    const fee = conditions.find((row) => row.KSCHL === 'PPSV');
    const intervals: Record<number, string> = { 1: 'monthly', 3: 'quarterly', 12: 'yearly' };
    const equipment = service.sap
      .select('SER02', (row) => row.SDAUFNR === header.VBELN)
      .flatMap((list) => service.sap.select('OBJK', (row) => row.OBKNR === list.OBKNR))
      .map((row) => (row.EQUNR ?? '').replace(/^0+/, ''));

    const answer = await http.get<Contract>(
      `/v1/contracts/${header.VBELN?.replace(/^0+/, '') ?? ''}`,
    );

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      id: header.VBELN?.replace(/^0+/, ''),
      type: 'maintenance',
      customerId: header.KUNNR?.replace(/^0+/, ''),
      validFrom: isoDate(header.GUEBG),
      validTo: isoDate(header.GUEEN),
      equipmentIds: equipment,
      coverage: {
        laborPercent: rate('ZCLB'),
        partsPercent: rate('ZCPT'),
        travelPercent: rate('ZCTR'),
      },
      responseTimeHours: rate('ZRSP'),
      fee: {
        amount: { amount: fee?.KBETR, currency: fee?.WAERS },
        interval: intervals[Number(fee?.KPEIN)],
      },
      externalRef: header.BSTNK === '' ? null : header.BSTNK,
      createdOn: isoDate(header.ERDAT),
    });
    expect(equipment.length).toBeGreaterThan(0);
  });

  it('answers 404 for a number that cannot be a sales document', async () => {
    const answer = await http.get<Problem>(`/v1/contracts/${encodeURIComponent("4000'0001")}`);

    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
  });
});

describe('GET /v1/contracts', () => {
  it("lists a customer's contracts, newest first", async () => {
    const customerId = busiestCustomer();

    const answer = await http.get<{ items: Contract[] }>(`/v1/contracts?customerId=${customerId}`);

    expect(answer.status).toBe(200);
    expect(ids(answer.body)).toEqual(
      newestFirst(seededContracts((row) => row.KUNNR === customerId.padStart(10, '0'))),
    );
    expect(answer.body.items.every((contract) => contract.customerId === customerId)).toBe(true);
    expect(answer.body.items.length).toBeGreaterThan(1);
  });

  it('lists the contracts covering an equipment record', async () => {
    const machine = seed.contractOnly();

    const answer = await http.get<{ items: Contract[] }>(
      `/v1/contracts?equipmentId=${machine.equipmentId}`,
    );

    expect(ids(answer.body)).toEqual([machine.contractId]);
    expect(answer.body.items[0]?.equipmentIds).toContain(machine.equipmentId);
  });

  it('lists only the contracts that cover the day given as activeOn', async () => {
    const [sample] = seededContracts();
    const day = isoDate(sample?.GUEBG);
    const covering = seededContracts(
      (row) => isoDate(row.GUEBG) <= day && day <= isoDate(row.GUEEN),
    );

    const answer = await http.get<{ items: Contract[] }>(`/v1/contracts?activeOn=${day}&limit=500`);

    expect(ids(answer.body)).toEqual(newestFirst(covering));
    expect(covering.length).toBeLessThan(seededContracts().length);
  });

  it('combines customer and activeOn', async () => {
    const customerId = busiestCustomer();
    const own = seededContracts((row) => row.KUNNR === customerId.padStart(10, '0'));
    const day = isoDate(own[0]?.GUEEN);

    const answer = await http.get<{ items: Contract[] }>(
      `/v1/contracts?customerId=${customerId}&activeOn=${day}`,
    );

    expect(ids(answer.body)).toEqual(
      newestFirst(own.filter((row) => isoDate(row.GUEBG) <= day && day <= isoDate(row.GUEEN))),
    );
  });

  it('pages through every contract with limit and offset', async () => {
    const all = await http.get<{ items: Contract[] }>('/v1/contracts?limit=500');

    const page = await http.get<{ items: Contract[] }>('/v1/contracts?limit=3&offset=2');

    expect(ids(all.body)).toEqual(newestFirst(seededContracts()));
    expect(ids(page.body)).toEqual(ids(all.body).slice(2, 5));
  });

  it('answers an empty list for a customer without contracts', async () => {
    const answer = await http.get<{ items: Contract[] }>('/v1/contracts?customerId=999999');

    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([]);
  });

  it('answers 400 naming customerId when it is longer than an SAP customer number', async () => {
    const calls = service.sap.callCount();

    const answer = await http.get<Problem>('/v1/contracts?customerId=12345678901');

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['customerId']);
    expect(service.sap.callCount()).toBe(calls);
  });

  it('answers 400 naming activeOn when it is not an ISO date', async () => {
    const answer = await http.get<Problem>('/v1/contracts?activeOn=tomorrow');

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['activeOn']);
  });
});
