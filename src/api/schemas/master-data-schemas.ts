import type {
  Customer,
  CustomerQuery,
  Equipment,
  EquipmentQuery,
} from '../../domain/master-data.ts';
import { filterField, pagingFields } from './common-schemas.ts';
import { ContractSummarySchema, CoverageStatusSchema } from './warranty-schemas.ts';
import { z } from './zod-openapi.ts';

/** The query of `GET /v1/customers`. */
export const CustomerQuerySchema = z.strictObject({
  search: filterField('Part of the name or city.'),
  ...pagingFields,
}) satisfies z.ZodType<CustomerQuery>;

/** The query of `GET /v1/equipment`. */
export const EquipmentQuerySchema = z.strictObject({
  customerId: filterField('Only equipment of this customer.'),
  serialNumber: filterField('Only equipment with this serial number.'),
  materialId: filterField('Only equipment of this material.'),
  ...pagingFields,
}) satisfies z.ZodType<EquipmentQuery>;

/** A customer (sold-to party). */
export const CustomerSchema = z
  .object({
    id: z.string().openapi({ example: '100002' }),
    name: z.string(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable().openapi({ example: 'DE' }),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  })
  .openapi('Customer') satisfies z.ZodType<Customer>;

/** A piece of equipment of a customer's installed base. */
export const EquipmentSchema = z
  .object({
    id: z.string().openapi({ example: '10000001' }),
    description: z.string(),
    materialId: z.string().nullable(),
    serialNumber: z.string().nullable(),
    customerId: z.string().nullable(),
    manufacturer: z.string().nullable(),
    model: z.string().nullable(),
    startupDate: z.string().nullable().openapi({ format: 'date', example: '2024-03-15' }),
    plant: z.string().nullable(),
  })
  .openapi('Equipment') satisfies z.ZodType<Equipment>;

/** One equipment record with its coverage today: warranty status and contract summaries. */
export const EquipmentDetailSchema = EquipmentSchema.extend({
  warranty: CoverageStatusSchema,
  contracts: z.array(ContractSummarySchema),
}).openapi('EquipmentDetail');

/** A page of customers. */
export const CustomerListSchema = z
  .object({ items: z.array(CustomerSchema) })
  .openapi('CustomerList');

/** A page of equipment. */
export const EquipmentListSchema = z
  .object({ items: z.array(EquipmentSchema) })
  .openapi('EquipmentList');
