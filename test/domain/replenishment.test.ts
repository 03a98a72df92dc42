import { describe, expect, it } from 'vitest';
import { decideReplenishment, partPlantOf } from '../../src/domain/replenishment.ts';
import type { PlantFigures } from '../../src/domain/replenishment.ts';

const figures = (overrides: Partial<PlantFigures>): PlantFigures => ({
  plant: '1000',
  unrestricted: '20',
  reserved: '0',
  onOrder: '0',
  reorderPoint: '10',
  safetyStock: '4',
  reorderQuantity: '30',
  storageLocations: [],
  ...overrides,
});

describe('the stock figures of a part in a plant', () => {
  it('counts what reservations still need against the unrestricted stock', () => {
    const plant = partPlantOf(figures({ unrestricted: '20.000', reserved: '7.5' }));

    expect(plant).toMatchObject({ unrestricted: '20', reserved: '7.5', available: '12.5' });
  });

  it('never shows less than nothing available when reservations exceed the stock', () => {
    expect(partPlantOf(figures({ unrestricted: '3', reserved: '5' })).available).toBe('0');
  });

  it.each([
    ['above the reorder point', { unrestricted: '11' }, false],
    ['exactly at the reorder point', { unrestricted: '10' }, true],
    ['below it through reservations', { unrestricted: '14', reserved: '5' }, true],
    ['without a reorder point', { unrestricted: '0', reorderPoint: '0' }, false],
  ])('is below its reorder point %s: %s', (_case, overrides, below) => {
    expect(partPlantOf(figures(overrides)).belowReorderPoint).toBe(below);
  });
});

describe('the replenishment decision', () => {
  it.each([
    ['raises the reorder quantity at the reorder point', {}, '10', 'raise'],
    ['raises when nothing is left', {}, '0', 'raise'],
    ['waits while a requisition is pending', { onOrder: '25' }, '3', 'requisition-pending'],
    ['does nothing above the reorder point', {}, '10.001', 'above-reorder-point'],
    ['ignores a part without reorder point', { reorderPoint: '0' }, '0', 'no-reorder-point'],
    ['cannot order without a quantity', { reorderQuantity: '0' }, '2', 'no-reorder-quantity'],
  ] as const)('%s', (_case, overrides, unrestricted, expected) => {
    const plant = partPlantOf(figures({ ...overrides, unrestricted }));
    const decision = decideReplenishment(plant);

    if (expected === 'raise') {
      expect(decision).toEqual({ action: 'raise', quantity: '30' });
    } else {
      expect(decision).toEqual({ action: 'none', reason: expected });
    }
  });
});
