import { NotFoundError } from '../errors.ts';
import type { MasterDataPort } from '../backends/port.ts';
import type { Customer, CustomerQuery, Equipment, EquipmentQuery } from './master-data.ts';

/** Reads of the master data callers need to find what to report on: customers and equipment. */
export class MasterDataService {
  readonly #port: MasterDataPort;

  constructor(port: MasterDataPort) {
    this.#port = port;
  }

  /** Reads a customer; throws NotFoundError when SAP does not know it. */
  async getCustomer(id: string): Promise<Customer> {
    const customer = await this.#port.getCustomer(id);
    if (!customer) throw new NotFoundError('Customer', id);
    return customer;
  }

  /** Searches customers. */
  listCustomers(query: CustomerQuery): Promise<Customer[]> {
    return this.#port.listCustomers(query);
  }

  /** Reads an equipment record; throws NotFoundError when SAP does not know it. */
  async getEquipment(id: string): Promise<Equipment> {
    const equipment = await this.#port.getEquipment(id);
    if (!equipment) throw new NotFoundError('Equipment', id);
    return equipment;
  }

  /** Lists equipment. */
  listEquipment(query: EquipmentQuery): Promise<Equipment[]> {
    return this.#port.listEquipment(query);
  }
}
