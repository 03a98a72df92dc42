import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import { SapRefusedError } from '../../src/errors.ts';
import type { NewContract } from '../../src/domain/contract.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';
import { WarrantySeedLookup, addDays, objectNumber } from '../api/warranty-seed-lookup.ts';
import type { SeedMachine } from '../api/warranty-seed-lookup.ts';
import type { ContractSubject } from './sap-backend-contract.ts';

/** The mock SAP the suite reads its test data from; a subject without one cannot run it. */
function seedSystem(subject: ContractSubject): MockSap {
  if (!subject.sap) throw new Error('the warranty contract reads its test data from subject.sap');
  return subject.sap;
}

function withoutZeros(value: string | undefined): string {
  return (value ?? '').replace(/^0+(?=.)/, '');
}

/**
 * The behaviour every SAP backend owes the domain for warranty checks and service contracts:
 * the equipment behind a serial number, its master warranties, and contracts made, read and
 * searched by customer and equipment.
 */
export function describeWarrantyBackendContract(
  name: string,
  open: () => Promise<ContractSubject>,
) {
  describe(`the SAP backend contract for warranties and contracts: ${name}`, () => {
    let subject: ContractSubject;
    let backend: SapBackend;
    let sap: MockSap;
    let seed: WarrantySeedLookup;

    beforeEach(async () => {
      subject = await open();
      backend = subject.backend;
      sap = seedSystem(subject);
      seed = new WarrantySeedLookup(sap);
    });

    afterEach(() => subject.close());

    /** Two machines of one customer that nothing covers yet. */
    function uncoveredPair(): [SeedMachine, SeedMachine] {
      const uncovered = seed.uncoveredMachines();
      for (const first of uncovered) {
        const second = uncovered.find(
          (other) =>
            other.customerId === first.customerId && other.equipmentId !== first.equipmentId,
        );
        if (second) return [first, second];
      }
      throw new Error('the seed has no customer with two uncovered machines');
    }

    describe('warranties', () => {
      it('finds the equipment record behind a serial number, with and without its material', async () => {
        const machine = seed.customerWarrantyOnly();
        const record = {
          equipmentId: machine.equipmentId,
          materialId: machine.materialId,
          serialNumber: machine.serialNumber,
          customerId: machine.customerId,
        };

        expect(await backend.warranty.findEquipmentBySerial(machine.serialNumber)).toEqual([
          record,
        ]);
        expect(
          await backend.warranty.findEquipmentBySerial(machine.serialNumber, machine.materialId),
        ).toEqual([record]);
      });

      it('finds nothing for an unknown serial number or a known one of another material', async () => {
        const machine = seed.customerWarrantyOnly();
        const unknown = 'NO-SUCH-SERIAL-1';

        expect(sap.select('EQUI', (row) => row.SERNR === unknown)).toEqual([]);
        expect(await backend.warranty.findEquipmentBySerial(unknown)).toEqual([]);
        expect(
          await backend.warranty.findEquipmentBySerial(machine.serialNumber, 'NO-SUCH-MATERIAL'),
        ).toEqual([]);
      });

      it('answers both records of a serial number two materials share, one when the material is given', async () => {
        const { serialNumber, materials } = seed.ambiguousSerialNumber();
        const [, second] = materials;
        const equipmentOf = (material: string | undefined) =>
          withoutZeros(
            sap.select('EQUI', (row) => row.SERNR === serialNumber && row.MATNR === material)[0]
              ?.EQUNR,
          );

        const both = await backend.warranty.findEquipmentBySerial(serialNumber);
        const one = await backend.warranty.findEquipmentBySerial(serialNumber, second);

        expect(both.map((record) => record.materialId).sort()).toEqual(materials);
        expect(both.every((record) => record.serialNumber === serialNumber)).toBe(true);
        expect(one).toEqual([expect.objectContaining({ materialId: second, serialNumber })]);
        expect(one[0]?.equipmentId).toBe(equipmentOf(second));
      });

      it('lists the warranties of an equipment record with type, first and last day', async () => {
        const customer = seed.customerWarrantyOnly();
        const vendor = seed.vendorWarrantyOnly();
        const masterWarrantyOf = (machine: SeedMachine) =>
          withoutZeros(
            sap.select('BGMKOBJ', (row) => row.J_OBJNR === objectNumber(machine.equipmentId))[0]
              ?.MGANR,
          );

        expect(await backend.warranty.listWarranties(customer.equipmentId)).toEqual([
          {
            type: 'customer',
            masterWarrantyId: masterWarrantyOf(customer),
            startsOn: customer.startsOn,
            endsOn: customer.endsOn,
          },
        ]);
        expect(await backend.warranty.listWarranties(vendor.equipmentId)).toEqual([
          {
            type: 'vendor',
            masterWarrantyId: masterWarrantyOf(vendor),
            startsOn: vendor.startsOn,
            endsOn: vendor.endsOn,
          },
        ]);
      });

      it('leaves assignments flagged for deletion out, and answers none for an uncovered machine', async () => {
        const machine = seed.customerWarrantyOnly();
        const [uncovered] = seed.uncoveredMachines();
        if (!uncovered) throw new Error('the seed has no uncovered machine');
        sap.upsert('BGMKOBJ', {
          J_OBJNR: objectNumber(machine.equipmentId),
          GAART: '2',
          MGANR: '00000000000000000001',
          GWLDT: '20260101',
          GWLEN: '20261231',
          LVORM: 'X',
        });

        const warranties = await backend.warranty.listWarranties(machine.equipmentId);

        expect(warranties.map((warranty) => warranty.type)).toEqual(['customer']);
        expect(await backend.warranty.listWarranties(uncovered.equipmentId)).toEqual([]);
      });

      it('looks a serial number with a quote and a percent sign up literally', async () => {
        const like = seed.customerWarrantyOnly();
        const put = (equipmentId: string, serialNumber: string) => {
          sap.upsert('EQUI', {
            EQUNR: equipmentId.padStart(18, '0'),
            EQTYP: 'S',
            MATNR: like.materialId,
            SERNR: serialNumber,
            KUND1: like.customerId.padStart(10, '0'),
            OBJNR: objectNumber(equipmentId),
          });
        };
        const highest = Math.max(...sap.select('EQUI').map((row) => Number(row.EQUNR)));
        const [quoted, lookalike] = [String(highest + 1), String(highest + 2)];
        put(quoted, "O'NEIL-50%");
        put(lookalike, "O'NEIL-50X");

        const found = await backend.warranty.findEquipmentBySerial("O'NEIL-50%");

        expect(found).toEqual([
          {
            equipmentId: quoted,
            materialId: like.materialId,
            serialNumber: "O'NEIL-50%",
            customerId: like.customerId,
          },
        ]);
      });
    });

    describe('contracts', () => {
      const today = new Date().toISOString().slice(0, 10); // the backends run on UTC here

      function maintenance(machines: SeedMachine[]): NewContract {
        const [first] = machines;
        return {
          type: 'maintenance',
          customerId: first?.customerId ?? '',
          validFrom: addDays(today, -10),
          validTo: addDays(today, 355),
          equipmentIds: machines.map((machine) => machine.equipmentId),
          coverage: { laborPercent: 100, partsPercent: 62.5, travelPercent: 12.25 },
          responseTimeHours: 8,
          fee: { amount: { amount: '1234.50', currency: 'EUR' }, interval: 'quarterly' },
          externalRef: 'CONTRACT-CTR-1',
        };
      }

      it('creates a contract that reads back with coverage, fee, response time and equipment', async () => {
        const pair = uncoveredPair();
        const input = maintenance(pair);

        const created = await backend.contracts.create(input);

        expect(created).toEqual({ ...input, id: expect.any(String) as unknown, createdOn: today });
        expect(await backend.contracts.get(created.id)).toEqual(created);
      });

      it('creates a warranty extension without fee or response time', async () => {
        const [machine] = uncoveredPair();
        const created = await backend.contracts.create({
          ...maintenance([machine]),
          type: 'warranty-extension',
          fee: undefined,
          responseTimeHours: undefined,
        });

        expect(created).toMatchObject({
          type: 'warranty-extension',
          fee: null,
          responseTimeHours: null,
          equipmentIds: [machine.equipmentId],
        });
      });

      it('refuses a contract for a customer SAP does not know and makes none', async () => {
        const [machine] = uncoveredPair();
        const before = seed.contractCount();

        await expect(
          backend.contracts.create({ ...maintenance([machine]), customerId: '999999' }),
        ).rejects.toBeInstanceOf(SapRefusedError);

        expect(seed.contractCount()).toBe(before);
      });

      it('lists the summaries of a customer newest first, and of an equipment record', async () => {
        const [machine, sibling] = uncoveredPair();
        const first = await backend.contracts.create(maintenance([machine]));
        const second = await backend.contracts.create(maintenance([sibling]));
        const seeded = sap
          .select('VBAK', (row) => row.VBTYP === 'G')
          .filter((row) => row.KUNNR === machine.customerId.padStart(10, '0'))
          .map((row) => withoutZeros(row.VBELN));

        const ofCustomer = await backend.contracts.listSummaries({
          customerId: machine.customerId,
        });
        const ofMachine = await backend.contracts.listSummaries({
          equipmentId: machine.equipmentId,
        });

        expect(ofCustomer.map((summary) => summary.id)).toEqual(
          seeded.sort((a, b) => Number(b) - Number(a)),
        );
        expect(ofCustomer.slice(0, 2).map((summary) => summary.id)).toEqual([second.id, first.id]);
        expect(ofMachine).toEqual([
          {
            id: first.id,
            type: 'maintenance',
            validFrom: first.validFrom,
            validTo: first.validTo,
          },
        ]);
      });

      it('finds the contract a customer made with a reference, and none for another reference', async () => {
        const [machine, sibling] = uncoveredPair();
        await backend.contracts.create({ ...maintenance([sibling]), externalRef: "CRM-O'BRIEN-1" });
        const created = await backend.contracts.create({
          ...maintenance([machine]),
          externalRef: "CRM-O'BRIEN-2",
        });

        const found = await backend.contracts.listSummaries({
          customerId: machine.customerId,
          externalRef: "CRM-O'BRIEN-2",
        });
        const unused = await backend.contracts.listSummaries({
          customerId: machine.customerId,
          externalRef: 'CRM-NEVER-USED',
        });
        const tooLong = await backend.contracts.listSummaries({ externalRef: 'X'.repeat(21) });

        expect(found.map((summary) => summary.id)).toEqual([created.id]);
        expect(unused).toEqual([]);
        expect(tooLong).toEqual([]);
      });

      it('reads a seeded contract with its period and covered equipment', async () => {
        const machine = seed.contractOnly();

        const contract = await backend.contracts.get(machine.contractId);

        expect(contract).toMatchObject({
          id: machine.contractId,
          customerId: machine.customerId,
          validFrom: machine.validFrom,
          validTo: machine.validTo,
        });
        expect(contract?.equipmentIds).toContain(machine.equipmentId);
      });

      it('reads an unknown number as null, and leaves it out of several in the order given', async () => {
        const machine = seed.contractOnly();
        const created = await backend.contracts.create(maintenance([machine]));
        const unknown = '49999999';

        expect(sap.select('VBAK', (row) => row.VBELN === unknown.padStart(10, '0'))).toEqual([]);
        expect(await backend.contracts.get(unknown)).toBeNull();
        expect(await backend.contracts.get("4000'0001")).toBeNull();
        const many = await backend.contracts.getMany([created.id, unknown, machine.contractId]);
        expect(many.map((contract) => contract.id)).toEqual([created.id, machine.contractId]);
      });
    });
  });
}
