import { describe, expect, it } from 'vitest';
import { hasItemLike, showsAppendedDescription } from '../../src/domain/notification.ts';
import type { Notification } from '../../src/domain/notification.ts';

const notification = {
  id: '10000151',
  description: 'Leaks at the brew group.\nSeal found worn.',
  items: [{ id: '0001', description: 'Seal worn', codeGroup: 'PM01', code: '0003' }],
} as Notification;

describe('showsAppendedDescription', () => {
  it.each([
    ['Seal found worn.', true],
    ['Seal found worn.  ', true],
    ['Pump replaced.', false],
  ])('is %j → %s for a long text ending in "Seal found worn."', (description, shown) => {
    expect(showsAppendedDescription(notification, { description })).toBe(shown);
  });

  it('is false for a change without a description, and for a notification without text', () => {
    expect(showsAppendedDescription(notification, { subject: 'x' })).toBe(false);
    expect(
      showsAppendedDescription({ ...notification, description: null }, { description: 'x' }),
    ).toBe(false);
  });
});

describe('hasItemLike', () => {
  it.each([
    [{ description: 'Seal worn' }, true],
    [{ description: 'Seal worn', codeGroup: 'PM01', code: '0003' }, true],
    [{ description: 'Seal worn', codeGroup: 'PM01', code: '0004' }, false],
    [{ description: 'Bearing worn' }, false],
  ])('is %j → %s', (item, found) => {
    expect(hasItemLike(notification, item)).toBe(found);
  });
});
