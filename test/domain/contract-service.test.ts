import { describe, expect, it } from 'vitest';
import type { ContractPort, MasterDataPort } from '../../src/backends/port.ts';
import type { ContractFilter, NewContract, StoredContract } from '../../src/domain/contract.ts';
import { ContractService } from '../../src/domain/contract-service.ts';
import type { Customer, Equipment } from '../../src/domain/master-data.ts';
import type { ContractSummary } from '../../src/domain/warranty.ts';

function equipment(id: string, customerId: string | null, serialNumber: string | null): Equipment {
  return {
    id,
    description: 'Pump',
    materialId: 'PUMP-1',
    serialNumber,
    customerId,
    manufacturer: null,
    model: null,
    startupDate: null,
    plant: null,
  };
}

const customer: Customer = {
  id: '100001',
  name: 'Café Hafen',
  street: null,
  postalCode: null,
  city: null,
  country: null,
  phone: null,
  email: null,
};

function stored(input: NewContract): StoredContract {
  return {
    id: '40000001',
    type: input.type,
    customerId: input.customerId,
    validFrom: input.validFrom,
    validTo: input.validTo,
    equipmentIds: input.equipmentIds,
    coverage: input.coverage,
    responseTimeHours: null,
    fee: null,
    externalRef: null,
    createdOn: '2026-06-01',
  };
}

function setUp(
  options: { createFails?: boolean; summaries?: ContractSummary[]; known?: StoredContract[] } = {},
) {
  const created: NewContract[] = [];
  const invalidated: string[][] = [];
  const masterData: MasterDataPort = {
    getCustomer: (id) => Promise.resolve(id.replace(/^0+/, '') === customer.id ? customer : null),
    listCustomers: () => Promise.resolve([]),
    getEquipment: (id) =>
      Promise.resolve(
        (
          {
            '10000001': equipment('10000001', '100001', 'S-1'),
            '10000002': equipment('10000002', '100001', null),
            '10000003': equipment('10000003', '100002', 'S-3'),
          } as Record<string, Equipment | undefined>
        )[id] ?? null,
      ),
    listEquipment: () => Promise.resolve([]),
  };
  const getMany: string[][] = [];
  const filters: ContractFilter[] = [];
  const contracts: ContractPort = {
    create: (input) => {
      created.push(input);
      return options.createFails
        ? Promise.reject(new Error('connection lost after the commit'))
        : Promise.resolve(stored(input));
    },
    get: (id) => Promise.resolve(options.known?.find((contract) => contract.id === id) ?? null),
    getMany: (ids) => {
      getMany.push([...ids]);
      return Promise.resolve([]);
    },
    listSummaries: (filter) => {
      filters.push(filter);
      return Promise.resolve(options.summaries ?? []);
    },
  };
  const service = new ContractService(contracts, masterData, {
    timeZone: 'UTC',
    clock: () => new Date('2026-06-01T12:00:00Z'),
    onCoverageChanged: (serials) => invalidated.push(serials),
  });
  return { service, created, invalidated, getMany, filters };
}

function input(equipmentIds: string[], customerId = '100001'): NewContract {
  return {
    type: 'warranty-extension',
    customerId,
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    equipmentIds,
    coverage: { laborPercent: 100, partsPercent: 100, travelPercent: 0 },
  };
}

describe('ContractService.create', () => {
  it('creates the contract, marks it active today and invalidates its serial numbers', async () => {
    const { service, created, invalidated } = setUp();

    const { contract, created: made } = await service.create(input(['10000001', '10000002']));

    expect(contract.active).toBe(true);
    expect(made).toBe(true);
    expect(created).toHaveLength(1);
    expect(invalidated).toEqual([['S-1']]);
  });

  it('names every field SAP cannot take and creates nothing', async () => {
    const { service, created, invalidated } = setUp();

    const refusal = service.create(input(['10000003', '99999999']));

    await expect(refusal).rejects.toMatchObject({
      status: 422,
      code: 'UNPROCESSABLE_INPUT',
      issues: [
        expect.objectContaining({ path: 'equipmentIds.0', code: 'equipment_of_another_customer' }),
        expect.objectContaining({ path: 'equipmentIds.1', code: 'unknown_equipment' }),
      ],
    });
    expect(created).toEqual([]);
    expect(invalidated).toEqual([]);
  });

  it('compares customer numbers without leading zeros', async () => {
    const { service, created } = setUp();

    await service.create(input(['10000001'], '0000100001'));

    expect(created).toHaveLength(1);
  });

  it('refuses an unknown customer without judging the owner of the equipment', async () => {
    const { service } = setUp();

    await expect(service.create(input(['10000001'], '999999'))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'customerId' })],
    });
  });

  it('invalidates the serial numbers even when the answer after the create is lost', async () => {
    const { service, invalidated } = setUp({ createFails: true });

    await expect(service.create(input(['10000001']))).rejects.toThrow(/connection lost/);

    expect(invalidated).toEqual([['S-1']]);
  });

  it('looks nothing up and creates when the input has no external reference', async () => {
    const { service, created, filters } = setUp();

    const result = await service.create(input(['10000001']));

    expect(result.created).toBe(true);
    expect(created).toHaveLength(1);
    expect(filters).toEqual([]);
  });

  it('creates when no contract of the customer carries the external reference', async () => {
    const { service, created, filters } = setUp();

    const result = await service.create({ ...input(['10000001']), externalRef: 'CRM-1' });

    expect(result.created).toBe(true);
    expect(created).toHaveLength(1);
    expect(filters).toEqual([{ customerId: '100001', externalRef: 'CRM-1' }]);
  });

  it('answers the contract of the customer that carries the external reference and creates none', async () => {
    const request = { ...input(['10000001']), externalRef: 'CRM-1' };
    const existing = { ...stored(request), id: '40000007', externalRef: 'CRM-1' };
    const { service, created, invalidated } = setUp({
      summaries: [{ id: '40000007', type: 'warranty-extension', validFrom: '', validTo: '' }],
      known: [existing],
    });

    const result = await service.create(request);

    expect(result).toEqual({ contract: { ...existing, active: true }, created: false });
    expect(created).toEqual([]);
    expect(invalidated).toEqual([['S-1']]);
  });
});

describe('ContractService.list', () => {
  it('filters by activeOn before it pages', async () => {
    const summaries: ContractSummary[] = [
      { id: '5', type: 'maintenance', validFrom: '2026-01-01', validTo: '2026-12-31' },
      { id: '4', type: 'maintenance', validFrom: '2027-01-01', validTo: '2027-12-31' },
      { id: '3', type: 'maintenance', validFrom: '2026-06-01', validTo: '2026-06-30' },
      { id: '2', type: 'maintenance', validFrom: '2025-01-01', validTo: '2026-06-01' },
      { id: '1', type: 'maintenance', validFrom: '2026-06-02', validTo: '2026-12-31' },
    ];
    const { service, getMany } = setUp({ summaries });

    await service.list({ activeOn: '2026-06-01', limit: 2, offset: 1 });

    expect(getMany).toEqual([['3', '2']]);
  });

  it('hands the external reference to SAP as a filter', async () => {
    const { service, filters } = setUp();

    await service.list({ customerId: '100001', externalRef: 'CRM-1', limit: 10, offset: 0 });

    expect(filters).toEqual([
      { customerId: '100001', equipmentId: undefined, externalRef: 'CRM-1' },
    ]);
  });
});
