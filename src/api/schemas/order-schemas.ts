import { orderStatuses, orderTypes } from '../../domain/order.ts';
import type {
  NewConfirmation,
  NewOrder,
  NewOrderContent,
  Order,
  OrderQuery,
  OrderSummary,
} from '../../domain/order.ts';
import { decimalInput, filterField, pagingFields } from './common-schemas.ts';
import { z } from './zod-openapi.ts';

/** The kind of a service order. */
export const OrderTypeSchema = z.enum(orderTypes).openapi('OrderType');

/** The priority of a service order (the notifications' priorities). */
export const OrderPrioritySchema = z
  .enum(['very-high', 'high', 'medium', 'low'])
  .openapi('OrderPriority');

/** The status of a service order, from SAP's system statuses CRTD, REL, TECO and CLSD. */
export const OrderStatusSchema = z.enum(orderStatuses).openapi('OrderStatus');

// Hours are QUAN 7.1 in SAP (planned work, actual work); part quantities QUAN 13.3.
const plannedHours = decimalInput({ integerDigits: 6, fractionDigits: 1, zero: true });
const workedHours = decimalInput({ integerDigits: 6, fractionDigits: 1, zero: false });
const quantity = decimalInput({ integerDigits: 10, fractionDigits: 3, zero: false });
const plant = z.string().min(1).max(4).openapi({ example: '1000' });
const storageLocation = z
  .string()
  .min(1)
  .max(4)
  .openapi({ description: 'Storage location; the mapping default (0001) when absent.' });
const materialId = z.string().min(1).max(18).openapi({ example: 'ESP-3000' });

/** An operation planned on a new order. */
export const NewOrderOperationSchema = z
  .strictObject({
    description: z.string().min(1).max(40),
    workCenter: z.string().min(1).max(8).openapi({ example: 'SRV-MECH' }),
    activityType: z.string().min(1).max(6).optional().openapi({
      description: 'The activity type the hours are costed and billed with (ACTTYPE).',
      example: '1410',
    }),
    plannedHours,
    plant: plant.optional().openapi({ description: "The work center's plant; the order's." }),
  })
  .openapi('NewOrderOperation');

/** A spare part planned on a new order. */
export const NewOrderComponentSchema = z
  .strictObject({ materialId, quantity, plant, storageLocation: storageLocation.optional() })
  .openapi('NewOrderComponent');

const contentFields = {
  type: OrderTypeSchema,
  description: z.string().min(1).max(40).openapi({ description: 'Short text, SAP: 40 chars.' }),
  priority: OrderPrioritySchema.optional(),
  plant: plant
    .optional()
    .openapi({ description: "Planning plant; the equipment's maintenance plant when absent." }),
  operations: z.array(NewOrderOperationSchema).min(1),
  components: z.array(NewOrderComponentSchema).optional(),
};

/** The body of `POST /v1/orders`: for a notification, or for a customer (and equipment). */
export const NewOrderSchema = z
  .strictObject({
    ...contentFields,
    notificationId: z.string().min(1).max(12).optional().openapi({ example: '10000001' }),
    customerId: z.string().min(1).max(10).optional().openapi({ example: '100002' }),
    equipmentId: z.string().min(1).max(18).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.notificationId !== undefined) {
      for (const field of ['customerId', 'equipmentId'] as const) {
        if (input[field] === undefined) continue;
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'An order for a notification takes customer and equipment from it.',
        });
      }
    } else if (input.customerId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'Give a customerId or a notificationId.',
      });
    }
    // SAP needs a planning plant; without a machine (or a notification) nothing names one.
    if (
      input.notificationId === undefined &&
      input.equipmentId === undefined &&
      input.plant === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['plant'],
        message: 'Give the planning plant when the order names no equipment.',
      });
    }
  })
  .openapi('NewOrder') satisfies z.ZodType<NewOrder>;

/** The body of `POST /v1/notifications/{id}/order`. */
export const NewOrderForNotificationSchema = z
  .strictObject(contentFields)
  .openapi('NewOrderForNotification') satisfies z.ZodType<NewOrderContent>;

/** A part issued to the order with a confirmation. */
export const MaterialIssueSchema = z
  .strictObject({ materialId, quantity, plant, storageLocation: storageLocation.optional() })
  .openapi('MaterialIssue');

/** The body of `POST /v1/orders/{id}/confirmations`. */
export const NewConfirmationSchema = z
  .strictObject({
    operationId: z
      .string()
      .regex(/^\d{1,4}$/, 'An operation number such as "0010".')
      .transform((id) => id.padStart(4, '0'))
      .openapi({ example: '0010' }),
    hours: workedHours,
    final: z.boolean().default(false).openapi({ description: 'The final confirmation.' }),
    note: z.string().min(1).max(40).optional(),
    materials: z
      .array(MaterialIssueSchema)
      .default([])
      .openapi({ description: 'Parts used: issued from stock to the order (movement 261).' }),
    externalRef: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .openapi({
        description:
          "The caller's id of the work reported (time sheet, work report); a confirmation the " +
          'order carries with this id already is answered, not posted again.',
        example: 'WR-2026-004711',
      }),
  })
  .openapi('NewConfirmation') satisfies z.ZodType<NewConfirmation>;

/** The body of `POST /v1/orders/{id}/complete` (optional). */
export const CompleteOrderSchema = z
  .strictObject({
    completeNotification: z
      .boolean()
      .default(false)
      .openapi({ description: "Completes the order's notification in the same LUW." }),
  })
  .openapi('CompleteOrder');

/** The query of `GET /v1/orders`. */
export const OrderQuerySchema = z.strictObject({
  customerId: filterField('Only orders of this customer.'),
  equipmentId: filterField('Only orders on this equipment.'),
  notificationId: filterField('Only the orders of this notification.'),
  status: OrderStatusSchema.optional(),
  ...pagingFields,
}) satisfies z.ZodType<OrderQuery>;

const decimal = z.string().openapi({ description: 'A decimal string.', example: '2.5' });
const isoDate = z.string().openapi({ format: 'date', example: '2026-12-03' });

/** One operation of an order. */
export const OrderOperationSchema = z
  .object({
    id: z.string().openapi({ example: '0010' }),
    description: z.string(),
    workCenter: z.string(),
    activityType: z.string().nullable(),
    plant: z.string(),
    plannedHours: decimal,
    actualHours: decimal,
    finallyConfirmed: z.boolean(),
  })
  .openapi('OrderOperation');

/** One spare part planned on an order. */
export const OrderComponentSchema = z
  .object({
    materialId: z.string(),
    description: z.string().nullable(),
    plant: z.string(),
    storageLocation: z.string().nullable(),
    quantity: decimal,
    withdrawnQuantity: decimal,
    operationId: z.string(),
  })
  .openapi('OrderComponent');

/** One time confirmation of an order. */
export const OrderConfirmationSchema = z
  .object({
    id: z.string().openapi({ example: '1000013-1', description: 'Confirmation number-counter.' }),
    operationId: z.string(),
    hours: decimal,
    final: z.boolean(),
    note: z.string().nullable(),
    postedOn: isoDate.nullable(),
  })
  .openapi('OrderConfirmation');

/** Parts issued to an order, per storage location. */
export const PartUsedSchema = z
  .object({
    materialId: z.string(),
    plant: z.string(),
    storageLocation: z.string(),
    quantity: decimal,
  })
  .openapi('PartUsed');

const summaryFields = {
  id: z.string().openapi({ example: '4000001' }),
  type: OrderTypeSchema,
  status: OrderStatusSchema,
  description: z.string(),
  priority: OrderPrioritySchema.nullable(),
  customerId: z.string().nullable(),
  equipmentId: z.string().nullable(),
  notificationId: z.string().nullable(),
  plant: z.string().nullable(),
  createdOn: isoDate.nullable(),
  changedOn: isoDate.nullable(),
};

/** The header of an order, as lists answer it. */
export const OrderSummarySchema = z
  .object(summaryFields)
  .openapi('OrderSummary') satisfies z.ZodType<OrderSummary>;

/** A service order as the API answers it. */
export const OrderSchema = z
  .object({
    ...summaryFields,
    operations: z.array(OrderOperationSchema),
    components: z.array(OrderComponentSchema),
    confirmations: z.array(OrderConfirmationSchema),
    actualHours: decimal,
    partsUsed: z.array(PartUsedSchema),
  })
  .openapi('Order') satisfies z.ZodType<Order>;

/** A page of order headers. */
export const OrderListSchema = z
  .object({ items: z.array(OrderSummarySchema) })
  .openapi('OrderList');
