import { notificationTypes } from '../../domain/notification.ts';
import type {
  NewNotification,
  NewNotificationItem,
  Notification,
  NotificationChange,
  NotificationQuery,
} from '../../domain/notification.ts';
import { filterField, pagingFields } from './common-schemas.ts';
import { z } from './zod-openapi.ts';

/** The kind of a notification. */
export const NotificationTypeSchema = z.enum(notificationTypes).openapi('NotificationType');

/** The priority of a notification. */
export const NotificationPrioritySchema = z
  .enum(['very-high', 'high', 'medium', 'low'])
  .openapi('NotificationPriority');

/** The status of a notification, from SAP's system statuses. */
export const NotificationStatusSchema = z
  .enum(['open', 'in-progress', 'postponed', 'completed'])
  .openapi('NotificationStatus');

const subject = z.string().min(1).max(40).openapi({ description: 'Short text, SAP: 40 chars.' });
const description = z.string().max(10_000).openapi({ description: 'Long text.' });
const reportedBy = z.string().min(1).max(12);
const timestamp = z.iso
  .datetime({ offset: true })
  .openapi({ description: 'RFC 3339 date-time with `Z` or an offset.' });

/** The body of `POST /v1/notifications`. */
export const NewNotificationSchema = z
  .strictObject({
    type: NotificationTypeSchema,
    subject,
    description: description.optional(),
    priority: NotificationPrioritySchema.optional(),
    customerId: z.string().min(1).max(10).openapi({ example: '100002' }),
    equipmentId: z.string().min(1).max(18).optional(),
    serialNumber: z.string().min(1).max(18).optional(),
    materialId: z.string().min(1).max(18).optional(),
    reportedBy: reportedBy.optional(),
    externalRef: z
      .string()
      .min(1)
      .max(20)
      .optional()
      .openapi({ description: "The caller's ticket id; a repeated create returns the first." }),
    breakdown: z.boolean().optional(),
    requiredStart: timestamp.optional(),
    requiredEnd: timestamp.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.serialNumber !== undefined && input.materialId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['materialId'],
        message: 'A serial number needs the material it belongs to.',
      });
    }
    if (input.serialNumber !== undefined && input.equipmentId !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['serialNumber'],
        message: 'Give the equipment or the serial number with its material, not both.',
      });
    }
    checkRequiredPeriod(input, ctx);
  })
  .openapi('NewNotification') satisfies z.ZodType<NewNotification>;

/** The body of `PATCH /v1/notifications/{id}`: at least one field. */
export const NotificationChangeSchema = z
  .strictObject({
    subject: subject.optional(),
    description: description.optional(),
    priority: NotificationPrioritySchema.optional(),
    reportedBy: reportedBy.optional(),
    requiredStart: timestamp.nullable().optional(),
    requiredEnd: timestamp.nullable().optional(),
  })
  // Only a body without any other issue is "empty": one with unknown fields only has those.
  .refine((change) => Object.keys(change).length > 0, {
    error: 'Give at least one field to change.',
    when: (payload) => payload.issues.length === 0,
  })
  .superRefine(checkRequiredPeriod)
  .openapi('NotificationChange', { minProperties: 1 }) satisfies z.ZodType<NotificationChange>;

/** The body of `POST /v1/notifications/{id}/items`. */
export const NewNotificationItemSchema = z
  .strictObject({
    description: z.string().min(1).max(40),
    codeGroup: z.string().min(1).max(8).optional().openapi({ example: 'CS-COFFE' }),
    code: z.string().min(1).max(4).optional().openapi({ example: '0001' }),
  })
  .superRefine((item, ctx) => {
    if (item.codeGroup !== undefined && item.code === undefined) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'A code group needs a code.' });
    }
    if (item.code !== undefined && item.codeGroup === undefined) {
      ctx.addIssue({ code: 'custom', path: ['codeGroup'], message: 'A code needs its group.' });
    }
  })
  .openapi('NewNotificationItem') satisfies z.ZodType<NewNotificationItem>;

/** The query of `GET /v1/notifications`. */
export const NotificationQuerySchema = z.strictObject({
  customerId: filterField('Only notifications of this customer.'),
  equipmentId: filterField('Only notifications on this equipment.'),
  status: NotificationStatusSchema.optional(),
  externalRef: filterField("Only the notification with this caller's reference."),
  ...pagingFields,
}) satisfies z.ZodType<NotificationQuery>;

/** A defect recorded on a notification. */
export const NotificationItemSchema = z
  .object({
    id: z.string().openapi({ example: '0001' }),
    description: z.string(),
    codeGroup: z.string().nullable(),
    code: z.string().nullable(),
  })
  .openapi('NotificationItem');

const responseTimestamp = z
  .string()
  .openapi({ format: 'date-time', example: '2026-12-03T09:30:00Z' });

/** A service notification as the API answers it. */
export const NotificationSchema = z
  .object({
    id: z.string().openapi({ example: '10000001' }),
    type: NotificationTypeSchema,
    subject: z.string(),
    description: z.string().nullable(),
    priority: NotificationPrioritySchema.nullable(),
    status: NotificationStatusSchema,
    customerId: z.string().nullable(),
    equipmentId: z.string().nullable(),
    serialNumber: z.string().nullable(),
    materialId: z.string().nullable(),
    reportedBy: z.string().nullable(),
    externalRef: z.string().nullable(),
    breakdown: z.boolean(),
    requiredStart: responseTimestamp.nullable(),
    requiredEnd: responseTimestamp.nullable(),
    orderId: z.string().nullable(),
    items: z.array(NotificationItemSchema),
    createdAt: responseTimestamp,
    changedAt: responseTimestamp,
    completedAt: responseTimestamp.nullable(),
  })
  .openapi('Notification') satisfies z.ZodType<Notification>;

/** A page of notifications. */
export const NotificationListSchema = z
  .object({ items: z.array(NotificationSchema) })
  .openapi('NotificationList');

// An end before the start is reported on the end, the field the caller most likely mistyped.
function checkRequiredPeriod(
  period: { requiredStart?: string | null | undefined; requiredEnd?: string | null | undefined },
  ctx: z.RefinementCtx,
): void {
  const { requiredStart, requiredEnd } = period;
  if (typeof requiredStart !== 'string' || typeof requiredEnd !== 'string') return;

  if (Date.parse(requiredEnd) < Date.parse(requiredStart)) {
    ctx.addIssue({
      code: 'custom',
      path: ['requiredEnd'],
      message: 'The required end lies before the required start.',
    });
  }
}
