/** A customer (sold-to party) as the API shows it. */
export interface Customer {
  id: string;
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  phone: string | null;
  email: string | null;
}

/** A piece of equipment of a customer's installed base. */
export interface Equipment {
  id: string;
  description: string;
  materialId: string | null;
  serialNumber: string | null;
  customerId: string | null;
  manufacturer: string | null;
  model: string | null;
  startupDate: string | null;
  plant: string | null;
}

/** Filters and paging for a customer search. */
export interface CustomerQuery {
  search?: string | undefined;
  limit: number;
  offset: number;
}

/** Filters and paging for an equipment search. */
export interface EquipmentQuery {
  customerId?: string | undefined;
  serialNumber?: string | undefined;
  materialId?: string | undefined;
  limit: number;
  offset: number;
}
