import type { CustomerEntry } from '../catalog/customers.ts';
import type { MachineModel } from '../catalog/machine-models.ts';

/** The fixed "today" of the seed: no seeded date lies after it. */
export const SEED_TODAY = '20261130';

/** The seed for every random stream; change it to get a different, equally valid data set. */
export const SEED = 20_260_101;

/** A catalogue customer with its customer number and servicing plant. */
export interface SeedCustomer {
  kunnr: string;
  plant: string;
  entry: CustomerEntry;
}

/** A seeded piece of equipment with what notifications need to know about it. */
export interface SeedEquipment {
  equnr: string;
  model: MachineModel;
  serialNumber: string;
  customer: SeedCustomer;
  plant: string;
  location: string;
  startupDate: string;
  createdOn: string;
}
