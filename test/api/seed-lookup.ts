import type { Customer, Equipment } from '../../src/domain/master-data.ts';
import type { HttpClient } from './http-client.ts';

/** Master data of the seeded mock SAP that the tests report notifications on. */
export interface SeedData {
  customer: Customer;
  /** An equipment record with a customer, a serial number and a material. */
  equipment: Equipment & { customerId: string; serialNumber: string; materialId: string };
}

/** Finds, through the API, a customer and a fully identified piece of equipment. */
export async function lookUpSeedData(http: HttpClient): Promise<SeedData> {
  const answer = await http.get<{ items: Equipment[] }>('/v1/equipment?limit=200');
  const equipment = answer.body.items.find(isFullyIdentified);
  if (!equipment) throw new Error('the mock SAP seed has no equipment with serial and material');

  const customer = await http.get<Customer>(`/v1/customers/${equipment.customerId}`);
  if (customer.status !== 200) throw new Error(`customer ${equipment.customerId} is not readable`);
  return { customer: customer.body, equipment };
}

function isFullyIdentified(equipment: Equipment): equipment is SeedData['equipment'] {
  return (
    equipment.customerId !== null &&
    equipment.serialNumber !== null &&
    equipment.materialId !== null
  );
}
