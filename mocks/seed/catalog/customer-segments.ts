import type { MachineKind } from './machine-kinds.ts';

/** The lines of business the service company's customers are in. */
export type Segment =
  | 'cafe'
  | 'hotel'
  | 'hospital'
  | 'clinic'
  | 'utility'
  | 'property'
  | 'laboratory'
  | 'brewery'
  | 'food';

/** What a segment owns: the machine kinds (with weights) and how many machines per customer. */
export interface SegmentProfile {
  kinds: readonly (readonly [MachineKind, number])[];
  minMachines: number;
  maxMachines: number;
}

/** The installed base each segment typically has. */
export const SEGMENT_PROFILES: Readonly<Record<Segment, SegmentProfile>> = {
  cafe: {
    kinds: [
      ['coffee', 6],
      ['refrigeration', 1],
    ],
    minMachines: 1,
    maxMachines: 3,
  },
  hotel: {
    kinds: [
      ['coffee', 5],
      ['passenger-elevator', 3],
      ['freight-elevator', 1],
      ['refrigeration', 2],
      ['hvac-chiller', 1],
      ['dosing-pump', 1],
    ],
    minMachines: 5,
    maxMachines: 12,
  },
  hospital: {
    kinds: [
      ['infusion-pump', 8],
      ['ultrasound', 3],
      ['dialysis', 3],
      ['lab-centrifuge', 2],
      ['passenger-elevator', 2],
      ['freight-elevator', 1],
      ['hvac-chiller', 1],
      ['coffee', 1],
    ],
    minMachines: 14,
    maxMachines: 24,
  },
  clinic: {
    kinds: [
      ['dialysis', 4],
      ['infusion-pump', 4],
      ['ultrasound', 2],
      ['lab-centrifuge', 1],
    ],
    minMachines: 2,
    maxMachines: 6,
  },
  utility: {
    kinds: [
      ['centrifugal-pump', 5],
      ['dosing-pump', 4],
      ['freight-elevator', 1],
    ],
    minMachines: 3,
    maxMachines: 9,
  },
  property: {
    kinds: [
      ['passenger-elevator', 6],
      ['escalator', 3],
      ['freight-elevator', 1],
      ['hvac-chiller', 2],
      ['centrifugal-pump', 1],
    ],
    minMachines: 5,
    maxMachines: 14,
  },
  laboratory: {
    kinds: [
      ['lab-centrifuge', 6],
      ['refrigeration', 2],
      ['dosing-pump', 1],
    ],
    minMachines: 2,
    maxMachines: 6,
  },
  brewery: {
    kinds: [
      ['centrifugal-pump', 4],
      ['dosing-pump', 2],
      ['refrigeration', 2],
      ['freight-elevator', 1],
    ],
    minMachines: 3,
    maxMachines: 7,
  },
  food: {
    kinds: [
      ['centrifugal-pump', 3],
      ['dosing-pump', 2],
      ['refrigeration', 3],
      ['freight-elevator', 1],
      ['coffee', 1],
    ],
    minMachines: 3,
    maxMachines: 8,
  },
};
