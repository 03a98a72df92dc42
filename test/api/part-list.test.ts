import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Part } from '../../src/domain/part.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';

let service: TestService;
let http: HttpClient;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
});

afterAll(async () => {
  await service.close();
});

async function list(query: string): Promise<Part[]> {
  const answer = await http.get<{ items: Part[] }>(`/v1/parts?${query}`);
  expect(answer.status, answer.text).toBe(200);
  return answer.body.items;
}

// Every spare part number of the seed (MTART ERSA) without leading zeros, in SAP's order.
function sparePartNumbers(): string[] {
  return service.sap
    .select('MARA', (row) => row.MTART === 'ERSA')
    .map((row) => (row.MATNR ?? '').replace(/^0+(?=.)/, ''));
}

describe('the parts list', () => {
  it('pages through every spare part by material number', async () => {
    const first = await list('limit=100');
    const rest = await list('limit=500&offset=100');

    expect([...first, ...rest].map((part) => part.materialId)).toEqual(sparePartNumbers());
  });

  it('shows only the asked-for plant', async () => {
    const parts = await list('plant=1100&limit=20');

    expect(parts).toHaveLength(20);
    expect(new Set(parts.flatMap((part) => part.plants.map((plant) => plant.plant)))).toEqual(
      new Set(['1100']),
    );
  });

  it('takes quotes and wildcards in a search as plain characters', async () => {
    const parts = await list(`search=${encodeURIComponent("' OR '%' = '")}&limit=500`);

    expect(parts).toEqual([]);
  });

  it('finds parts by a piece of their description, in any case', async () => {
    const [sample] = await list('limit=1');
    const word = (sample?.description ?? '').split(' ')[0] ?? '';

    const found = await list(`search=${encodeURIComponent(word.toLowerCase())}&limit=500`);

    expect(found.map((part) => part.materialId)).toContain(sample?.materialId);
    for (const part of found) expect(part.description?.toUpperCase()).toContain(word.toUpperCase());
  });

  it('lists exactly the parts to act on with belowReorderPoint=true', async () => {
    const all = [...(await list('limit=500')), ...(await list('limit=500&offset=500'))];
    const expected = all
      .filter((part) => part.plants.some((plant) => plant.belowReorderPoint))
      .map((part) => part.materialId);

    const below = await list('belowReorderPoint=true&limit=500');

    expect(expected.length).toBeGreaterThan(0);
    expect(below.map((part) => part.materialId)).toEqual(expected);
    for (const part of below) {
      for (const plant of part.plants) {
        expect(plant.belowReorderPoint).toBe(
          Number(plant.reorderPoint) > 0 && Number(plant.available) <= Number(plant.reorderPoint),
        );
      }
    }
  });

  it('narrows the parts to act on to one plant', async () => {
    const below = await list('belowReorderPoint=true&plant=1200&limit=500');

    expect(below.length).toBeGreaterThan(0);
    for (const part of below) {
      expect(part.plants.map((plant) => [plant.plant, plant.belowReorderPoint])).toEqual([
        ['1200', true],
      ]);
    }
  });

  it.each([
    ['belowReorderPoint', 'belowReorderPoint=yes'],
    ['limit', 'limit=0'],
    ['plant', 'plant=12345'],
    ['colour', 'colour=red'],
    ['search', `search=${'a'.repeat(41)}`],
  ])('answers 400 naming %s', async (field, query) => {
    const answer = await http.get<Problem>(`/v1/parts?${query}`);

    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body.errors)).toContain(field);
  });
});
