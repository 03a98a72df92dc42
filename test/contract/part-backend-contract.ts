import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import { NotFoundError, SapLockedError } from '../../src/errors.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';
import { packed, quietParts, setPolicy, setStock } from '../api/part-seed-lookup.ts';
import type { SeedPart } from '../api/part-seed-lookup.ts';
import type { ContractSubject } from './sap-backend-contract.ts';

/** The mock SAP the suite reads its test data from; a subject without one cannot run it. */
function seedSystem(subject: ContractSubject): MockSap {
  if (!subject.sap) throw new Error('the part contract reads its test data from subject.sap');
  return subject.sap;
}

/**
 * The behaviour every SAP backend owes the domain for spare parts: stock figures per plant,
 * lists, SAP's availability check, the reorder policy, and purchase requisitions made and read.
 */
export function describePartBackendContract(name: string, open: () => Promise<ContractSubject>) {
  describe(`the SAP backend contract for spare parts: ${name}`, () => {
    let subject: ContractSubject;
    let backend: SapBackend;
    let sap: MockSap;
    let part: SeedPart;

    beforeEach(async () => {
      subject = await open();
      backend = subject.backend;
      sap = seedSystem(subject);
      [part] = quietParts(sap, '1000', 1) as [SeedPart];
      setPolicy(sap, part, { reorderPoint: '8', safetyStock: '3', reorderQuantity: '24' });
      setStock(sap, part, '10.5');
    });

    afterEach(() => subject.close());

    it('reads the figures of a part per plant, exactly and as decimal strings', async () => {
      const read = await backend.parts.get(part.materialId);

      expect(read).toMatchObject({ materialId: part.materialId, unit: part.unit });
      expect(read?.plants.find((plant) => plant.plant === '1000')).toEqual({
        plant: '1000',
        unrestricted: '10.5',
        reserved: '0',
        available: '10.5',
        onOrder: '0',
        reorderPoint: '8',
        safetyStock: '3',
        reorderQuantity: '24',
        belowReorderPoint: false,
        storageLocations: [
          { storageLocation: '0001', unrestricted: '10.5' },
          { storageLocation: '0002', unrestricted: '0' },
          { storageLocation: '0003', unrestricted: '0' },
        ],
      });
    });

    it('answers null for a material SAP does not know', async () => {
      expect(await backend.parts.get('NO-SUCH-PART')).toBeNull();
    });

    it('lists the same figures as it reads for one part', async () => {
      const [listed] = await backend.parts.list({
        search: part.materialId,
        plant: '1000',
        limit: 10,
        offset: 0,
      });
      const read = await backend.parts.get(part.materialId);

      expect(listed?.plants).toEqual(read?.plants.filter((plant) => plant.plant === '1000'));
    });

    it("answers SAP's availability for a quantity and null for a plant without the part", async () => {
      const enough = await backend.parts.availability(part.materialId, { plant: '1000' }, '10.5');
      const tooMuch = await backend.parts.availability(part.materialId, { plant: '1000' }, '11');

      expect(enough).toMatchObject({ available: '10.5', requested: '10.5', isAvailable: true });
      expect(tooMuch).toMatchObject({ available: '10.5', requested: '11', isAvailable: false });
      expect(await backend.parts.availability(part.materialId, { plant: '9999' }, '1')).toBeNull();
    });

    it('writes a reorder policy and refuses a plant that does not keep the part', async () => {
      const policy = { reorderPoint: '11', reorderQuantity: '30.25', safetyStock: '4' };

      await backend.parts.setReorderPolicy(part.materialId, '1000', policy);

      const read = await backend.parts.get(part.materialId);
      expect(read?.plants.find((plant) => plant.plant === '1000')).toMatchObject({
        ...policy,
        belowReorderPoint: true,
      });
      await expect(backend.parts.setReorderPolicy(part.materialId, '9999', policy)).rejects.toThrow(
        NotFoundError,
      );
    });

    it('answers a lock held by another SAP user as retryable', async () => {
      const clerk = sap.openSession('MM_CLERK', 'EN');
      sap.invoke(clerk, 'BAPI_MATERIAL_SAVEDATA', {
        HEADDATA: { MATERIAL: part.material, MRP_VIEW: 'X' },
        PLANTDATA: { PLANT: '1000', SAFETY_STK: packed('1') },
        PLANTDATAX: { PLANT: '1000', SAFETY_STK: 'X' },
      });
      try {
        const policy = { reorderPoint: '2', reorderQuantity: '5', safetyStock: '1' };
        await expect(
          backend.parts.setReorderPolicy(part.materialId, '1000', policy),
        ).rejects.toThrow(SapLockedError);
      } finally {
        sap.closeSession(clerk);
      }
    });

    it('creates a purchase requisition, commits it, and finds it by part, plant and status', async () => {
      const created = await backend.requisitions.create({
        materialId: part.materialId,
        plant: '1000',
        quantity: '24',
        unit: part.unit,
      });

      expect(created).toMatchObject({
        materialId: part.materialId,
        plant: '1000',
        quantity: '24',
        unit: part.unit,
        status: 'open',
      });
      const query = { materialId: part.materialId, plant: '1000', limit: 10, offset: 0 };
      expect(await backend.requisitions.list({ ...query, status: ['open'] })).toEqual([created]);
      expect(await backend.requisitions.list({ ...query, status: ['closed'] })).toEqual([]);
      expect((await backend.parts.get(part.materialId))?.plants[0]?.onOrder).toBe('24');
    });
  });
}
