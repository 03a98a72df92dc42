import type { WarrantyCheck } from '../../domain/warranty.ts';
import { ContractTypeSchema } from './contract-schemas.ts';
import { ProblemSchema } from './common-schemas.ts';
import { z } from './zod-openapi.ts';

const isoDate = z.string().openapi({ format: 'date', example: '2026-12-03' });

/** The `{serialNumber}` path parameter: SAP keeps serial numbers in 18 characters. */
export const WarrantyParamsSchema = z.object({
  serialNumber: z
    .string()
    .min(1)
    .max(18)
    .openapi({
      param: {
        description: 'The serial number, looked up literally (upper-cased as SAP keeps it).',
      },
      example: 'NL1209-3735',
    }),
});

/** The query of `GET /v1/warranty-status/{serialNumber}`. */
export const WarrantyQuerySchema = z.strictObject({
  materialId: z
    .string()
    .min(1)
    .max(18)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_./-]*$/, 'A material number: letters, digits, - _ . /')
    .optional()
    .openapi({
      param: { description: 'The material, needed when the serial number exists for several.' },
      example: 'LIFT-NL-F2500',
    }),
  on: z.iso
    .date()
    .optional()
    .openapi({
      param: { description: "The day to check (ISO date); today in SAP's time zone by default." },
      example: '2026-12-03',
    }),
});

/** Coverage of a machine: active now, only before, or never. */
export const WarrantyStatusSchema = z.enum(['active', 'expired', 'none']).openapi('WarrantyStatus');

/** The coverage summary of a machine. */
export const CoverageStatusSchema = z
  .object({
    status: WarrantyStatusSchema,
    activeUntil: isoDate.nullable().openapi({
      description: 'The last day covered by what is active on the day; null when nothing is.',
    }),
  })
  .openapi('CoverageStatus');

/** A contract as far as coverage is concerned. */
export const ContractSummarySchema = z
  .object({
    id: z.string().openapi({ example: '40000001' }),
    type: ContractTypeSchema,
    validFrom: isoDate,
    validTo: isoDate,
    active: z.boolean(),
  })
  .openapi('ContractSummary');

/** A master warranty of a machine. */
export const WarrantySchema = z
  .object({
    type: z.enum(['customer', 'vendor']).openapi({
      description: 'customer: given to the customer; vendor: received from the manufacturer.',
    }),
    masterWarrantyId: z.string().openapi({ example: '4' }),
    startsOn: isoDate,
    endsOn: isoDate,
    active: z.boolean(),
  })
  .openapi('Warranty');

/** The answer of the warranty check. */
export const WarrantyCheckSchema = z
  .object({
    serialNumber: z.string(),
    materialId: z.string(),
    equipmentId: z.string(),
    status: WarrantyStatusSchema,
    activeUntil: isoDate.nullable(),
    warranties: z.array(WarrantySchema),
    contracts: z.array(ContractSummarySchema),
  })
  .openapi('WarrantyCheck') satisfies z.ZodType<WarrantyCheck>;

/** The 409 answer for a serial number of several materials: the materials to choose from. */
export const AmbiguousSerialNumberProblemSchema = ProblemSchema.extend({
  materials: z.array(z.string()).openapi({ example: ['REF-FW-BC4', 'REF-FW-BC6'] }),
}).openapi('AmbiguousSerialNumberProblem');
