import { CUSTOMERS } from '../catalog/customers.ts';
import { servicingPlant } from '../catalog/plants.ts';
import { createRandom } from '../random.ts';
import { fromDats, toDats, toNumc, toSearchTerm } from '../sap-format.ts';
import type { Adr6Row, Kna1Row } from '../seed-tables.ts';
import { SEED } from './seed-context.ts';
import type { SeedCustomer, SeedEquipment } from './seed-context.ts';

/** The number of the first customer; the catalogue's customers are numbered on in its order. */
export const FIRST_KUNNR = 100_001;
const FIRST_ADRNR = 50_001;

/** Numbers the catalogue customers from 0000100001 and assigns each its servicing plant. */
export function numberCustomers(): SeedCustomer[] {
  return CUSTOMERS.map((entry, index) => ({
    kunnr: toNumc(FIRST_KUNNR + index, 10),
    plant: servicingPlant(entry.country, entry.postalCode),
    entry,
  }));
}

/** The customer master tables. */
export interface CustomerTables {
  KNA1: Kna1Row[];
  ADR6: Adr6Row[];
}

/** Builds KNA1 and ADR6; each customer was created some time before its first machine. */
export function buildCustomers(
  customers: readonly SeedCustomer[],
  equipment: readonly SeedEquipment[],
): CustomerTables {
  const random = createRandom(SEED, 'customers');
  const tables: CustomerTables = { KNA1: [], ADR6: [] };

  customers.forEach(({ kunnr, entry }, index) => {
    const firstMachine = equipment
      .filter((piece) => piece.customer.kunnr === kunnr)
      .reduce((earliest, piece) => Math.min(earliest, fromDats(piece.createdOn)), Infinity);
    const createdDay = Math.min(firstMachine, fromDats('20261101')) - random.int(20, 400);
    const adrnr = toNumc(FIRST_ADRNR + index, 10);

    tables.KNA1.push({
      KUNNR: kunnr,
      NAME1: entry.name,
      NAME2: entry.name2,
      STRAS: entry.street,
      PSTLZ: entry.postalCode,
      ORT01: entry.city,
      LAND1: entry.country,
      TELF1: entry.phone,
      SPRAS: entry.language,
      KTOKD: '0001',
      MCOD1: toSearchTerm(entry.name, 25),
      MCOD3: toSearchTerm(entry.city, 25),
      ADRNR: adrnr,
      ERDAT: toDats(createdDay),
    });
    entry.emails.forEach((email, position) => {
      tables.ADR6.push({
        ADDRNUMBER: adrnr,
        CONSNUMBER: toNumc(position + 1, 3),
        SMTP_ADDR: email,
      });
    });
  });
  return tables;
}
