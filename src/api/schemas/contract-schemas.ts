import { contractTypes, contractTypesWithFee, feeIntervals } from '../../domain/contract.ts';
import type { Contract, ContractQuery, NewContract } from '../../domain/contract.ts';
import { pagingFields } from './common-schemas.ts';
import { z } from './zod-openapi.ts';

/** The kind of a service contract. */
export const ContractTypeSchema = z.enum(contractTypes).openapi('ContractType');

const isoDate = z.iso.date().openapi({ example: '2027-01-01' });
const responseDate = z.string().openapi({ format: 'date', example: '2027-01-01' });

const percent = z
  .number()
  .min(0)
  .max(100)
  .refine((value) => /^\d+(\.\d{1,2})?$/.test(String(value)), 'At most two decimals.')
  .openapi({ example: 100 });

/** The shares of labour, parts and travel a contract pays, in percent. */
export const ContractCoverageSchema = z
  .strictObject({ laborPercent: percent, partsPercent: percent, travelPercent: percent })
  .openapi('ContractCoverage');

/** An amount with its currency; the amount is a decimal string, never a float. */
export const MoneySchema = z
  .strictObject({
    amount: z
      .string()
      .regex(/^\d{1,9}(\.\d{1,2})?$/, 'A decimal string with at most two decimals.')
      .refine((amount) => Number(amount) > 0, 'Greater than zero.')
      .openapi({ example: '120.00' }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'An ISO 4217 code such as EUR.')
      .openapi({ example: 'EUR' }),
  })
  .openapi('Money');

/** The periodic fee of a contract. */
export const ContractFeeSchema = z
  .strictObject({ amount: MoneySchema, interval: z.enum(feeIntervals) })
  .openapi('ContractFee');

/** The body of `POST /v1/contracts`. */
export const NewContractSchema = z
  .strictObject({
    type: ContractTypeSchema,
    customerId: z.string().min(1).max(10).openapi({ example: '100007' }),
    validFrom: isoDate,
    validTo: isoDate.openapi({ description: 'The last day covered.' }),
    equipmentIds: z.array(z.string().min(1).max(18)).min(1).max(100),
    coverage: ContractCoverageSchema,
    responseTimeHours: z.number().int().positive().max(9999).optional(),
    fee: ContractFeeSchema.optional().openapi({
      description: 'Required for maintenance and subscription contracts.',
    }),
    externalRef: z.string().min(1).max(20).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.validTo < input.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['validTo'],
        message: 'The contract ends before it starts.',
      });
    }
    if (input.fee === undefined && contractTypesWithFee.includes(input.type)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fee'],
        message: `A ${input.type} contract needs a fee.`,
      });
    }
    input.equipmentIds.forEach((id, index) => {
      if (input.equipmentIds.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['equipmentIds', index],
          message: `Equipment ${id} is listed twice.`,
        });
      }
    });
  })
  .openapi('NewContract') satisfies z.ZodType<NewContract>;

// A filter no longer than the SAP field it selects on.
function filterField(description: string, maxLength: number) {
  return z.string().min(1).max(maxLength).optional().openapi({ param: { description } });
}

/** The query of `GET /v1/contracts`. */
export const ContractQuerySchema = z.strictObject({
  customerId: filterField('Only contracts of this customer.', 10),
  equipmentId: filterField('Only contracts covering this equipment.', 18),
  externalRef: filterField("Only contracts made with this customer's reference.", 20),
  activeOn: z.iso
    .date()
    .optional()
    .openapi({ param: { description: 'Only contracts that cover this day (ISO date).' } }),
  ...pagingFields,
}) satisfies z.ZodType<ContractQuery>;

/** A service contract as the API answers it. */
export const ContractSchema = z
  .object({
    id: z.string().openapi({ example: '40000001' }),
    type: ContractTypeSchema,
    customerId: z.string(),
    validFrom: responseDate,
    validTo: responseDate,
    active: z.boolean().openapi({ description: "Whether the contract covers today (SAP's day)." }),
    equipmentIds: z.array(z.string()),
    coverage: ContractCoverageSchema,
    responseTimeHours: z.number().int().nullable(),
    fee: ContractFeeSchema.nullable(),
    externalRef: z.string().nullable(),
    createdOn: responseDate,
  })
  .openapi('Contract') satisfies z.ZodType<Contract>;

/** A page of contracts. */
export const ContractListSchema = z
  .object({ items: z.array(ContractSchema) })
  .openapi('ContractList');
