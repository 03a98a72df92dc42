import { z } from 'zod';

const messageKey = z.string().regex(/^\S+ \d{3}$/, "'CLASS NUMBER', such as 'V1 302'");
const name = z.string().min(1);

/** The `settings` of the contract mapping file. */
export const contractSettingsSchema = z.object({
  salesOrganization: z.string().min(1).max(4),
  distributionChannel: z.string().length(2),
  division: z.string().length(2),
  soldToPartnerFunction: z.string().length(2),
  itemNumber: z.string().regex(/^\d{6}$/, 'six digits such as 000010'),
  itemQuantity: z.string().regex(/^\d+(\.\d+)?$/),
  itemUnit: z.string().min(1).max(3),
  serviceProducts: z.object({
    maintenance: name,
    'warranty-extension': name,
    subscription: name,
  }),
  conditionTypes: z.object({
    laborPercent: z.string().min(1).max(4),
    partsPercent: z.string().min(1).max(4),
    travelPercent: z.string().min(1).max(4),
    responseTimeHours: z.string().min(1).max(4),
    fee: z.string().min(1).max(4),
  }),
  responseTimeUnit: z.string().min(1).max(3),
  feeIntervalUnit: z.string().min(1).max(3),
  objectListFunction: z.string().regex(/^[A-Z][A-Z0-9_/]{0,29}$/, 'a function module name'),
  documentCategory: z.string().length(1),
  headerTable: name,
  objectListHeaderTable: name,
  objectListEntryTable: name,
  objectListCategory: name,
  messages: z.object({ locked: z.array(messageKey) }),
});

/** The contract adapter's settings as validated. */
export type ContractSettings = z.infer<typeof contractSettingsSchema>;
