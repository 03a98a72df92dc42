import { z } from 'zod';
import { contractTypes } from '../../domain/contract.ts';

const messageKey = z.string().regex(/^\S+ \d{3}$/, "'CLASS NUMBER', such as 'V1 042'");
const material = z.string().min(1).max(18);

/** The `settings` section of the billing mapping file. */
export const billingSettingsSchema = z.object({
  salesOrganization: z.string().min(1).max(4),
  distributionChannel: z.string().min(1).max(2),
  division: z.string().min(1).max(2),
  companyCode: z.string().min(1).max(4),
  currency: z.string().regex(/^[A-Z]{3}$/),
  departureCountry: z.string().min(2).max(3),
  debitMemoRequestType: z.string().min(1).max(4),
  itemCategory: z.string().min(1).max(4),
  businessObject: z.string().min(1).max(10),
  billingType: z.string().min(1).max(4),
  serviceOrderObjectType: z.string().min(1).max(10),
  soldToPartnerFunction: z.string().length(2),
  conditionTypes: z.object({
    price: z.string().min(1).max(4),
    coverage: z.string().min(1).max(4),
    tax: z.string().min(1).max(4),
  }),
  defaultTaxClassification: z.string().length(1),
  priceAccessSequence: z
    .array(z.object({ table: z.string().min(1).max(16), byCustomer: z.boolean() }))
    .min(1),
  laborMaterials: z.object({
    default: material,
    byActivityType: z.record(z.string(), material).default({}),
    byWorkCenter: z.record(z.string(), material),
  }),
  travelMaterial: material,
  feeMaterials: z.object(Object.fromEntries(contractTypes.map((type) => [type, material]))),
  coverageReferencePrefixes: z.object({
    warranty: z.string().min(1).max(20),
    contract: z.string().min(1).max(20),
  }),
  warrantyShares: z.object({
    table: z.string().min(1),
    serviceTypes: z.object({
      labor: z.string().length(1),
      parts: z.string().length(1),
      travel: z.string().length(1),
    }),
  }),
  messages: z.object({
    locked: z.array(messageKey),
    alreadyBilled: z.array(messageKey),
    notCancellable: z.array(messageKey),
  }),
});

/** The billing mapping's settings as validated. */
export type BillingSettings = z.infer<typeof billingSettingsSchema>;

/**
 * The service material that bills hours: the activity type's when the mapping names it, else
 * the work center's, else the default.
 */
export function laborMaterialOf(
  settings: BillingSettings,
  work: { workCenter: string; activityType: string | null },
): string {
  const { byActivityType, byWorkCenter } = settings.laborMaterials;
  const byType = work.activityType === null ? undefined : byActivityType[work.activityType];
  return byType ?? byWorkCenter[work.workCenter] ?? settings.laborMaterials.default;
}
