import { coversDay, hasBegunBy } from './contract-period.ts';
import type { ContractType } from './contract.ts';

/** Who gives a warranty: to our customer (`customer`) or to us by a manufacturer (`vendor`). */
export type WarrantyType = 'customer' | 'vendor';

/** Whether a machine is covered on a day: now, only before, or not at all. */
export type WarrantyStatus = 'active' | 'expired' | 'none';

/** A master warranty assigned to a piece of equipment, with the days it covers. */
export interface Warranty {
  type: WarrantyType;
  masterWarrantyId: string;
  /** First day covered (ISO date). */
  startsOn: string;
  /** Last day covered (ISO date). */
  endsOn: string;
}

/** The period and kind of a service contract, as far as coverage is concerned. */
export interface ContractSummary {
  id: string;
  type: ContractType;
  validFrom: string;
  validTo: string;
}

/** A serialized machine: the equipment record behind a serial number of a material. */
export interface SerializedEquipment {
  equipmentId: string;
  materialId: string;
  serialNumber: string;
  customerId: string | null;
}

/** The coverage of a machine on one day: its status and the last day of what covers it. */
export interface CoverageStatus {
  status: WarrantyStatus;
  /** The latest last day among what covers the machine on the day; null when nothing does. */
  activeUntil: string | null;
}

/** The answer to "is this serial number under warranty on this day?". */
export interface WarrantyCheck extends CoverageStatus {
  serialNumber: string;
  materialId: string;
  equipmentId: string;
  warranties: (Warranty & { active: boolean })[];
  contracts: (ContractSummary & { active: boolean })[];
}

/**
 * Decides the coverage of a machine on a day. Customer warranties and service contracts cover
 * it from their first to their last day; a vendor warranty is ours, not the customer's, and
 * never counts. `active` when something covers the day, `expired` when something covered an
 * earlier day but nothing covers this one, `none` otherwise (also when coverage starts later).
 */
export function decideCoverage(
  warranties: readonly Warranty[],
  contracts: readonly ContractSummary[],
  day: string,
): CoverageStatus {
  const periods = [
    ...warranties
      .filter((warranty) => warranty.type === 'customer')
      .map((warranty) => ({ from: warranty.startsOn, to: warranty.endsOn })),
    ...contracts.map((contract) => ({ from: contract.validFrom, to: contract.validTo })),
  ];

  const active = periods.filter((period) => coversDay(period, day));
  if (active.length > 0) {
    const activeUntil = active.map((period) => period.to).reduce((a, b) => (a > b ? a : b));
    return { status: 'active', activeUntil };
  }
  const status = periods.some((period) => hasBegunBy(period, day)) ? 'expired' : 'none';
  return { status, activeUntil: null };
}
