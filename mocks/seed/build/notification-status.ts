import type { Random } from '../random.ts';

/** The system statuses a seeded notification can end up in. */
export type NotificationStatus = 'OSNO' | 'NOPT' | 'NOPR' | 'NOCO';

/** The internal status number (JEST-STAT) of each status. */
export const STATUS_NUMBERS: Readonly<Record<NotificationStatus, string>> = {
  OSNO: 'I0068',
  NOPT: 'I0069',
  NOPR: 'I0070',
  NOCO: 'I0072',
};

/** Target shares of the statuses, from the oldest notifications to the newest. */
const STATUS_SHARES: readonly (readonly [NotificationStatus, number])[] = [
  ['NOCO', 0.5],
  ['NOPT', 0.05],
  ['NOPR', 0.25],
  ['OSNO', 0.2],
];

/**
 * Assigns statuses to notifications sorted by date: older ones tend to be completed, newer ones
 * open, with some noise so that an old notification can still be in process.
 */
export function spreadStatuses(count: number, random: Random): NotificationStatus[] {
  const ranked = Array.from({ length: count }, (_, index) => ({
    index,
    score: index + (random.next() - 0.5) * count * 0.5,
  })).sort((left, right) => left.score - right.score);

  const statuses = new Array<NotificationStatus>(count).fill('OSNO');
  let position = 0;
  for (const [status, share] of STATUS_SHARES) {
    const take = status === 'OSNO' ? count - position : Math.round(count * share);
    for (const { index } of ranked.slice(position, position + take)) statuses[index] = status;
    position += take;
  }
  return statuses;
}

/** The JEST entries a notification in the given status has: earlier statuses stay as inactive rows. */
export function statusHistory(status: NotificationStatus): [string, boolean][] {
  switch (status) {
    case 'OSNO':
      return [[STATUS_NUMBERS.OSNO, true]];
    case 'NOPT':
      return [
        [STATUS_NUMBERS.OSNO, false],
        [STATUS_NUMBERS.NOPT, true],
      ];
    case 'NOPR':
      return [
        [STATUS_NUMBERS.OSNO, false],
        [STATUS_NUMBERS.NOPR, true],
      ];
    case 'NOCO':
      return [
        [STATUS_NUMBERS.OSNO, false],
        [STATUS_NUMBERS.NOPR, false],
        [STATUS_NUMBERS.NOCO, true],
      ];
  }
}
