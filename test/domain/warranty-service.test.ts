import { describe, expect, it } from 'vitest';
import type { ContractPort, WarrantyPort } from '../../src/backends/port.ts';
import { dayIn } from '../../src/domain/contract-period.ts';
import type { ContractSummary, SerializedEquipment, Warranty } from '../../src/domain/warranty.ts';
import { AmbiguousSerialNumberError } from '../../src/domain/warranty-errors.ts';
import { WarrantyService } from '../../src/domain/warranty-service.ts';

interface FakeSap {
  equipment: SerializedEquipment[];
  warranties: Warranty[];
  contracts: ContractSummary[];
  lookups: number;
}

function fakePorts(sap: FakeSap): { warranty: WarrantyPort; contracts: ContractPort } {
  const warranty: WarrantyPort = {
    findEquipmentBySerial: (serial, material) => {
      sap.lookups += 1;
      return Promise.resolve(
        sap.equipment.filter(
          (e) => e.serialNumber === serial && (material === undefined || e.materialId === material),
        ),
      );
    },
    listWarranties: () => Promise.resolve(sap.warranties),
  };
  const unused = () => Promise.reject(new Error('not used by the warranty check'));
  const contracts: ContractPort = {
    create: unused,
    get: unused,
    getMany: unused,
    listSummaries: () => Promise.resolve(sap.contracts),
  };
  return { warranty, contracts };
}

function setUp(options: { ttlSeconds?: number; now?: { value: Date } } = {}) {
  const sap: FakeSap = {
    equipment: [
      { equipmentId: '10000001', materialId: 'PUMP-1', serialNumber: 'S-1', customerId: '100001' },
    ],
    warranties: [],
    contracts: [],
    lookups: 0,
  };
  const now = options.now ?? { value: new Date('2026-06-01T10:00:00Z') };
  const { warranty, contracts } = fakePorts(sap);
  const service = new WarrantyService(warranty, contracts, {
    timeZone: 'Europe/Berlin',
    cacheTtlSeconds: options.ttlSeconds ?? 60,
    cacheMaxEntries: 100,
    clock: () => now.value,
  });
  return { sap, service, now };
}

describe('WarrantyService', () => {
  it('checks the day in the SAP time zone when no day is given', async () => {
    const now = { value: new Date('2026-05-31T22:30:00Z') }; // already 1 June in Berlin
    const { sap, service } = setUp({ now });
    sap.contracts = [
      { id: '1', type: 'maintenance', validFrom: '2026-06-01', validTo: '2026-12-31' },
    ];

    const check = await service.check('S-1');

    expect(check.status).toBe('active');
    expect(service.today()).toBe('2026-06-01');
  });

  it('reuses a check within the TTL and reads SAP again after it', async () => {
    const { sap, service, now } = setUp({ ttlSeconds: 60 });

    await service.check('S-1');
    await service.check('s-1');
    now.value = new Date(now.value.getTime() + 61_000);
    await service.check('S-1');

    expect(sap.lookups).toBe(2);
  });

  it('reads SAP every time when the TTL is 0', async () => {
    const { sap, service } = setUp({ ttlSeconds: 0 });

    await service.check('S-1');
    await service.check('S-1');

    expect(sap.lookups).toBe(2);
  });

  it('caches an unknown serial number as well', async () => {
    const { sap, service } = setUp();

    await expect(service.check('UNKNOWN')).rejects.toMatchObject({ status: 404 });
    await expect(service.check('UNKNOWN')).rejects.toMatchObject({ status: 404 });

    expect(sap.lookups).toBe(1);
  });

  it('reads SAP again after the serial number was invalidated', async () => {
    const { sap, service } = setUp();
    const before = await service.check('S-1');
    sap.contracts = [
      { id: '1', type: 'maintenance', validFrom: '2026-01-01', validTo: '2026-12-31' },
    ];

    service.invalidateSerialNumbers(['S-1']);
    const after = await service.check('S-1');

    expect(before.status).toBe('none');
    expect(after.status).toBe('active');
    expect(sap.lookups).toBe(2);
  });

  it('keeps the entries of other serial numbers on invalidation', async () => {
    const { sap, service } = setUp();
    sap.equipment.push({
      equipmentId: '10000002',
      materialId: 'PUMP-1',
      serialNumber: 'S-10',
      customerId: null,
    });
    await service.check('S-1');
    await service.check('S-10');

    service.invalidateSerialNumbers(['S-1']);
    await service.check('S-10');

    expect(sap.lookups).toBe(2);
  });

  it('shares one SAP round trip between concurrent checks of the same serial number', async () => {
    const { sap, service } = setUp();

    await Promise.all([service.check('S-1'), service.check('S-1'), service.check('S-1')]);

    expect(sap.lookups).toBe(1);
  });

  it('refuses a serial number of several materials, naming them', async () => {
    const { sap, service } = setUp();
    sap.equipment.push({
      equipmentId: '10000003',
      materialId: 'PUMP-2',
      serialNumber: 'S-1',
      customerId: null,
    });

    const refusal = service.check('S-1');

    await expect(refusal).rejects.toBeInstanceOf(AmbiguousSerialNumberError);
    await expect(refusal).rejects.toMatchObject({ status: 409, materials: ['PUMP-1', 'PUMP-2'] });
    await expect(service.check('S-1', { materialId: 'PUMP-2' })).resolves.toMatchObject({
      equipmentId: '10000003',
    });
  });

  it('marks each warranty and contract active or not on the day', async () => {
    const { sap, service } = setUp();
    sap.warranties = [
      { type: 'vendor', masterWarrantyId: '8', startsOn: '2026-01-01', endsOn: '2027-12-31' },
      { type: 'customer', masterWarrantyId: '1', startsOn: '2024-01-01', endsOn: '2025-12-31' },
    ];

    const check = await service.check('S-1', { on: '2026-06-01' });

    expect(check).toMatchObject({ status: 'expired', activeUntil: null });
    expect(check.warranties.map((w) => [w.type, w.active])).toEqual([
      ['vendor', true],
      ['customer', false],
    ]);
  });
});

describe('dayIn', () => {
  it('gives the calendar day of an instant in a time zone', () => {
    const instant = new Date('2026-12-31T23:30:00Z');

    expect(dayIn('UTC', instant)).toBe('2026-12-31');
    expect(dayIn('Europe/Berlin', instant)).toBe('2027-01-01');
    expect(dayIn('America/New_York', instant)).toBe('2026-12-31');
  });
});
