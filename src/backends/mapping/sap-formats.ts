/** Pads a numeric key to its full length (SAP's ALPHA conversion); other keys stay as they are. */
export function toAlpha(value: string, length: number): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? trimmed.padStart(length, '0') : trimmed.toUpperCase();
}

/** Strips the leading zeros of a numeric key (ALPHA output conversion). */
export function fromAlpha(value: string): string {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return trimmed;
  return trimmed.replace(/^0+(?=.)/, '');
}

/** Whether a value is SAP's initial (empty) value for a date, time, number or text. */
export function isInitial(value: string | undefined): boolean {
  return value === undefined || /^[0\s.]*$/.test(value);
}

/** Converts an ISO date (2026-12-03) to SAP's DATS (20261203). */
export function toDats(isoDate: string): string {
  return isoDate.slice(0, 10).replaceAll('-', '');
}

/** Converts SAP's DATS to an ISO date, or null for the initial date. */
export function fromDats(dats: string | undefined): string | null {
  if (dats === undefined || isInitial(dats) || !/^\d{8}$/.test(dats)) return null;
  return `${dats.slice(0, 4)}-${dats.slice(4, 6)}-${dats.slice(6, 8)}`;
}

/** Splits an instant into SAP's DATS and TIMS in the SAP system's time zone. */
export function toDatsTims(instant: Date, timeZone: string): [string, string] {
  const parts = zonedParts(instant, timeZone);
  return [`${parts.year}${parts.month}${parts.day}`, `${parts.hour}${parts.minute}${parts.second}`];
}

/**
 * Joins SAP's DATS and TIMS, read as wall-clock time in the SAP system's time zone, into an
 * RFC 3339 UTC timestamp; null when the date is initial.
 */
export function fromDatsTims(
  dats: string | undefined,
  tims: string | undefined,
  timeZone: string,
): string | null {
  const date = fromDats(dats);
  if (date === null) return null;

  const time = tims !== undefined && /^\d{6}$/.test(tims) ? tims : '000000';
  const wallClock = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
  );
  // The zone's offset at that wall-clock time; a second pass settles it across DST changes.
  let instant = wallClock - offsetMillis(new Date(wallClock), timeZone);
  instant = wallClock - offsetMillis(new Date(instant), timeZone);
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

function offsetMillis(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(instant: Date, timeZone: string): Record<string, string> {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** A packed number as SAP writes it (`20.00-`, ` 19.00`) as a plain decimal string (`-20.00`). */
export function fromSapDecimal(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return '0';
  return trimmed.endsWith('-') ? `-${trimmed.slice(0, -1).trim()}` : trimmed;
}
