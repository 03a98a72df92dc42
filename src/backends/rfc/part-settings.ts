import { z } from 'zod';
import { NotFoundError, SapLockedError, SapRefusedError } from '../../errors.ts';
import type { AppError, SapMessage } from '../../errors.ts';
import { matchesMessage } from './bapi-return.ts';

const messageKey = z.string().regex(/^\S+ \d{3}$/, "'CLASS NUMBER', such as 'M3 305'");

/** The `settings` section of the part mapping file. */
export const partSettingsSchema = z.object({
  sparePartTypes: z.array(z.string().min(1).max(4)).min(1),
  reorderPointMrpType: z.string().length(2),
  fixedLotSizeKey: z.string().length(2),
  messages: z.object({
    materialNotFound: z.array(messageKey),
    notInPlant: z.array(messageKey),
    locked: z.array(messageKey),
  }),
  requisition: z.object({
    documentType: z.string().min(1).max(4),
    storageLocation: z.string().min(1).max(4),
    trackingNumber: z.string().min(1).max(10),
    requisitioner: z.string().min(1).max(12),
    orderedStatuses: z.array(z.string().length(1)),
  }),
});

/** The part mapping's settings as validated. */
export type PartSettings = z.infer<typeof partSettingsSchema>;

/**
 * Turns SAP's refusal about a part into the service error a caller can act on: unknown material
 * or material not kept in the plant (404), lock held by another user (409, retryable), or any
 * other refusal (422).
 */
export function partRefusal(
  messages: SapMessage[],
  settings: PartSettings,
  part: { materialId: string; plant?: string | undefined },
): AppError {
  const errors = messages.filter((m) => m.type === 'E' || m.type === 'A' || m.type === 'X');
  const any = (keys: readonly string[]) => errors.some((m) => matchesMessage(m, keys));

  if (any(settings.messages.materialNotFound)) return new NotFoundError('Part', part.materialId);
  if (any(settings.messages.notInPlant)) {
    return new NotFoundError('Part', `${part.materialId} in plant ${part.plant ?? ''}`.trim());
  }
  if (any(settings.messages.locked)) return new SapLockedError(messages);
  return new SapRefusedError(messages);
}
