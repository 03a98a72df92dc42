import type { MockSap } from '../../src/sap-mock/index.ts';

/** A machine of the seeded mock SAP, with a serial number that identifies it on its own. */
export interface SeedMachine {
  equipmentId: string;
  serialNumber: string;
  materialId: string;
  customerId: string;
}

/** A machine with one warranty assignment of a type, and nothing else covering it. */
export interface SeedWarrantyCase extends SeedMachine {
  startsOn: string;
  endsOn: string;
}

/** A machine covered by exactly one service contract and by no customer warranty. */
export interface SeedContractCase extends SeedMachine {
  contractId: string;
  validFrom: string;
  validTo: string;
}

/** Reads test cases straight from the tables of a mock SAP (seed plus what tests put there). */
export class WarrantySeedLookup {
  readonly #sap: MockSap;

  constructor(sap: MockSap) {
    this.#sap = sap;
  }

  /** A machine whose only coverage is one customer warranty (type 1). */
  customerWarrantyOnly(): SeedWarrantyCase {
    return this.#singleAssignment('1');
  }

  /** A machine with one vendor warranty (type 2) and neither customer warranty nor contract. */
  vendorWarrantyOnly(): SeedWarrantyCase {
    return this.#singleAssignment('2');
  }

  /** Machines with no warranty assignment and no contract at all. */
  uncoveredMachines(): SeedMachine[] {
    const assigned = this.#assignedObjects();
    const covered = this.#contractsByEquipment();
    return this.#uniqueMachines().filter(
      (machine) =>
        !assigned.has(objectNumber(machine.equipmentId)) && !covered.has(machine.equipmentId),
    );
  }

  /** A machine on exactly one contract, without any customer warranty. */
  contractOnly(): SeedContractCase {
    const customerWarranties = new Set(
      this.#sap
        .select('BGMKOBJ', (row) => row.GAART === '1' && row.LVORM === '')
        .map((row) => row.J_OBJNR),
    );
    const contracts = this.#contractsByEquipment();
    for (const machine of this.#uniqueMachines()) {
      const numbers = contracts.get(machine.equipmentId) ?? [];
      if (numbers.length !== 1 || customerWarranties.has(objectNumber(machine.equipmentId))) {
        continue;
      }
      const [header] = this.#sap.select('VBAK', (row) => row.VBELN === numbers[0]);
      if (!header) continue;
      return {
        ...machine,
        contractId: stripZeros(header.VBELN ?? ''),
        validFrom: isoDate(header.GUEBG ?? ''),
        validTo: isoDate(header.GUEEN ?? ''),
      };
    }
    throw new Error('the seed has no machine covered by exactly one contract only');
  }

  /** A serial number that two materials share, with those materials. */
  ambiguousSerialNumber(): { serialNumber: string; materials: string[] } {
    const bySerial = new Map<string, string[]>();
    for (const row of this.#sap.select('EQUI', (r) => r.SERNR !== '')) {
      bySerial.set(row.SERNR ?? '', [...(bySerial.get(row.SERNR ?? '') ?? []), row.MATNR ?? '']);
    }
    for (const [serialNumber, materials] of bySerial) {
      if (materials.length === 2) return { serialNumber, materials: materials.sort() };
    }
    throw new Error('the seed has no serial number shared by two materials');
  }

  /** The number of committed service contracts (VBAK rows of category G). */
  contractCount(): number {
    return this.#sap.select('VBAK', (row) => row.VBTYP === 'G').length;
  }

  #singleAssignment(type: '1' | '2'): SeedWarrantyCase {
    const byObject = new Map<string, Record<string, string>[]>();
    for (const row of this.#sap.select('BGMKOBJ', (r) => r.LVORM === '')) {
      byObject.set(row.J_OBJNR ?? '', [...(byObject.get(row.J_OBJNR ?? '') ?? []), row]);
    }
    const contracts = this.#contractsByEquipment();

    for (const machine of this.#uniqueMachines()) {
      const rows = byObject.get(objectNumber(machine.equipmentId)) ?? [];
      const [only] = rows;
      if (rows.length !== 1 || only?.GAART !== type || contracts.has(machine.equipmentId)) {
        continue;
      }
      return { ...machine, startsOn: isoDate(only.GWLDT ?? ''), endsOn: isoDate(only.GWLEN ?? '') };
    }
    throw new Error(`the seed has no machine with only a warranty of type ${type}`);
  }

  /** Equipment with a customer and a serial number no other material has. */
  #uniqueMachines(): SeedMachine[] {
    const rows = this.#sap.select('EQUI', (row) => row.SERNR !== '' && row.KUND1 !== '');
    const serialCount = new Map<string, number>();
    for (const row of this.#sap.select('EQUI')) {
      serialCount.set(row.SERNR ?? '', (serialCount.get(row.SERNR ?? '') ?? 0) + 1);
    }
    return rows
      .filter((row) => serialCount.get(row.SERNR ?? '') === 1)
      .map((row) => ({
        equipmentId: stripZeros(row.EQUNR ?? ''),
        serialNumber: row.SERNR ?? '',
        materialId: row.MATNR ?? '',
        customerId: stripZeros(row.KUND1 ?? ''),
      }));
  }

  #assignedObjects(): Set<string> {
    return new Set(this.#sap.select('BGMKOBJ').map((row) => row.J_OBJNR ?? ''));
  }

  /** Contract numbers (internal format) per equipment id, from the object lists. */
  #contractsByEquipment(): Map<string, string[]> {
    const documentOf = new Map(
      this.#sap.select('SER02').map((row) => [row.OBKNR ?? '', row.SDAUFNR ?? '']),
    );
    const contracts = new Map<string, string[]>();
    for (const row of this.#sap.select('OBJK', (r) => r.TASER === 'SER02')) {
      const id = stripZeros(row.EQUNR ?? '');
      const number = documentOf.get(row.OBKNR ?? '');
      if (number !== undefined) contracts.set(id, [...(contracts.get(id) ?? []), number]);
    }
    return contracts;
  }
}

/** An ISO date some days after (or before, when negative) another. */
export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The object number SAP gives an equipment record: IE + the 18-digit number. */
export function objectNumber(equipmentId: string): string {
  return `IE${equipmentId.padStart(18, '0')}`;
}

function isoDate(dats: string): string {
  return `${dats.slice(0, 4)}-${dats.slice(4, 6)}-${dats.slice(6, 8)}`;
}

function stripZeros(value: string): string {
  return value.replace(/^0+(?=.)/, '');
}
