import { requisitionStatuses } from '../../domain/part.ts';
import type {
  Part,
  PartAvailability,
  PartPlant,
  PartQuery,
  PurchaseRequisition,
  ReorderPolicy,
  RequisitionQuery,
} from '../../domain/part.ts';
import { decimalInput, enumListInput, pagingFields } from './common-schemas.ts';
import { z } from './zod-openapi.ts';

const decimal = z.string().openapi({ description: 'A decimal string.', example: '12' });
const plant = z.string().min(1).max(4).openapi({ example: '1000' });
const materialId = z.string().min(1).max(18).openapi({ example: '200001' });

// Stock quantities are QUAN 13.3 in SAP.
const quantity = decimalInput({ integerDigits: 10, fractionDigits: 3, zero: false });
const stockLevel = decimalInput({ integerDigits: 10, fractionDigits: 3, zero: true });

/** The `{materialId}` path parameter. */
export const PartParamsSchema = z.object({ materialId });

/** The `{materialId}` and `{plant}` path parameters of a part's plant. */
export const PartPlantParamsSchema = z.object({ materialId, plant });

/** The unrestricted-use stock of a part in one storage location. */
export const StorageLocationStockSchema = z
  .object({
    storageLocation: z.string().openapi({ example: '0002' }),
    unrestricted: decimal,
  })
  .openapi('StorageLocationStock');

/** The stock and reorder policy of a part in one plant. */
export const PartPlantSchema = z
  .object({
    plant: z.string(),
    unrestricted: decimal,
    reserved: decimal,
    available: decimal,
    onOrder: decimal,
    reorderPoint: decimal,
    safetyStock: decimal,
    reorderQuantity: decimal,
    belowReorderPoint: z.boolean(),
    storageLocations: z.array(StorageLocationStockSchema),
  })
  .openapi('PartPlant') satisfies z.ZodType<PartPlant>;

/** A spare part with its stock per plant. */
export const PartSchema = z
  .object({
    materialId: z.string().openapi({ example: '200001' }),
    description: z.string().nullable(),
    unit: z.string().openapi({ example: 'ST' }),
    plants: z.array(PartPlantSchema),
  })
  .openapi('Part') satisfies z.ZodType<Part>;

/** A page of spare parts. */
export const PartListSchema = z.object({ items: z.array(PartSchema) }).openapi('PartList');

/** The query of the parts search. */
export const PartQuerySchema = z.strictObject({
  belowReorderPoint: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ param: { description: 'Only parts at or below a reorder point (true).' } }),
  plant: plant.optional().openapi({ param: { description: 'Only this plant.' } }),
  search: z
    .string()
    .min(1)
    .max(40)
    .optional()
    .openapi({ param: { description: 'Part of the material number or description (any case).' } }),
  ...pagingFields,
}) satisfies z.ZodType<PartQuery>;

/** The query of an availability check. */
export const AvailabilityQuerySchema = z.strictObject({
  plant: plant.openapi({ param: { description: 'The plant to take the part from.' } }),
  storageLocation: z
    .string()
    .min(1)
    .max(4)
    .optional()
    .openapi({ param: { description: 'Only this storage location, e.g. a service van.' } }),
  quantity,
});

/** Whether a quantity of a part can be had in a plant. */
export const PartAvailabilitySchema = z
  .object({
    materialId: z.string(),
    plant: z.string(),
    storageLocation: z.string().nullable(),
    unit: z.string(),
    requested: decimal,
    available: decimal,
    isAvailable: z.boolean(),
    availableOn: z.string().nullable().openapi({
      format: 'date',
      description: 'When SAP confirms the whole quantity; null when it cannot.',
    }),
  })
  .openapi('PartAvailability') satisfies z.ZodType<PartAvailability>;

/** The reorder policy of a part in a plant, replaced as a whole. */
export const ReorderPolicySchema = z
  .strictObject({
    reorderPoint: stockLevel,
    reorderQuantity: quantity,
    safetyStock: stockLevel,
  })
  .openapi('ReorderPolicy') satisfies z.ZodType<ReorderPolicy>;

/** The status of a purchase requisition item. */
export const RequisitionStatusSchema = z.enum(requisitionStatuses).openapi('RequisitionStatus');

/** The query of the requisition search; `status` takes one status or several, comma-separated. */
export const RequisitionQuerySchema = z.strictObject({
  materialId: materialId.optional().openapi({ param: { description: 'Only this part.' } }),
  plant: plant.optional().openapi({ param: { description: 'Only this plant.' } }),
  status: enumListInput(requisitionStatuses)
    .optional()
    .openapi({ param: { description: 'open, ordered or closed; several comma-separated.' } }),
  ...pagingFields,
}) satisfies z.ZodType<RequisitionQuery>;

/** One item of a purchase requisition. */
export const PurchaseRequisitionSchema = z
  .object({
    id: z.string().openapi({ example: '10000042' }),
    item: z.string().openapi({ example: '10' }),
    materialId: z.string(),
    plant: z.string(),
    quantity: decimal,
    unit: z.string(),
    status: RequisitionStatusSchema,
    createdAt: z.string().nullable().openapi({ format: 'date-time' }),
    createdBy: z.string().nullable(),
    deliveryDate: z.string().nullable().openapi({ format: 'date' }),
    trackingNumber: z.string().nullable(),
  })
  .openapi('PurchaseRequisition') satisfies z.ZodType<PurchaseRequisition>;

/** A page of purchase requisition items. */
export const RequisitionListSchema = z
  .object({ items: z.array(PurchaseRequisitionSchema) })
  .openapi('PurchaseRequisitionList');
